package th.nithet.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.i18n.ThaiDigits;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;
import th.nithet.platform.spreadsheet.ImportColumns;
import th.nithet.platform.spreadsheet.ImportPreview;
import th.nithet.platform.spreadsheet.ImportRow;
import th.nithet.platform.spreadsheet.TableFile;
import th.nithet.platform.spreadsheet.TableImport;
import th.nithet.platform.time.ThaiDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Schools from a spreadsheet (CSV or XLSX), checked and written as {@link TableImport} says. A network
 * the portal does not know yet is created with the first school that names it (the preview says so).
 * <p>
 * Columns, Thai or English headers: รหัสโรงเรียน/code, ชื่อโรงเรียน/name, กลุ่มเครือข่าย/network,
 * อำเภอ/district, วันก่อตั้ง/founded (Thai or CE, e.g. 1/6/2560, 1 มิ.ย. 2560, 2017-06-01).
 */
@Stateless
@LocalBean
@RolesAllowed(Role.ADMIN_NAME)
public class SchoolImport implements TableImport<SchoolImport.Row> {

    static final Map<String, List<String>> HEADERS = Map.of(
            "code", List.of("รหัสโรงเรียน", "รหัสสถานศึกษา", "รหัส", "code", "schoolcode"),
            "name", List.of("ชื่อโรงเรียน", "ชื่อสถานศึกษา", "โรงเรียน", "name", "school", "schoolname"),
            "network", List.of("กลุ่มเครือข่าย", "เครือข่าย", "network"),
            "district", List.of("อำเภอ", "district"),
            "founded", List.of("วันก่อตั้ง", "วันที่ก่อตั้ง", "founded", "foundedon"));

    @Inject
    OrganisationService organisation;

    /** One row as read; {@code newNetwork} when its network will be created. */
    public record Row(int line, String code, String name, String network, boolean newNetwork, String district,
                      LocalDate foundedOn, List<String> problems) implements ImportRow {

        @Override
        public String label() {
            return name;
        }


        // Expression Language 5 reads JavaBean getters, not record components
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getNetwork() {
            return network;
        }

        public boolean isNewNetwork() {
            return newNetwork;
        }

        public String getDistrict() {
            return district;
        }

        public LocalDate getFoundedOn() {
            return foundedOn;
        }
    }

    @Override
    public ImportPreview<Row> preview(byte[] file, Locale locale) {
        List<TableFile.Line> lines = TableFile.read(file);
        ImportColumns columns = ImportColumns.find(lines, HEADERS);
        RuleViolation.require(columns.has("name") && columns.has("network"), "schoolImport.missingColumns");

        Map<String, School> byName = new HashMap<>();
        Map<String, School> byCode = new HashMap<>();
        for (School s : organisation.allSchools()) {
            byName.put(s.getName(), s);
            if (s.getCode() != null) {
                byCode.put(s.getCode(), s);
            }
        }
        Map<String, Integer> namesInFile = new HashMap<>();
        Map<String, Integer> codesInFile = new HashMap<>();
        // a file names a handful of networks over many rows: ask the database once for each
        Map<String, Boolean> networkIsNew = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (TableFile.Line line : lines) {
            List<String> problems = new ArrayList<>();
            String name = columns.cell(line, "name").replaceAll("\\s+", " ");
            String codeText = columns.cell(line, "code");
            String network = columns.cell(line, "network").replaceAll("\\s+", " ");
            String district = columns.cell(line, "district");
            String foundedText = columns.cell(line, "founded");

            String code = null;
            try {
                name = OrganisationService.requiredName(name);
                RuleViolation.require(!byName.containsKey(name), "school.duplicateName", name);
                RuleViolation.require(!namesInFile.containsKey(name), "schoolImport.nameTwice", name, namesInFile.get(name));
            } catch (RuleViolation e) {
                problems.add(e.message(locale));
            }
            namesInFile.putIfAbsent(name, line.number());
            try {
                code = School.checkedCode(codeText);
                if (code != null) {
                    RuleViolation.require(!byCode.containsKey(code), "school.duplicateCode", code);
                    RuleViolation.require(!codesInFile.containsKey(code), "schoolImport.codeTwice", code, codesInFile.get(code));
                    codesInFile.put(code, line.number());
                }
            } catch (RuleViolation e) {
                problems.add(e.message(locale));
            }
            boolean newNetwork = false;
            if (network.isEmpty()) {
                problems.add(Messages.get(locale, "network.required"));
            } else if (network.length() > 200) {
                problems.add(Messages.get(locale, "name.tooLong", 200));
            } else {
                newNetwork = networkIsNew.computeIfAbsent(network, n -> organisation.networkNamed(n).isEmpty());
            }
            if (district.length() > 100) {
                problems.add(Messages.get(locale, "name.tooLong", 100));
            }
            LocalDate founded = null;
            if (!foundedText.isEmpty()) {
                Optional<LocalDate> parsed = ThaiDates.parse(foundedText);
                if (parsed.isEmpty()) {
                    problems.add(Messages.get(locale, "date.unreadable", foundedText));
                } else if (parsed.get().isAfter(ThaiDates.today())) {
                    problems.add(Messages.get(locale, "school.foundedInFuture"));
                } else {
                    founded = parsed.get();
                }
            }
            rows.add(new Row(line.number(), code == null ? ThaiDigits.toArabic(codeText) : code, name, network, newNetwork,
                    district, founded, List.copyOf(problems)));
        }
        return new ImportPreview<>(List.copyOf(rows));
    }

    /** Writes every row, or nothing: one transaction, refused while any row has a problem. */
    @Override
    public int commit(byte[] file, Locale locale) {
        ImportPreview<Row> preview = preview(file, locale);
        RuleViolation.require(!preview.rows().isEmpty(), "import.empty");
        RuleViolation.require(preview.isImportable(), "import.hasProblems", preview.problemCount());
        Map<String, Long> networks = new HashMap<>();
        for (Row row : preview.rows()) {
            long networkId = networks.computeIfAbsent(row.network(), name -> organisation.networkNamed(name)
                    .orElseGet(() -> organisation.createNetwork(name)).getId());
            organisation.createSchool(row.code(), row.name(), networkId, row.district(), row.foundedOn());
        }
        return preview.rows().size();
    }
}

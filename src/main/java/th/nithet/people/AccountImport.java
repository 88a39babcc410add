package th.nithet.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.OrganisationService;
import th.nithet.organisation.School;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.i18n.ThaiDigits;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;
import th.nithet.platform.spreadsheet.ImportColumns;
import th.nithet.platform.spreadsheet.ImportPreview;
import th.nithet.platform.spreadsheet.ImportRow;
import th.nithet.platform.spreadsheet.TableFile;
import th.nithet.platform.spreadsheet.TableImport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts from a spreadsheet (CSV or XLSX), checked and written as {@link TableImport} says. Each
 * new account with an e-mail address is invited to set its password.
 * <p>
 * Columns, Thai or English headers: ชื่อผู้ใช้/username, ชื่อ-สกุล/displayName, อีเมล/email,
 * ตำแหน่ง/position, โรงเรียน/school (name or code), กลุ่มสาระ/learningAreas (names or codes,
 * separated by , or ;), บทบาท/role.
 */
@Stateless
@LocalBean
@RolesAllowed(Role.ADMIN_NAME)
public class AccountImport implements TableImport<AccountImport.Row> {

    static final Map<String, List<String>> HEADERS = Map.of(
            "username", List.of("username", "ชื่อผู้ใช้", "user"),
            "displayName", List.of("displayname", "name", "ชื่อสกุล", "ชื่อ", "ชื่อนามสกุล"),
            "email", List.of("email", "อีเมล", "อีเมล์"),
            "position", List.of("position", "ตำแหน่ง"),
            "school", List.of("school", "โรงเรียน", "สถานศึกษา"),
            "learningAreas", List.of("learningareas", "learningarea", "กลุ่มสาระ", "กลุ่มสาระการเรียนรู้"),
            "role", List.of("role", "roles", "บทบาท"));

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    AccountAdministration administration;

    @Inject
    OrganisationService organisation;

    /** One row as read, with every problem found in it (empty when it can be imported). */
    public record Row(int line, String username, String displayName, String email, String position, String school,
                      String learningAreas, String role, List<String> problems, AccountAdministration.Draft draft)
            implements ImportRow {

        @Override
        public String label() {
            return username;
        }

        // Expression Language 5 reads JavaBean getters, not record components
        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getEmail() {
            return email;
        }

        public String getSchool() {
            return school;
        }
    }

    @Override
    public ImportPreview<Row> preview(byte[] file, Locale locale) {
        List<TableFile.Line> lines = TableFile.read(file);
        ImportColumns columns = ImportColumns.find(lines, HEADERS);
        RuleViolation.require(columns.has("username") && columns.has("displayName"), "import.missingColumns");

        Set<String> existingUsernames = new HashSet<>(em.createQuery("SELECT a.username FROM Account a", String.class).getResultList());
        Set<String> existingEmails = new HashSet<>(em.createQuery(
                "SELECT LOWER(a.email) FROM Account a WHERE a.email IS NOT NULL", String.class).getResultList());
        Map<String, School> schools = new HashMap<>();
        for (School s : organisation.allSchools()) {
            schools.put(s.getName(), s);
            if (s.getCode() != null) {
                schools.put(s.getCode(), s);
            }
        }
        Map<String, LearningArea> areas = new HashMap<>();
        for (LearningArea a : organisation.learningAreas()) {
            areas.put(a.getCode(), a);
            areas.put(a.getNameTh(), a);
            areas.put(a.getNameEn().toLowerCase(Locale.ROOT), a);
        }
        Map<String, Integer> usernamesInFile = new HashMap<>();
        Map<String, Integer> emailsInFile = new HashMap<>();

        List<Row> rows = new ArrayList<>();
        for (TableFile.Line line : lines) {
            List<String> problems = new ArrayList<>();
            String username = AccountService.normalise(columns.cell(line, "username"));
            String displayName = columns.cell(line, "displayName").replaceAll("\\s+", " ");
            String email = columns.cell(line, "email").toLowerCase(Locale.ROOT);
            String positionText = columns.cell(line, "position");
            String schoolText = columns.cell(line, "school");
            String areasText = columns.cell(line, "learningAreas");
            String roleText = columns.cell(line, "role");

            if (username.isEmpty()) {
                problems.add(Messages.get(locale, "import.row.usernameMissing"));
            } else if (!AccountAdministration.USERNAME.matcher(username).matches()) {
                problems.add(Messages.get(locale, "account.badUsername"));
            } else if (existingUsernames.contains(username)) {
                problems.add(Messages.get(locale, "account.duplicateUsername", username));
            } else if (usernamesInFile.containsKey(username)) {
                problems.add(Messages.get(locale, "import.row.usernameTwice", username, usernamesInFile.get(username)));
            }
            usernamesInFile.putIfAbsent(username, line.number());
            if (displayName.isEmpty()) {
                problems.add(Messages.get(locale, "account.displayNameRequired"));
            } else if (displayName.length() > 200) {
                problems.add(Messages.get(locale, "name.tooLong", 200));
            }
            if (!email.isEmpty()) {
                if (!PasswordResetService.looksLikeEmail(email)) {
                    problems.add(Messages.get(locale, "account.badEmail", email));
                } else if (existingEmails.contains(email)) {
                    problems.add(Messages.get(locale, "account.duplicateEmail", email));
                } else if (emailsInFile.containsKey(email)) {
                    problems.add(Messages.get(locale, "import.row.emailTwice", email, emailsInFile.get(email)));
                }
                emailsInFile.putIfAbsent(email, line.number());
            }
            Position position = null;
            if (!positionText.isEmpty()) {
                position = position(positionText).orElse(null);
                if (position == null) {
                    problems.add(Messages.get(locale, "account.badPosition", positionText));
                }
            }
            School school = null;
            if (!schoolText.isEmpty()) {
                school = schools.get(ThaiDigits.toArabic(schoolText));
                if (school == null) {
                    school = schools.get(schoolText);
                }
                if (school == null) {
                    problems.add(Messages.get(locale, "import.row.unknownSchool", schoolText));
                }
            }
            Set<String> areaCodes = new LinkedHashSet<>();
            for (String part : areasText.split("[,;|]")) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                LearningArea area = areas.getOrDefault(name, areas.get(name.toLowerCase(Locale.ROOT)));
                if (area == null) {
                    problems.add(Messages.get(locale, "learningArea.unknown", name));
                } else {
                    areaCodes.add(area.getCode());
                }
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String part : roleText.split("[,;|]")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<Role> role = role(part);
                if (role.isEmpty()) {
                    problems.add(Messages.get(locale, "account.badRole", part.strip()));
                } else {
                    roles.add(role.get());
                }
            }
            if (roles.isEmpty()) {
                roles.add(Role.MEMBER);
            }
            AccountAdministration.Draft draft = problems.isEmpty()
                    ? new AccountAdministration.Draft(username, displayName, email.isEmpty() ? null : email, position,
                    school == null ? null : school.getId(), roles, areaCodes, Set.of())
                    : null;
            rows.add(new Row(line.number(), username, displayName, email, positionText, schoolText, areasText, roleText,
                    List.copyOf(problems), draft));
        }
        return new ImportPreview<>(List.copyOf(rows));
    }

    /** Writes every row, or nothing: one transaction, refused while any row has a problem. */
    @Override
    public int commit(byte[] file, Locale locale) {
        ImportPreview<Row> preview = preview(file, locale);
        RuleViolation.require(!preview.rows().isEmpty(), "import.empty");
        RuleViolation.require(preview.isImportable(), "import.hasProblems", preview.problemCount());
        for (Row row : preview.rows()) {
            administration.create(row.draft(), locale);
        }
        return preview.rows().size();
    }

    /** A position by its code (TEACHER) or its Thai or English name (ครู). */
    static Optional<Position> position(String text) {
        for (Position p : Position.values()) {
            if (p.name().equalsIgnoreCase(text.strip())
                    || Messages.get(Languages.THAI, "position." + p.name()).equals(text.strip())
                    || Messages.get(Languages.ENGLISH, "position." + p.name()).equalsIgnoreCase(text.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static Optional<Role> role(String text) {
        for (Role r : Role.values()) {
            if (r.name().equalsIgnoreCase(text.strip()) || Messages.get(Languages.THAI, "role." + r.name()).equals(text.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}

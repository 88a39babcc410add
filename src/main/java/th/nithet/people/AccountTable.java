package th.nithet.people;

import th.nithet.organisation.LearningArea;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.spreadsheet.TableWriter;
import th.nithet.platform.time.ThaiDates;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Accounts as a table: the import's Thai columns, for the export page and the export API. */
final class AccountTable {

    static final List<String> HEADERS = List.of("ชื่อผู้ใช้", "ชื่อ-สกุล", "อีเมล", "ตำแหน่ง", "โรงเรียน", "กลุ่มสาระ", "บทบาท", "สถานะ");
    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AccountTable() {
    }

    static String fileName(boolean xlsx) {
        return "nithet-accounts-" + ThaiDates.today() + (xlsx ? ".xlsx" : ".csv");
    }

    static void write(List<Account> accounts, boolean xlsx, OutputStream out) {
        List<List<String>> rows = accounts.stream().map(AccountTable::row).toList();
        if (xlsx) {
            TableWriter.xlsx("บัญชีผู้ใช้", HEADERS, rows, out);
        } else {
            TableWriter.csv(HEADERS, rows, out);
        }
    }

    private static List<String> row(Account a) {
        return List.of(a.getUsername(), a.getDisplayName(), a.getEmail() == null ? "" : a.getEmail(),
                a.getPosition() == null ? "" : Messages.get(Languages.THAI, "position." + a.getPosition().name()),
                a.getSchool() == null ? "" : a.getSchool().getName(),
                a.getLearningAreas().stream().sorted(Comparator.comparingInt(LearningArea::getSortOrder))
                        .map(LearningArea::getNameTh).collect(Collectors.joining("; ")),
                a.getRoles().stream().sorted().map(r -> Messages.get(Languages.THAI, "role." + r.name())).collect(Collectors.joining("; ")),
                a.isEnabled() ? "ใช้งาน" : "ระงับ");
    }
}

package th.nithet.people;

import th.nithet.organisation.LearningArea;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.spreadsheet.Table;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Accounts as a table: the import's Thai columns, for the export page and the export API. */
public final class AccountTable {

    public static final List<String> HEADERS = List.of("ชื่อผู้ใช้", "ชื่อ-สกุล", "อีเมล", "ตำแหน่ง", "โรงเรียน", "กลุ่มสาระ", "บทบาท", "สถานะ");

    private AccountTable() {
    }

    public static Table of(List<Account> accounts) {
        return new Table("accounts", "บัญชีผู้ใช้", HEADERS, accounts.stream().map(AccountTable::row).toList());
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

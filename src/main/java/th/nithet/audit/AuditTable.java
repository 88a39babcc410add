package th.nithet.audit;

import th.nithet.platform.spreadsheet.Table;
import th.nithet.platform.time.ThaiDates;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The audit trail as a spreadsheet (CSV or XLSX), Thai column names, times in Bangkok. */
public final class AuditTable {

    public static final List<String> HEADERS = List.of("เวลา (เวลาประเทศไทย)", "ผู้กระทำ", "การกระทำ", "ประเภท", "รายการ", "รายละเอียด",
            "ที่อยู่ IP");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ThaiDates.ZONE);

    private AuditTable() {
    }

    public static Table of(List<AuditEvent> events) {
        return new Table("audit-trail", "บันทึกการใช้งาน", HEADERS, events.stream()
                .map(e -> Arrays.asList(TIME.format(e.getOccurredAt()), blank(e.getActor()), e.getAction().name(), blank(e.getSubjectType()),
                        blank(e.getSubject()), blank(e.getDetail()), blank(e.getAddress())))
                .toList());
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}

package th.nithet.organisation;

import th.nithet.platform.i18n.Languages;
import th.nithet.platform.spreadsheet.Table;
import th.nithet.platform.time.ThaiDates;

import java.util.List;

/** Schools as a table with the import's Thai columns (founding day as 1/6/2560), for the export page and API. */
final class SchoolTable {

    static final List<String> HEADERS = List.of("รหัสโรงเรียน", "ชื่อโรงเรียน", "กลุ่มเครือข่าย", "อำเภอ", "วันก่อตั้ง", "สถานะ");

    private SchoolTable() {
    }

    static Table of(List<School> schools) {
        return new Table("schools", "โรงเรียน", HEADERS, schools.stream().map(SchoolTable::row).toList());
    }

    private static List<String> row(School s) {
        return List.of(s.getCode() == null ? "" : s.getCode(), s.getName(), s.getNetwork().getName(),
                s.getDistrict() == null ? "" : s.getDistrict(),
                s.getFoundedOn() == null ? "" : ThaiDates.numericDate(s.getFoundedOn(), Languages.THAI),
                s.isActive() ? "เปิด" : "ปิด");
    }
}

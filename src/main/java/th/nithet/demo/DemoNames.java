package th.nithet.demo;

import java.util.List;
import java.util.Random;

/**
 * Thai names for the demo office's people, made up from common first names and family names (with their romanised forms for
 * user names). Any likeness to a real person is chance: the pairs are drawn by the seed.
 */
final class DemoNames {

    /** A first name in Thai, its romanised form, and whether the usual title is นาย (else นาง/นางสาว). */
    record FirstName(String thai, String roman, boolean male) {
    }

    static final List<FirstName> FIRST = List.of(
            new FirstName("สมชาย", "somchai", true), new FirstName("มาลี", "malee", false),
            new FirstName("อนันต์", "anan", true), new FirstName("สุดา", "suda", false),
            new FirstName("วิชัย", "wichai", true), new FirstName("พรทิพย์", "porntip", false),
            new FirstName("ประเสริฐ", "prasert", true), new FirstName("กาญจนา", "kanchana", false),
            new FirstName("สมศักดิ์", "somsak", true), new FirstName("นงลักษณ์", "nongluck", false),
            new FirstName("ธีรวัฒน์", "theerawat", true), new FirstName("รัตนา", "rattana", false),
            new FirstName("บุญมี", "boonmee", true), new FirstName("จันทร์เพ็ญ", "chanpen", false),
            new FirstName("สุรชัย", "surachai", true), new FirstName("วันเพ็ญ", "wanpen", false),
            new FirstName("กิตติ", "kitti", true), new FirstName("อรุณี", "arunee", false),
            new FirstName("ณัฐพล", "nattapon", true), new FirstName("ศิริพร", "siriporn", false),
            new FirstName("ชาญวิทย์", "chanwit", true), new FirstName("ปิยะนุช", "piyanuch", false),
            new FirstName("เอกชัย", "ekkachai", true), new FirstName("สุภาพร", "supaporn", false),
            new FirstName("ไพโรจน์", "pairoj", true), new FirstName("ดวงใจ", "duangjai", false),
            new FirstName("อดิศักดิ์", "adisak", true), new FirstName("เยาวลักษณ์", "yaowaluck", false),
            new FirstName("ปรีชา", "preecha", true), new FirstName("จิราพร", "jiraporn", false),
            new FirstName("วีระ", "weera", true), new FirstName("ละเอียด", "laiad", false),
            new FirstName("ทองใบ", "thongbai", true), new FirstName("อัมพร", "amporn", false),
            new FirstName("ภานุวัฒน์", "panuwat", true), new FirstName("เบญจวรรณ", "benjawan", false),
            new FirstName("สมพงษ์", "sompong", true), new FirstName("ขวัญใจ", "kwanjai", false),
            new FirstName("จักรพันธ์", "jakkapan", true), new FirstName("นภาพร", "napaporn", false));

    static final List<String> FAMILY = List.of("ใจดี", "ศรีสุข", "แก้วมณี", "บุญประเสริฐ", "ทองคำ", "พรหมมา", "สายบุญ", "ศรีวงศ์",
            "มั่นคง", "อินทร์แก้ว", "จันทร์หอม", "ชัยมงคล", "วงศ์ไทย", "สุขเจริญ", "บัวทอง", "นาคสวัสดิ์", "ดวงแก้ว", "รุ่งเรือง",
            "พิมพ์ทอง", "คำแสน", "ประจำถิ่น", "ทองมา", "สีดา", "กล้าหาญ", "เพชรรัตน์", "ศรีสมบูรณ์", "ปัญญาดี", "มีสุข");

    private DemoNames() {
    }

    /** A person: their display name with title, and a user name made of a prefix and the romanised first name. */
    record Person(String displayName, String username) {
    }

    static Person draw(Random random, String usernamePrefix, int number, boolean withTitle) {
        FirstName first = FIRST.get(random.nextInt(FIRST.size()));
        String family = FAMILY.get(random.nextInt(FAMILY.size()));
        String title = !withTitle ? "" : first.male() ? "นาย" : random.nextBoolean() ? "นาง" : "นางสาว";
        return new Person(title + first.thai() + " " + family, usernamePrefix + "." + first.roman() + number);
    }
}

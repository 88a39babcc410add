package th.nithet.platform.pdf;

/**
 * A signature block as Thai documents have it, centred in its column:
 * <pre>
 *   ลงชื่อ ......................................
 *          (นางสาวสมศรี ใจงาม)
 *        ศึกษานิเทศก์ชำนาญการพิเศษ
 * </pre>
 *
 * @param label    the word before the dotted line: ลงชื่อ unless said (ผู้รับรอง, ผู้นิเทศ...)
 * @param name     shown in brackets under the line; blank leaves empty brackets to fill in by hand
 * @param position the post, under the name; may be blank
 */
public record Signature(String label, String name, String position) {

    public Signature {
        label = label == null || label.isBlank() ? "ลงชื่อ" : label;
        name = name == null ? "" : name;
        position = position == null ? "" : position;
    }

    public static Signature of(String name, String position) {
        return new Signature(null, name, position);
    }
}

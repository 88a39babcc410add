package th.nithet.platform.i18n;

/** Thai digits (๐–๙) and Arabic digits mean the same everywhere: input is folded to Arabic. */
public final class ThaiDigits {

    private ThaiDigits() {
    }

    public static String toArabic(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        return sb.toString();
    }

    /** Arabic digits as Thai ones (2569 → ๒๕๖๙): how certificates and official letters write numbers. */
    public static String toThai(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return out.toString();
    }
}

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
}

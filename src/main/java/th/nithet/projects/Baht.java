package th.nithet.projects;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts of money (บาท): what an amount may be, and how the office's forms print it. */
final class Baht {

    /** Twelve digits before the point: a region's whole budget fits, a typing slip of many zeros does not. */
    static final int MAX_WHOLE_DIGITS = 12;

    private Baht() {
    }

    /** An amount as it may be written down: not negative, at most two decimals (satang), at most 12 digits before them. */
    static boolean isAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= MAX_WHOLE_DIGITS;
    }

    /** The amount with two decimals, as it is kept (52000 → 52000.00). */
    static BigDecimal kept(BigDecimal amount) {
        return amount.setScale(2);
    }

    /** 52000 → "52,000.00"; none → "–". */
    static String format(BigDecimal amount) {
        return amount == null ? "–" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}

package th.nithet.projects;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts of money as the office's forms print them. */
final class Baht {

    private Baht() {
    }

    /** 52000 → "52,000.00"; none → "–". */
    static String format(BigDecimal amount) {
        return amount == null ? "–" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}

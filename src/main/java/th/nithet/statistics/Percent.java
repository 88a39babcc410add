package th.nithet.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the office reports them: a percentage with two decimals (96.57), none when there is no whole. */
public final class Percent {

    private Percent() {
    }

    public static BigDecimal of(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return whole == null || part == null || whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** "96.57", or "" for none. */
    public static String text(BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString();
    }
}

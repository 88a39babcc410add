package th.nithet.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money (บาท) as the office's projects keep it: never negative, always with two decimals (satang), added only to
 * another amount. Kept in {@code DECIMAL(14,2)} columns by {@link BahtConverter}; the API still shows it as a JSON number.
 */
public final class Baht implements Comparable<Baht>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Twelve digits before the point: a region's whole budget fits, a typing slip of many zeros does not. */
    static final int MAX_WHOLE_DIGITS = 12;

    public static final Baht ZERO = new Baht(BigDecimal.ZERO);

    private final BigDecimal amount;

    private Baht(BigDecimal amount) {
        this.amount = amount.setScale(2);
    }

    /** An amount as it may be written down: not negative, at most two decimals, at most 12 digits before them. */
    static boolean isAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= MAX_WHOLE_DIGITS;
    }

    /** The amount, checked by {@link #isAmount} first (52000 → 52000.00); anything else is a programming error here. */
    static Baht of(BigDecimal amount) {
        if (!isAmount(amount)) {
            throw new IllegalArgumentException("not an amount of baht: " + amount);
        }
        return new Baht(amount);
    }

    /** An amount read back from its column: what was stored is taken as it is (a total may have more whole digits). */
    static Baht stored(BigDecimal amount) {
        return amount == null ? null : new Baht(amount.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    public Baht plus(Baht other) {
        return new Baht(amount.add(other.amount));
    }

    /** The amount as a number with two decimals, for the API and the database. */
    public BigDecimal amount() {
        return amount;
    }

    /** 52000 → "52,000.00", as the office's forms print it. */
    public String formatted() {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** How pages print an amount that may be missing: "–" for none. */
    static String format(Baht amount) {
        return amount == null ? "–" : amount.formatted();
    }

    @Override
    public int compareTo(Baht other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Baht b && amount.equals(b.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount);
    }

    @Override
    public String toString() {
        return formatted() + " บาท";
    }
}

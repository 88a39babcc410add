package th.nithet.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * Quality levels by percentage bands (seeds 000: น้อยกว่าร้อยละ 80, ร้อยละ 80–89, 90–99, 100): the
 * percentages at which levels 2, 3 and 4 begin. A value exactly on an edge belongs to the higher level
 * (80 is level 2, 79.99 level 1).
 */
public record PercentBands(BigDecimal level2, BigDecimal level3, BigDecimal level4) {

    public static final PercentBands DEFAULT = new PercentBands(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("100"));

    /** Whether the edges make four levels: rising, from 0 up to 1000. */
    public boolean isValid() {
        return level2 != null && level3 != null && level4 != null && level2.signum() > 0 && level2.compareTo(level3) < 0
                && level3.compareTo(level4) < 0 && level4.compareTo(BigDecimal.valueOf(1000)) <= 0;
    }

    /** The level (1–4) of a percentage; none for none. */
    public Integer levelOf(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        if (percent.compareTo(level4) >= 0) {
            return 4;
        }
        if (percent.compareTo(level3) >= 0) {
            return 3;
        }
        return percent.compareTo(level2) >= 0 ? 2 : 1;
    }

    /** Each level's range as [from, to) — from null for level 1, to null for level 4. */
    public List<BigDecimal[]> ranges() {
        return List.of(new BigDecimal[]{null, level2}, new BigDecimal[]{level2, level3}, new BigDecimal[]{level3, level4},
                new BigDecimal[]{level4, null});
    }
}

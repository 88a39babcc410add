package th.nithet.projects;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Money as a value: equal by amount whatever was typed, added only to money, printed as the office's forms print it. */
class BahtTest {

    @Test
    void anAmountIsKeptWithTwoDecimalsSoTypingsOfTheSameSumAreEqual() {
        assertEquals(Baht.of(new BigDecimal("52000")), Baht.of(new BigDecimal("52000.0")));
        assertEquals(Baht.of(new BigDecimal("52000")).hashCode(), Baht.of(new BigDecimal("52000.00")).hashCode());
        assertEquals(new BigDecimal("52000.00"), Baht.of(new BigDecimal("52000")).amount());
        assertNotEquals(Baht.of(new BigDecimal("52000")), Baht.of(new BigDecimal("52000.01")));
    }

    @Test
    void amountsAddUpExactlyToTheSatang() {
        Baht sum = Baht.of(new BigDecimal("0.10")).plus(Baht.of(new BigDecimal("0.20")));
        assertEquals(Baht.of(new BigDecimal("0.3")), sum, "no floating-point 0.30000000000000004");
        assertTrue(sum.compareTo(Baht.of(new BigDecimal("0.29"))) > 0);
    }

    @Test
    void anAmountThatIsNotMoneyCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> Baht.of(new BigDecimal("-0.01")));
        assertThrows(IllegalArgumentException.class, () -> Baht.of(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> Baht.of(null));
    }

    @Test
    void itIsPrintedWithThousandsSeparatorsWhateverTheLanguage() {
        assertEquals("1,234,567.50", Baht.of(new BigDecimal("1234567.5")).formatted());
        assertEquals("0.00", Baht.ZERO.formatted());
        assertEquals("–", Baht.format(null));
    }

    @Test
    void itTravelsToItsColumnAndBackUnchanged() {
        BahtConverter converter = new BahtConverter();
        Baht amount = Baht.of(new BigDecimal("12500.5"));
        assertEquals(new BigDecimal("12500.50"), converter.convertToDatabaseColumn(amount));
        assertEquals(amount, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(amount)));
        assertNull(converter.convertToEntityAttribute(null));
        assertNull(converter.convertToDatabaseColumn(null));
    }
}

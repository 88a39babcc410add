package th.nithet.platform.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileSizesTest {

    @Test
    void kilobytesBelowAMegabyteAndNeverZero() {
        assertEquals("1 KB", FileSizes.text(0));
        assertEquals("1 KB", FileSizes.text(11));
        assertEquals("10 KB", FileSizes.text(11_194));
        assertEquals("1023 KB", FileSizes.text(1024 * 1024 - 1));
    }

    @Test
    void megabytesWithOneDecimal() {
        assertEquals("1.0 MB", FileSizes.text(1024 * 1024));
        assertEquals("74.5 MB", FileSizes.text(78_118_208));
    }
}

package th.nithet.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherSettingsTest {

    @Test
    void defaultsWhenNothingIsSet() {
        LauncherSettings s = LauncherSettings.from(Map.of());
        assertEquals(8080, s.port());
        assertEquals(Path.of("./nithet-data").toAbsolutePath().normalize(), s.dataDir());
        assertTrue(s.dbUrl().isEmpty());
        assertFalse(s.cluster());
    }

    @Test
    void readsTheNithetEnvironmentVariables() {
        LauncherSettings s = LauncherSettings.from(Map.of(
                "NITHET_PORT", "9090",
                "NITHET_DATA_DIR", "/srv/nithet",
                "NITHET_DB_URL", "jdbc:mariadb://db:3306/nithet",
                "NITHET_DB_USER", "nithet",
                "NITHET_DB_PASSWORD", "s3cret",
                "NITHET_CLUSTER", "true"));
        assertEquals(9090, s.port());
        assertEquals(Path.of("/srv/nithet"), s.dataDir());
        assertEquals(Optional.of("jdbc:mariadb://db:3306/nithet"), s.dbUrl());
        assertEquals(Optional.of("nithet"), s.dbUser());
        assertEquals(Optional.of("s3cret"), s.dbPassword());
        assertTrue(s.cluster());
    }

    @Test
    void blankMeansUnset() {
        assertTrue(LauncherSettings.from(Map.of("NITHET_DB_URL", "  ")).dbUrl().isEmpty());
    }

    @Test
    void aBadPortIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LauncherSettings.from(Map.of("NITHET_PORT", "eighty")));
        assertTrue(e.getMessage().contains("NITHET_PORT"));
        assertThrows(IllegalArgumentException.class, () -> LauncherSettings.from(Map.of("NITHET_PORT", "70000")));
    }
}

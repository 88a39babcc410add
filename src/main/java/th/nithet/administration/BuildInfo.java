package th.nithet.administration;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made from (written by Maven into nithet-build.properties). */
final class BuildInfo {

    static final String VERSION = load();

    private BuildInfo() {
    }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/nithet-build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}

package th.nithet.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The settings the launcher needs before any server runs. The launcher is not inside a
 * MicroProfile container, so it follows MicroProfile Config's own lookup rule by hand: a system
 * property {@code nithet.port} first, then the environment variable {@code NITHET_PORT}.
 * The application itself reads the same names through MicroProfile Config.
 */
record LauncherSettings(int port, Path dataDir, Optional<String> dbUrl, Optional<String> dbUser,
                        Optional<String> dbPassword, ClusterSettings clusterSettings,
                        Optional<String> javaOptions) {

    static LauncherSettings from(Map<String, String> env) {
        String port = lookup(env, "nithet.port").orElse("8080");
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NITHET_PORT must be a number, not '" + port + "'");
        }
        if (portNumber < 1 || portNumber > 65535) {
            throw new IllegalArgumentException("NITHET_PORT must be between 1 and 65535, not " + portNumber);
        }
        return new LauncherSettings(portNumber,
                Path.of(lookup(env, "nithet.data.dir").orElse("./nithet-data")).toAbsolutePath().normalize(),
                lookup(env, "nithet.db.url"),
                lookup(env, "nithet.db.user"),
                lookup(env, "nithet.db.password"),
                ClusterSettings.from(env),
                lookup(env, "nithet.java.options"));
    }

    boolean cluster() {
        return clusterSettings.enabled();
    }

    /** MicroProfile Config order: system property, then NITHET_X_Y environment variable. Blank means unset. */
    static Optional<String> lookup(Map<String, String> env, String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = env.get(property.toUpperCase().replace('.', '_'));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}

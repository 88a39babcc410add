package th.nithet.platform.db;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;

/**
 * The MariaDB data source, configured from MicroProfile Config ({@code NITHET_DB_URL},
 * {@code NITHET_DB_USER}, {@code NITHET_DB_PASSWORD}) when the server creates it.
 * <p>
 * Reading the settings here, instead of in annotation placeholders, lets an empty password stay
 * empty (MicroProfile Config treats an empty value as missing) and gives one clear message when
 * the URL is not set.
 */
public class NithetDataSource extends MariaDbDataSource {

    public NithetDataSource() throws SQLException {
        Config config = ConfigProvider.getConfig(NithetDataSource.class.getClassLoader());
        String url = config.getOptionalValue("nithet.db.url", String.class)
                .orElseThrow(() -> new SQLException(
                        "NITHET_DB_URL is not set: start Nithet with java -jar nithet.jar, or set NITHET_DB_URL"));
        setUrl(url);
        config.getOptionalValue("nithet.db.user", String.class).ifPresent(this::setUserQuietly);
        setPassword(config.getOptionalValue("nithet.db.password", String.class).orElse(""));
    }

    private void setUserQuietly(String user) {
        try {
            setUser(user);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

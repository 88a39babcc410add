package th.nithet.platform.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Asks the database, through a stateless bean, which schema version Flyway recorded.
 * <p>
 * Being a stateless EJB matters: Payara registers the health checks and even maps the web module
 * before it starts the EJB container, and until then requests fail. A call through this bean
 * fails the same way, so readiness stays DOWN until the application can really serve.
 */
@Stateless
public class ReadinessProbe {

    @Resource(lookup = th.nithet.platform.db.DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    public String recordedSchemaVersion() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history "
                     + "WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}

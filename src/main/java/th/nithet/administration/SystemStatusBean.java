package th.nithet.administration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.people.AccountService;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The administrator's first page: is the portal healthy, and what is it running on. */
@Named
@RequestScoped
public class SystemStatusBean {

    @Inject
    DatabaseMigration migration;

    @Inject
    AccountService accounts;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    public String getVersion() {
        String version = SystemStatusBean.class.getPackage().getImplementationVersion();
        return version == null ? BuildInfo.VERSION : version;
    }

    public String getSchemaVersion() {
        return migration.schemaVersion();
    }

    public long getAccountCount() {
        return accounts.count();
    }

    public String getDatabaseVersion() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "-";
        }
    }

    public String getJavaVersion() {
        return Runtime.version().toString();
    }

    public long getMaxMemoryMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}

package th.nithet.it;

import th.nithet.launcher.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct access to the test MariaDB, to check what the portal really stored. */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty(TestDatabase.URL),
                System.getProperty(TestDatabase.USER), System.getProperty(TestDatabase.PASSWORD));
    }
}

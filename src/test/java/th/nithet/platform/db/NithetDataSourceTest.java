package th.nithet.platform.db;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NithetDataSourceTest {

    @Test
    void addsTimeoutsUnlessTheUrlNamesThem() {
        assertEquals("jdbc:mariadb://db:3306/nithet?connectTimeout=3000&socketTimeout=5000",
                NithetDataSource.withTimeouts("jdbc:mariadb://db:3306/nithet", 5));
        assertEquals("jdbc:mariadb://db/nithet?useSsl=true&connectTimeout=3000&socketTimeout=9000",
                NithetDataSource.withTimeouts("jdbc:mariadb://db/nithet?useSsl=true", 9));
        assertEquals("jdbc:mariadb://db/nithet?socketTimeout=1000&connectTimeout=3000",
                NithetDataSource.withTimeouts("jdbc:mariadb://db/nithet?socketTimeout=1000", 5));
        assertEquals("jdbc:mariadb://db/nithet?connectTimeout=100&socketTimeout=5000",
                NithetDataSource.withTimeouts("jdbc:mariadb://db/nithet?connectTimeout=100", 5));
        assertEquals("jdbc:mariadb://db/nithet?connectTimeout=3000",
                NithetDataSource.withTimeouts("jdbc:mariadb://db/nithet", 0), "0 waits for ever");
    }

    @Test
    void aStartingDatabaseIsWaitedForButOtherFailuresAreNot() {
        assertTrue(NithetDataSource.notThereYet(new SQLException("refused", "08000", 0, new java.net.ConnectException("Connection refused"))));
        assertTrue(NithetDataSource.notThereYet(new SQLException("no answer", "08000", 0, new java.net.SocketTimeoutException("Read timed out"))));
        assertTrue(NithetDataSource.notThereYet(new SQLException("Access denied for user 'nithet'@'127.0.0.1' (using password: YES)", "28000", 1045)),
                "the account is not made yet");
        assertTrue(NithetDataSource.notThereYet(new SQLException("Access denied for user 'nithet'@'127.0.0.1' to database 'nithet'", "42000", 1044)),
                "the account is made, its rights not yet");
        assertFalse(NithetDataSource.notThereYet(new SQLException("You have an error in your SQL syntax", "42000", 1064)));
        assertFalse(NithetDataSource.notThereYet(new SQLException("Unknown column", "42S22", 1054)));
    }
}

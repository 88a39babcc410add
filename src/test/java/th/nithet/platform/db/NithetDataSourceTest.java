package th.nithet.platform.db;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

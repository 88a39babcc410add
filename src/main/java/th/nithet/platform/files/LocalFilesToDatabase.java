package th.nithet.platform.files;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Portals older than the shared file store (issue #16) kept files only in their data directory: at
 * start, in the background, every local file the database does not hold yet is copied into it, one
 * transaction per file, so that a second instance added later can serve it too. Cheap when there is
 * nothing to do: one look-up per file.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LocalFilesToDatabase {

    private static final Logger LOG = Logger.getLogger(LocalFilesToDatabase.class.getName());

    @Inject
    FileStore files;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.submit(this::copyMissing);
    }

    private void copyMissing() {
        int copied = 0;
        try (Connection c = dataSource.getConnection()) {
            for (String address : files.localAddresses()) {
                if (!inDatabase(c, address)) {
                    copy(c, address);
                    copied++;
                }
            }
            if (copied > 0) {
                LOG.info("Copied " + copied + " file(s) from this instance's data directory into the database");
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not copy local files into the database; the next start tries again", e);
        }
    }

    private static boolean inDatabase(Connection c, String address) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM file_chunk WHERE sha256 = ? AND seq = 0")) {
            s.setString(1, address);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void copy(Connection c, String address) throws IOException, SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (InputStream in = Files.newInputStream(files.local(address));
             PreparedStatement insert = c.prepareStatement("INSERT INTO file_chunk (sha256, seq, data) VALUES (?, ?, ?)")) {
            int seq = 0;
            byte[] chunk;
            do {
                chunk = in.readNBytes(FileStore.CHUNK);
                if (chunk.length == 0 && seq > 0) {
                    break;
                }
                insert.setString(1, address);
                insert.setInt(2, seq++);
                insert.setBytes(3, chunk);
                insert.executeUpdate();
            } while (chunk.length == FileStore.CHUNK);
            c.commit();
        } catch (IOException | SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}

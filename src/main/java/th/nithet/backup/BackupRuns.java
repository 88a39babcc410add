package th.nithet.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The backups recorded in {@code backup_run}, newest first: written by the backup command itself (launcher.PortalBackup). */
@ApplicationScoped
public class BackupRuns {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    public List<BackupRun> latest(int limit) {
        List<BackupRun> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT started_at, finished_at, file_name, size_bytes, succeeded, message, host "
                     + "FROM backup_run ORDER BY finished_at DESC, id DESC LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    runs.add(run(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the backup runs", e);
        }
        return runs;
    }

    private static BackupRun run(ResultSet rs) throws SQLException {
        return new BackupRun(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getLong(4),
                rs.getBoolean(5), rs.getString(6), rs.getString(7));
    }

    /** The newest backup that worked: what /metrics reports the age of. */
    public Optional<BackupRun> lastGood() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT started_at, finished_at, file_name, size_bytes, succeeded, message, host "
                     + "FROM backup_run WHERE succeeded ORDER BY finished_at DESC, id DESC LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(run(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the backup runs", e);
        }
    }
}

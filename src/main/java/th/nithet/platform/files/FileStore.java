package th.nithet.platform.files;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Files addressed by the SHA-256 of their content: the same file twice is stored once, and a name
 * never lies about its content.
 * <p>
 * The database holds every file's bytes (table {@code file_chunk}, pieces of {@value #CHUNK} bytes),
 * written in the transaction of the row that names the file: that row and the bytes commit together
 * or not at all, every instance of the portal can serve the file, and a database backup holds the
 * files too. {@code NITHET_DATA_DIR/files} is this instance's copy, read for every download: a file
 * missing there (uploaded on another instance) is copied from the database once, checked against its
 * address, written to a temporary name, forced and moved, so nobody is ever served half a file.
 * Why the database and not a shared directory: an office with two machines has a MariaDB already,
 * and seldom a network file system it trusts; files are at most {@code NITHET_UPLOAD_MAX_MB}.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    private static final Pattern ADDRESS = Pattern.compile("[0-9a-f]{64}");
    /** Under MariaDB's smallest usual max_allowed_packet (4 MiB) with room to spare. */
    static final int CHUNK = 1024 * 1024;

    @Inject
    @ConfigProperty(name = "nithet.data.dir", defaultValue = "./nithet-data")
    String dataDir;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private Path root;

    @PostConstruct
    void open() {
        root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + root, e);
        }
    }

    /**
     * Stores the bytes and answers their address. Must be called inside the transaction that will
     * name the file: its bytes go to the database with it.
     */
    public String store(byte[] content) {
        String address = sha256(content);
        Number stored = (Number) em.createNativeQuery("SELECT COUNT(*) FROM file_chunk WHERE sha256 = ?")
                .setParameter(1, address).getSingleResult();
        if (stored.intValue() != chunks(content.length)) {
            for (int seq = 0, from = 0; seq == 0 || from < content.length; seq++, from += CHUNK) {
                // another instance storing the same file at the same moment: the same bytes, so either copy will do
                em.createNativeQuery("INSERT INTO file_chunk (sha256, seq, data) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE seq = seq")
                        .setParameter(1, address).setParameter(2, seq)
                        .setParameter(3, Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK)))
                        .executeUpdate();
            }
        }
        Path target = path(address);
        if (!Files.exists(target)) {
            try {
                writeLocal(target, out -> out.write(content));
            } catch (UncheckedIOException e) {
                // a full disk or a directory that cannot be written: the caller's transaction rolls back (its chunks too),
                // the temporary file is gone (writeLocal), and the person is told why in words
                LOG.log(Level.SEVERE, "The file store " + root + " cannot take a file; uploads are refused until it can", e);
                throw new th.nithet.platform.rules.RuleViolation("file.storeUnavailable");
            }
        }
        return address;
    }

    private static int chunks(int size) {
        return Math.max(1, (size + CHUNK - 1) / CHUNK);
    }

    /** The file at this address, if the address is well-formed and the file exists here or in the database. */
    public Optional<Path> find(String address) {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            return Optional.empty();
        }
        Path file = path(address);
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        return copyFromDatabase(address) ? Optional.of(file) : Optional.empty();
    }

    /** Copies a file another instance stored; false when the database has no such file. */
    private boolean copyFromDatabase(String address) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT data FROM file_chunk WHERE sha256 = ? ORDER BY seq")) {
            s.setString(1, address);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                writeLocal(path(address), out -> {
                    MessageDigest digest = sha256Digest();
                    try {
                        do {
                            byte[] chunk = rs.getBytes(1);
                            digest.update(chunk);
                            out.write(chunk);
                        } while (rs.next());
                    } catch (SQLException e) {
                        throw new IOException(e);
                    }
                    if (!HexFormat.of().formatHex(digest.digest()).equals(address)) {
                        throw new IOException("the database's copy of " + address + " does not match its address");
                    }
                });
                return true;
            }
        } catch (SQLException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not copy file " + address + " from the database", e);
            return false;
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes to a temporary name beside the target, forces it to disk, then moves it into place. */
    private static void writeLocal(Path target, Writing writing) {
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                    writing.to(out);
                    out.flush();
                    channel.force(true);
                }
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a file", e);
        }
    }

    private Path path(String address) {
        // two levels of fan-out keep directories small
        return root.resolve(address.substring(0, 2)).resolve(address.substring(2, 4)).resolve(address);
    }

    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256Digest().digest(content));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Addresses of the files in this instance's directory (for copying files of older versions into the database). */
    java.util.List<String> localAddresses() throws IOException {
        try (var paths = Files.walk(root, 3)) {
            return paths.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> ADDRESS.matcher(n).matches()).toList();
        }
    }

    Path local(String address) {
        return path(address);
    }
}

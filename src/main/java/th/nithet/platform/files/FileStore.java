package th.nithet.platform.files;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files under {@code NITHET_DATA_DIR/files}, addressed by the SHA-256 of their content: the same
 * file twice is stored once, and a name never lies about its content. A file is complete on disk
 * (written to a temporary name, forced, then moved) before its address is handed out, so a
 * database row that names it never points at half a file.
 */
@ApplicationScoped
public class FileStore {

    private static final Pattern ADDRESS = Pattern.compile("[0-9a-f]{64}");

    @Inject
    @ConfigProperty(name = "nithet.data.dir", defaultValue = "./nithet-data")
    String dataDir;

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

    /** Stores the bytes and answers their address. */
    public String store(byte[] content) {
        String address = sha256(content);
        Path target = path(address);
        if (Files.exists(target)) {
            return address;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), address, ".part");
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a file", e);
        }
    }

    /** The file at this address, if the address is well-formed and the file exists. */
    public Optional<Path> find(String address) {
        if (address == null || !ADDRESS.matcher(address).matches()) {
            return Optional.empty();
        }
        Path file = path(address);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path path(String address) {
        // two levels of fan-out keep directories small
        return root.resolve(address.substring(0, 2)).resolve(address.substring(2, 4)).resolve(address);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

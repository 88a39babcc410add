package th.nithet.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerLibrariesTest {

    @TempDir
    Path dir;

    @Test
    void aJarOfPlainClassesBelongsToTheServer() throws IOException {
        assertTrue(ServerLibraries.belongsToServer(jar("lucene-core.jar", "org/apache/lucene/index/IndexWriter.class",
                "META-INF/services/org.apache.lucene.codecs.Codec", "META-INF/MANIFEST.MF")));
        assertTrue(ServerLibraries.belongsToServer(jar("mariadb-java-client.jar", "org/mariadb/jdbc/Driver.class",
                "META-INF/services/java.sql.Driver")), "the JDBC driver too");
    }

    @Test
    void aJarTheContainerReadsStaysInTheWebApplication() throws IOException {
        for (String marker : List.of("META-INF/resources/primefaces/core.js", "META-INF/beans.xml",
                "META-INF/web-fragment.xml", "META-INF/faces-config.xml", "META-INF/omnifaces-ui.taglib.xml",
                "META-INF/services/jakarta.servlet.ServletContainerInitializer",
                "META-INF/services/jakarta.enterprise.inject.spi.Extension")) {
            Path jar = jar("with-" + marker.replace('/', '_') + ".jar", "org/example/Thing.class", marker);
            assertFalse(ServerLibraries.belongsToServer(jar), marker);
        }
    }

    @Test
    void movesOutOnlyTheServersJars() throws IOException {
        Path webInfLib = Files.createDirectories(dir.resolve("nithet/WEB-INF/lib"));
        Path serverLib = dir.resolve("lib");
        Files.move(jar("tika-core.jar", "org/apache/tika/Tika.class"), webInfLib.resolve("tika-core.jar"));
        Files.move(jar("primefaces.jar", "org/primefaces/Foo.class", "META-INF/resources/primefaces/x.js"),
                webInfLib.resolve("primefaces.jar"));
        Files.move(jar("weld-extension.jar", "org/example/Ext.class", "META-INF/beans.xml"), webInfLib.resolve("weld-extension.jar"));
        Files.writeString(webInfLib.resolve("notes.txt"), "not a jar");

        assertEquals(List.of("tika-core.jar"), ServerLibraries.moveOut(webInfLib, serverLib));

        try (var left = Files.list(webInfLib); var moved = Files.list(serverLib)) {
            assertEquals(List.of("notes.txt", "primefaces.jar", "weld-extension.jar"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
            assertEquals(List.of("tika-core.jar"), moved.map(p -> p.getFileName().toString()).toList());
        }
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}

package th.nithet.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * Which of the WAR's libraries Payara Micro is given on its own class path ({@code --addLibs}) rather than in
 * {@code WEB-INF/lib}.
 * <p>
 * Why: at every start Payara reads every class of every jar in {@code WEB-INF/lib} (its annotation scan for
 * servlets, EJBs and CDI) and looks each class and resource up through the web class loader. The WAR carries
 * about 33,000 library classes (Tika, POI, PDFBox, Lucene, BouncyCastle, ICU) against 700 of its own, and none
 * of those libraries holds anything the container reads: on Payara's class path they are loaded when first
 * used and never scanned. A warm start took 2–5 s less this way (docs/benchmarks.md, 2026-12-07).
 * <p>
 * A jar stays in the web application when it carries something the web container, Faces or CDI reads from
 * the application's own jars (a {@code META-INF/resources} folder, {@code beans.xml}, a web fragment, a Faces
 * configuration or tag library, a Jakarta service). The JDBC driver goes to the server too: the application's
 * {@code @DataSourceDefinition} finds it through its class loader's parent, and Payara no longer warns at every
 * start that a throwaway deployment class loader "registered the JDBC driver but failed to unregister it".
 * The rule reads the jars rather than a list of names, so that a library added later lands on the right side
 * without anyone remembering this class. The WAR itself stays
 * whole (it deploys as it is on any Payara); only the launcher and the integration tests split it.
 */
public final class ServerLibraries {

    /** Under the runtime directory, beside the unpacked WAR. */
    public static final String DIRECTORY = "lib";

    private ServerLibraries() {
    }

    /** True when {@code jar} holds nothing the container looks for in a web application's libraries. */
    public static boolean belongsToServer(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(java.util.zip.ZipEntry::getName).noneMatch(ServerLibraries::readByContainer);
        }
    }

    private static boolean readByContainer(String entry) {
        return entry.startsWith("META-INF/resources/")
                || entry.equals("META-INF/beans.xml")
                || entry.equals("META-INF/web-fragment.xml")
                || entry.equals("META-INF/faces-config.xml")
                || entry.startsWith("META-INF/") && entry.endsWith(".taglib.xml")
                || entry.startsWith("META-INF/services/jakarta.");
    }

    /** Moves the jars of {@code webInfLib} that belong to the server into {@code serverLib}; returns their names. */
    public static List<String> moveOut(Path webInfLib, Path serverLib) throws IOException {
        Files.createDirectories(serverLib);
        List<String> moved = new ArrayList<>();
        try (var jars = Files.list(webInfLib)) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                if (belongsToServer(jar)) {
                    Files.move(jar, serverLib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    moved.add(jar.getFileName().toString());
                }
            }
        }
        return moved;
    }
}

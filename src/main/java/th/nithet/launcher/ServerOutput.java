package th.nithet.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes Payara Micro's output on, line by line, and watches it for a deployment that failed. Payara Micro
 * does not end when the application fails to deploy (a database that refuses the application, a broken
 * migration): it goes on running with nothing deployed, and {@code /health/ready} answers 503 for good. A person
 * trying Nithet, systemd or a container would wait for ever; the launcher ends the server instead, so that the
 * start ends with an exit code and the reason just above it.
 */
final class ServerOutput {

    /** Payara Micro's line when an application deployed (javax.enterprise.system.core): "nithet was successfully deployed in …". */
    static final String DEPLOYED = " was successfully deployed in ";
    /** Payara Micro's last line of its start, after every deployment, whether it worked or not: "Payara Micro … ready in …". */
    static final String BOOTED = " ready in ";
    static final String PAYARA_MICRO = "Payara Micro";

    private ServerOutput() {
    }

    /**
     * Watches the lines one by one: the start failed when Payara Micro says it is ready without having said that
     * the application deployed. (A failed deployment prints only its exception, whatever its cause, then
     * "Deployed 1 archive(s)" all the same; checked on Payara Micro 6.2025.10 with an unreachable database.)
     */
    static final class Watch {
        private boolean deployed;
        private boolean told;

        /** True at the first line that shows the deployment failed, and never again. */
        boolean failedAt(String line) {
            if (line.contains(DEPLOYED)) {
                deployed = true;
            }
            if (told || deployed || !(line.contains(PAYARA_MICRO) && line.contains(BOOTED))) {
                return false;
            }
            told = true;
            return true;
        }
    }

    /**
     * Copies {@code from} to {@code to} until it ends, byte for byte (the server's Thai lines stay as it wrote
     * them, whatever this machine's default charset), and runs {@code onFailedDeployment} once, at the first
     * line that says the deployment failed (after that line is passed on).
     */
    static void copy(InputStream from, OutputStream to, Runnable onFailedDeployment) {
        Watch watch = new Watch();
        boolean passingOn = true;
        // ISO-8859-1 maps every byte to one char and back: the markers are ASCII, the rest passes unchanged
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.ISO_8859_1))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (passingOn) {
                    try {
                        to.write((line + "\n").getBytes(StandardCharsets.ISO_8859_1));
                        to.flush();
                    } catch (IOException nobodyReads) {
                        // our own output is closed: go on reading, or the server would block on a full pipe
                        passingOn = false;
                    }
                }
                if (watch.failedAt(line)) {
                    onFailedDeployment.run();
                }
            }
        } catch (IOException ended) {
            // the server is gone: nothing more to pass on
        }
    }
}

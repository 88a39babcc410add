package th.nithet.launcher;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ServerOutputTest {

    @Test
    void passesTheServersLinesOnByteForByteAndTellsOfAFailedDeploymentOnce() {
        // the lines Payara Micro 6.2025.10 printed when the database was unreachable (shortened)
        String lines = "คลัสเตอร์: เครื่อง node-a ทำงาน\n"
                + "[SEVERE] [javax.enterprise.system.core] Exception [EclipseLink-4002] Connection refused\n"
                + "[INFO] [PayaraMicro] Deployed 1 archive(s)\n"
                + "[INFO] [PayaraMicro] Payara Micro 6.2025.10 (build 42) ready in 17,314 (ms)\n"
                + "[INFO] [PayaraMicro] Payara Micro 6.2025.10 (build 42) ready in 17,314 (ms)\n"
                + "last line\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger told = new AtomicInteger();
        ServerOutput.copy(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), out, told::incrementAndGet);
        assertArrayEquals(lines.getBytes(StandardCharsets.UTF_8), out.toByteArray(), "Thai passes unchanged");
        assertEquals(1, told.get());
    }

    @Test
    void anOrdinaryStartIsNotAFailure() {
        AtomicInteger told = new AtomicInteger();
        ServerOutput.copy(new ByteArrayInputStream(("[INFO] [javax.enterprise.system.core] nithet was successfully deployed in 26,004 milliseconds.\n"
                + "[INFO] [PayaraMicro] Deployed 1 archive(s)\n"
                + "[INFO] [PayaraMicro] Payara Micro 6.2025.10 (build 42) ready in 48,200 (ms)\n"
                + "Nithet is ready at http://localhost:8080/ (50.1 s)\n").getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), told::incrementAndGet);
        assertEquals(0, told.get());
    }

    @Test
    void goesOnReadingWhenItsOwnOutputIsClosedSoThatTheServerNeverBlocks() {
        byte[] many = "a line of the server's log\n".repeat(100_000).concat("Payara Micro 6.2025.10 (build 42) ready in 1 (ms)\n")
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(many);
        AtomicInteger told = new AtomicInteger();
        ServerOutput.copy(in, new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("closed");
            }
        }, told::incrementAndGet);
        assertEquals(0, in.available(), "read to the end");
        assertEquals(1, told.get(), "and still watched");
    }
}

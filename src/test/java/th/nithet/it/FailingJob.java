package th.nithet.it;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only: a scheduled job whose first three deliveries fail on purpose, as a real job's do when the
 * database fails under it. Payara drops a timer for good after a delivery and its one retry failed,
 * unless the server is told to reschedule it (payara-preboot.asadmin); FoundationIT reads
 * {@code /it/failing-job} to see that this job runs again after its failures.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FailingJob {

    static final int FAILURES = 3;
    static final AtomicInteger deliveries = new AtomicInteger();
    static final AtomicInteger successes = new AtomicInteger();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void round() {
        if (deliveries.incrementAndGet() <= FAILURES) {
            throw new IllegalStateException("failing job: a failure the test provoked on purpose");
        }
        successes.incrementAndGet();
    }

    /** {@code failed <n> ran <m>}: how often the job failed, and how often it ran after that. */
    @WebServlet("/it/failing-job")
    public static class Count extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            int failed = Math.min(deliveries.get(), FAILURES);
            response.setContentType("text/plain");
            response.getWriter().write("failed " + failed + " ran " + successes.get());
        }
    }
}

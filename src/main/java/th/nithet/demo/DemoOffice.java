package th.nithet.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.nithet.content.Viewers;
import th.nithet.platform.time.PortalClock;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * {@code java -jar nithet.jar --demo} (or {@code NITHET_DEMO=true}): fills an empty database with a fictional Thai office
 * — its networks and schools, supervisors, directors and teachers, and six months of their work — so that a new office
 * sees what the portal does before it adopts it. The data comes from the services themselves (each change checked as a
 * person's own would be), written as the people who would write it ({@link Viewers#actingAs}) on the days they would
 * have ({@link PortalClock#asOf}); the same seed gives the same office.
 * <p>
 * A database that holds anybody's data is never touched: the log says why, and the portal starts as it is.
 */
@Singleton
@Startup
@DependsOn({"AdminBootstrap", "SearchIndex", "ViewCounter"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoOffice {

    private static final Logger LOG = Logger.getLogger(DemoOffice.class.getName());

    /** The seed of the office every demo shows; another seed makes another office of the same shape. */
    static final long SEED = 2569;

    /** Every demo person's password: the sign-in page shows it in demo mode. */
    public static final String PASSWORD = "nithet-demo";

    /** How far back the office's history goes. */
    static final Duration HISTORY = Duration.ofDays(182);

    @Inject
    @ConfigProperty(name = "nithet.demo", defaultValue = "false")
    boolean demo;

    @EJB
    DemoState state;

    @Inject
    DemoPeople people;

    @Inject
    DemoWriting writing;

    @Inject
    DemoViews views;

    @Inject
    DemoSupervision supervision;

    @Inject
    DemoPlans plans;

    /** Each step is its own transaction, as a person's would be: a singleton's start is otherwise one transaction for all. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fill() {
        if (!demo) {
            return;
        }
        DemoState.Status status = state.status();
        if (status != DemoState.Status.NONE) {
            LOG.info(status == DemoState.Status.DONE ? "Demo office: already here (สำนักงานตัวอย่างมีอยู่แล้ว)"
                    : "Demo office: another instance is filling it, or stopped while it did (สำนักงานตัวอย่างยังสร้างไม่เสร็จ)");
            return;
        }
        String held = state.heldData();
        if (held != null) {
            LOG.warning("\n==========================================================\n"
                    + " --demo ถูกปฏิเสธ: ฐานข้อมูลนี้มีข้อมูลอยู่แล้ว (" + held + ") จึงไม่เพิ่มสำนักงานตัวอย่าง\n"
                    + " --demo refused: this database already holds data (" + held + "); nothing was added.\n"
                    + " Use an empty data directory (NITHET_DATA_DIR) to try the demo office.\n"
                    + "==========================================================");
            return;
        }
        if (!state.claim(SEED)) {
            LOG.info("Demo office: another instance is filling it");
            return;
        }
        long started = System.nanoTime();
        Instant now = Instant.now();
        DemoStory story = new DemoStory(SEED, now.minus(HISTORY), now);
        DemoPeople.Office office;
        DemoWriting.Written written;
        int counted;
        int supervised;
        int planned;
        try {
            office = people.make(story);
            written = writing.write(story, office);
            supervised = supervision.supervise(story, office, written);
            planned = plans.plan(story, office);
            counted = views.count(story, office, written);
            plans.snapshot();
        } catch (RuntimeException e) {
            // the portal still starts (with what was made): its log says what happened and how to begin again
            LOG.log(java.util.logging.Level.SEVERE, "Demo office: could not be completed (สร้างสำนักงานตัวอย่างไม่สำเร็จ);"
                    + " stop the portal and start again with --demo on an empty data directory", e);
            return;
        }
        state.finished();
        LOG.info(String.format("Demo office ready in %.1f s: %d schools, %d people, %d items, %d supervisions, %d projects, forms and indicators,"
                        + " %d views over %d days;"
                        + " sign in as %s, %s, %s or %s with the password %s",
                (System.nanoTime() - started) / 1e9, office.schools().size(), office.everyone().size(), written.items(), supervised, planned, counted,
                HISTORY.toDays(), DemoPeople.TEACHER, DemoPeople.SUPERVISOR, DemoPeople.DIRECTOR, DemoPeople.ADMINISTRATOR, PASSWORD));
    }

    /** Does {@code work} as {@code username} at {@code at}: how every step of the demo is written. */
    static <T> T as(String username, Instant at, Supplier<T> work) {
        return PortalClock.asOf(at, () -> Viewers.actingAs(username, work));
    }

    static void as(String username, Instant at, Runnable work) {
        as(username, at, () -> {
            work.run();
            return null;
        });
    }
}

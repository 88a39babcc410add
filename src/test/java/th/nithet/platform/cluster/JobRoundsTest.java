package th.nithet.platform.cluster;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class JobRoundsTest {

    private static final Instant DUE = Instant.parse("2026-12-04T00:00:00Z"); // 07:00 in Bangkok: the digest

    @Test
    void timersALittleEarlyOrLateOnOtherMachinesNameTheSameRound() {
        Duration day = Duration.ofDays(1);
        long slot = JobRounds.slot(DUE, day);
        assertEquals(slot, JobRounds.slot(DUE.minusMillis(1500), day), "a clock 1.5 s ahead");
        assertEquals(slot, JobRounds.slot(DUE.plusSeconds(3), day), "a timer that fired 3 s late");
        Duration quarterMinute = Duration.ofSeconds(15);
        long round = JobRounds.slot(DUE, quarterMinute);
        assertEquals(round, JobRounds.slot(DUE.minusSeconds(2), quarterMinute));
        assertEquals(round, JobRounds.slot(DUE.plusSeconds(2), quarterMinute));
    }

    @Test
    void theNextFiringIsTheNextRound() {
        Duration minute = Duration.ofMinutes(1);
        assertEquals(JobRounds.slot(DUE, minute) + 1, JobRounds.slot(DUE.plus(minute), minute));
        assertNotEquals(JobRounds.slot(DUE, Duration.ofDays(1)), JobRounds.slot(DUE.plus(Duration.ofDays(1)), Duration.ofDays(1)));
    }
}

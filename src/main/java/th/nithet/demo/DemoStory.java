package th.nithet.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** The demo's dice and calendar: one seeded random source, and the six months the history spans. */
final class DemoStory {

    final Random random;
    final Instant from;
    final Instant now;

    DemoStory(long seed, Instant from, Instant now) {
        this.random = new Random(seed);
        this.from = from;
        this.now = now;
    }

    /** A moment between the start of the history and {@code before}, in office hours (08:00–16:30 Bangkok). */
    Instant someTimeBefore(Instant before) {
        long span = Math.max(1, Duration.between(from, before).toDays());
        Instant day = from.plus(Duration.ofDays(random.nextLong(span)));
        return officeHours(day);
    }

    /** A moment a little after {@code after} (hours to a few days), never later than now. */
    Instant later(Instant after, int maxHours) {
        Instant then = after.plus(Duration.ofMinutes(30 + random.nextInt(Math.max(1, maxHours * 60))));
        return then.isAfter(now) ? now.minusSeconds(60) : then;
    }

    private Instant officeHours(Instant day) {
        // 01:00–09:30 UTC is 08:00–16:30 in Bangkok
        Instant midnightUtc = day.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        return midnightUtc.plus(Duration.ofMinutes(60 + random.nextInt(510)));
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }
}

package th.nithet.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import th.nithet.content.views.ViewCounter;
import th.nithet.content.views.Visitors;
import th.nithet.platform.time.ThaiDates;

import java.time.LocalDate;
import java.util.List;

/**
 * Six months of reading: every published item is read from the day it appeared, most in its first weeks, by the
 * teachers of the item's learning area more than by others, and by visitors without an account. Counted through the
 * view counter itself, so the statistics' tables are built as they are for real views.
 */
@ApplicationScoped
class DemoViews {

    @Inject
    ViewCounter counter;

    int count(DemoStory story, DemoPeople.Office office, DemoWriting.Written written) {
        LocalDate today = ThaiDates.today();
        int counted = 0;
        for (DemoWriting.Readable item : written.readable()) {
            LocalDate first = item.since().atZone(ThaiDates.ZONE).toLocalDate();
            long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(first, today) + 1);
            int readers = 20 + story.random.nextInt(120);
            List<DemoPeople.Member> sameArea = office.teachers().stream().filter(t -> t.area().equals(item.area())).toList();
            for (int r = 0; r < readers; r++) {
                // most reading happens soon after an item appears
                long offset = (long) (days * Math.pow(story.random.nextDouble(), 3));
                LocalDate day = first.plusDays(Math.min(offset, days - 1));
                double who = story.random.nextDouble();
                if (who < 0.3) {
                    counter.count(new ViewCounter.View(item.id(), day, Visitors.ofCookie("demo-visitor-" + story.random.nextInt(400)),
                            null, null));
                } else {
                    DemoPeople.Member reader = who < 0.6 && !sameArea.isEmpty() ? story.pick(sameArea) : story.pick(office.teachers());
                    counter.count(new ViewCounter.View(item.id(), day, Visitors.ofAccount(reader.accountId()), reader.accountId(),
                            reader.school().getId()));
                }
                counted++;
            }
        }
        counter.flush();
        return counted;
    }
}

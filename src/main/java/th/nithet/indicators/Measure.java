package th.nithet.indicators;

import th.nithet.statistics.Percent;
import th.nithet.statistics.Period;
import th.nithet.statistics.StatisticsQueries;

import java.math.BigDecimal;

/**
 * What an indicator measures: one of the portal's statistics over the indicator's fiscal year, or a
 * value entered by hand with its evidence ({@link #MANUAL}). A percentage measure is compared with the
 * bands as it is; a count is compared as a percentage of the indicator's target.
 */
public enum Measure {
    VIEWS(false),
    UNIQUE_VISITORS(false),
    KNOWLEDGE_VIEWS(false),
    ACTIVE_PEOPLE_PERCENT(true),
    ANSWERED_WITHIN_48H_PERCENT(true),
    SUPERVISION_COVERAGE_PERCENT(true),
    FORM_RESPONSE_PERCENT(true),
    STAFF_DEVELOPED_PERCENT(true),
    STAFF_PASSED_PERCENT(true),
    PRACTICES_PUBLISHED(false),
    MANUAL(false);

    private final boolean percent;

    Measure(boolean percent) {
        this.percent = percent;
    }

    public boolean isPercent() {
        return percent;
    }

    /** The value over the period, from the statistics (null for {@link #MANUAL}, and where there is nothing to divide). */
    public BigDecimal valueOf(StatisticsQueries q, Period p) {
        return switch (this) {
            case VIEWS -> BigDecimal.valueOf(q.totals(p).views());
            case UNIQUE_VISITORS -> BigDecimal.valueOf(q.totals(p).visitors());
            case KNOWLEDGE_VIEWS -> BigDecimal.valueOf(q.viewsOfType(p, "ARTICLE"));
            case ACTIVE_PEOPLE_PERCENT -> {
                StatisticsQueries.Activity a = q.activity(p, null);
                yield Percent.of(a.any(), a.people());
            }
            case ANSWERED_WITHIN_48H_PERCENT -> {
                StatisticsQueries.AnswerTimes t = q.answerTimes(p);
                yield Percent.of(t.within48h(), t.asked());
            }
            case SUPERVISION_COVERAGE_PERCENT -> {
                long schools = 0;
                long reached = 0;
                for (StatisticsQueries.Coverage c : q.supervisionCoverage(p, null)) {
                    schools += c.schools();
                    reached += c.reached();
                }
                yield Percent.of(reached, schools);
            }
            case FORM_RESPONSE_PERCENT -> {
                long invited = 0;
                long responded = 0;
                for (StatisticsQueries.FormRate f : q.formResponseRates(p)) {
                    invited += f.invited();
                    responded += f.responded();
                }
                yield Percent.of(responded, invited);
            }
            case STAFF_DEVELOPED_PERCENT -> {
                long[] s = q.staffDeveloped(p);
                yield Percent.of(s[1], s[0]);
            }
            case STAFF_PASSED_PERCENT -> {
                long[] s = q.staffDeveloped(p);
                yield Percent.of(s[2], s[1]); // passed of developed, as the project page says it
            }
            case PRACTICES_PUBLISHED -> BigDecimal.valueOf(q.practicesPublished(p));
            case MANUAL -> null;
        };
    }
}

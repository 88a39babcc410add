package th.nithet.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageActions;
import th.nithet.content.web.PageLoads;
import th.nithet.content.Viewers;
import th.nithet.platform.time.FiscalYear;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The indicators' dashboard ({@code /indicators?year=2570}): every indicator with its value, level, trend and evidence. */
@Named
@ViewScoped
public class IndicatorListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService indicators;

    @Inject
    Viewers viewers;

    private Integer year;
    private transient List<IndicatorService.Current> items;
    private transient Map<Long, String> trends;
    private transient Map<Long, Integer> evidenceCounts;

    public void load() throws IOException {
        if (year == null || year < 2500 || year > 2700) {
            year = FiscalYear.current().buddhistYear();
        }
        PageLoads.guard(this::refresh);
    }

    private void refresh() {
        items = indicators.current(year);
        trends = new HashMap<>();
        evidenceCounts = new HashMap<>();
        for (IndicatorService.Current c : items) {
            long id = c.indicator().getId();
            trends.put(id, Trends.chart(c.indicator(), indicators.snapshots(id), true));
            evidenceCounts.put(id, indicators.evidence(id).size() + indicators.supervisions(id).size());
        }
    }

    /** Takes this month's snapshot now (administrators), then shows the dashboard again. */
    public void takeSnapshots() {
        PageActions.attempt(indicators::takeSnapshots, "indicator.snapshotsTaken");
        refresh();
    }

    public boolean isAdmin() {
        return viewers.current().isAdmin();
    }

    public List<Integer> getYears() {
        return FiscalYear.choices();
    }

    public List<IndicatorService.Current> getItems() {
        if (items == null) {
            refresh();
        }
        return items;
    }

    public String trend(long id) {
        getItems(); // after the session moved to another instance: what was read is not kept in it
        return trends.get(id);
    }

    public int evidenceCount(long id) {
        getItems();
        return evidenceCounts.getOrDefault(id, 0);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}

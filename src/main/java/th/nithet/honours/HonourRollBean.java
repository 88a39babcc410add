package th.nithet.honours;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The honour roll ({@code /honours?year=2569}): one Buddhist-era year at a time, the latest by default. */
@Named
@RequestScoped
public class HonourRollBean {

    @Inject
    HonourService honours;

    private Integer year;
    private List<Integer> years;
    private List<Honour> items;

    public void load() {
        years = honours.years();
        if (year == null && !years.isEmpty()) {
            year = years.get(0);
        }
        items = year == null ? List.of() : honours.roll(year);
    }

    public boolean canRecord() {
        return honours.canRecord();
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<Honour> getItems() {
        return items;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}

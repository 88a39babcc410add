package th.nithet.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentItem;
import th.nithet.content.web.PageActions;
import th.nithet.content.web.PageLoads;
import th.nithet.content.Viewers;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.rules.InvalidFields;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator ({@code /indicators/{id}}): its value, achievement and level now and how the level is
 * decided, its trend by month, its evidence (linked here, or supervisions that name it), and for staff
 * the forms to record a hand-entered value or rubric level and to link or remove evidence.
 */
@Named
@ViewScoped
public class IndicatorPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService indicators;

    @Inject
    Viewers viewers;

    private Long id;
    private transient Indicator indicator;
    private transient Indicator.Evaluation evaluation;
    private transient List<IndicatorService.Snapshot> snapshots;
    private transient List<Evidence> evidence;
    private transient List<ContentItem> supervisions;
    private final Map<String, String> form = new HashMap<>();

    public void load() throws IOException {
        PageLoads.guard(this::refresh);
    }

    private void refresh() {
        indicator = indicators.read(id == null ? -1 : id);
        evaluation = indicators.evaluate(indicator);
        snapshots = indicators.snapshots(id);
        evidence = indicators.evidence(id);
        supervisions = indicators.supervisions(id);
        if (!form.containsKey("level") && indicator.getManualLevel() != null) {
            form.put("level", indicator.getManualLevel().toString());
        }
    }

    private void ensure() {
        if (indicator == null && id != null) {
            refresh(); // after the view is restored: entities are not kept in the session
        }
    }

    public void record() {
        if (PageActions.attempt(() -> {
            InvalidFields.Collector problems = InvalidFields.collect();
            BigDecimal value = ApiValues.number(form.get("value"), "manualValue", problems);
            String level = form.get("level");
            problems.check(level == null || level.isEmpty() || level.matches("[1-4]"), "manualLevel", "indicator.badLevel").throwIfAny();
            indicators.record(id, value, level == null || level.isEmpty() ? null : Integer.valueOf(level));
        }, "indicator.recorded")) {
            form.remove("value");
        }
        refresh();
    }

    public void addEvidence() {
        if (PageActions.attempt(() -> {
            String ref = form.get("refId");
            InvalidFields.collect().check(ref == null || ref.isBlank() || ref.strip().matches("[0-9]{1,18}"), "refId", "indicator.refRequired")
                    .throwIfAny();
            indicators.addEvidence(id, ApiValues.oneOf(Evidence.Kind.class, form.get("kind"), "kind", "indicator.evidenceKind"),
                    ref == null || ref.isBlank() ? null : Long.valueOf(ref.strip()), form.get("title"), form.get("url"));
        }, "indicator.evidenceAdded")) {
            form.remove("refId");
            form.remove("title");
            form.remove("url");
        }
        refresh();
    }

    public void removeEvidence(long evidenceId) {
        PageActions.attempt(() -> indicators.removeEvidence(id, evidenceId), "indicator.evidenceRemoved");
        refresh();
    }

    public String getTrend() {
        ensure();
        return Trends.chart(indicator, snapshots, false);
    }

    public boolean isAdmin() {
        return viewers.current().isAdmin();
    }

    public Evidence.Kind[] getEvidenceKinds() {
        return Evidence.Kind.values();
    }

    public Indicator getIndicator() {
        ensure();
        return indicator;
    }

    public Indicator.Evaluation getEvaluation() {
        ensure();
        return evaluation;
    }

    public List<IndicatorService.Snapshot> getSnapshots() {
        ensure();
        return snapshots;
    }

    public List<Evidence> getEvidence() {
        ensure();
        return evidence;
    }

    public List<ContentItem> getSupervisions() {
        ensure();
        return supervisions;
    }

    public Map<String, String> getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

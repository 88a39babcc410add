package th.nithet.indicators;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.web.PageActions;
import th.nithet.content.web.PageLoads;
import th.nithet.content.Viewers;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.time.FiscalYear;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Defining an indicator ({@code /indicators/new}, {@code /indicators/{id}/edit}; administrators): name,
 * fiscal year, what it measures, target, and the quality levels — band edges or the four rubric texts.
 * The typed values are kept by name in {@link #getForm()}.
 */
@Named
@ViewScoped
public class IndicatorEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService indicators;

    @Inject
    Viewers viewers;

    private Long id;
    private boolean loaded;
    private final Map<String, String> form = new HashMap<>();

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = PageLoads.guard(() -> {
            if (!viewers.staff().isAdmin()) {
                throw new ContentAccessDenied(false);
            }
            if (id == null) {
                form.put("year", Integer.toString(FiscalYear.current().buddhistYear()));
                form.put("measure", Measure.SUPERVISION_COVERAGE_PERCENT.name());
                form.put("method", QualityMethod.BANDS.name());
                fillBands(PercentBands.DEFAULT);
                return;
            }
            Indicator i = indicators.read(id);
            form.put("year", Integer.toString(i.getFiscalYear()));
            form.put("name", i.getName());
            form.put("description", i.getDescription());
            form.put("measure", i.getMeasure().name());
            form.put("target", i.getTarget() == null ? null : i.getTarget().stripTrailingZeros().toPlainString());
            form.put("unit", i.getUnit());
            form.put("method", i.getMethod().name());
            fillBands(i.getBands());
            List<String> rubric = i.getRubric();
            for (int l = 1; l <= 4; l++) {
                form.put("rubric" + l, rubric.get(l - 1));
            }
        });
    }

    private void fillBands(PercentBands b) {
        form.put("band2", b.level2().stripTrailingZeros().toPlainString());
        form.put("band3", b.level3().stripTrailingZeros().toPlainString());
        form.put("band4", b.level4().stripTrailingZeros().toPlainString());
    }

    public void save() throws IOException {
        if (PageActions.attempt(() -> {
            InvalidFields.Collector problems = InvalidFields.collect();
            BigDecimal target = ApiValues.number(form.get("target"), "target", problems);
            BigDecimal b2 = ApiValues.number(form.get("band2"), "bands", problems);
            BigDecimal b3 = ApiValues.number(form.get("band3"), "bands", problems);
            BigDecimal b4 = ApiValues.number(form.get("band4"), "bands", problems);
            problems.throwIfAny();
            QualityMethod method = ApiValues.oneOf(QualityMethod.class, form.get("method"), "method", "indicator.badMethod");
            PercentBands bands = b2 == null || b3 == null || b4 == null ? PercentBands.DEFAULT : new PercentBands(b2, b3, b4);
            Indicator.Definition d = new Indicator.Definition(year(), form.get("name"),
                    form.get("description"), ApiValues.oneOf(Measure.class, form.get("measure"), "measure", "indicator.badMeasure"), target,
                    form.get("unit"), method, bands, method == QualityMethod.RUBRIC
                    ? List.of(nz("rubric1"), nz("rubric2"), nz("rubric3"), nz("rubric4")) : null);
            id = id == null ? indicators.create(d).getId() : indicators.update(id, d).getId();
        }, "indicator.saved")) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/indicators/" + id);
        }
    }

    public void delete() throws IOException {
        if (PageActions.attempt(() -> indicators.delete(id), "indicator.deleted")) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/indicators?year=" + form.get("year"));
        }
    }

    /** The chosen year; 0 (which the service refuses by name) for anything that is not one. */
    private int year() {
        String y = form.get("year");
        return y != null && y.matches("[0-9]{4}") ? Integer.parseInt(y) : 0;
    }

    private String nz(String key) {
        String v = form.get(key);
        return v == null ? "" : v;
    }

    public boolean isNew() {
        return id == null;
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public QualityMethod[] getMethods() {
        return QualityMethod.values();
    }

    /** As text: the form keeps every value as typed. */
    public List<String> getYears() {
        return FiscalYear.choices().stream().map(String::valueOf).toList();
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

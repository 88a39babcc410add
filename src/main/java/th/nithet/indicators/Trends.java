package th.nithet.indicators;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.time.ThaiDates;

import java.util.List;

/** An indicator's monthly snapshots as a Chart.js line (p:chart): its achievement by month, with the level-2 edge for bands. */
final class Trends {

    private Trends() {
    }

    static String chart(Indicator indicator, List<IndicatorService.Snapshot> snapshots, boolean small) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder edge = Json.createArrayBuilder();
        for (IndicatorService.Snapshot s : snapshots) {
            labels.add(ThaiDates.shortMonthName(s.month().getMonthValue(), Languages.THAI));
            if (s.achievement() == null) {
                values.addNull();
            } else {
                values.add(s.achievement());
            }
            edge.add(indicator.getBands().level2());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "%").add("data", values)
                .add("borderColor", "#1d6fa5").add("backgroundColor", "#1d6fa5"));
        if (indicator.getMethod() == QualityMethod.BANDS && !small) {
            datasets.add(Json.createObjectBuilder().add("label", "ระดับ 2").add("data", edge).add("borderColor", "#c2410c")
                    .add("borderDash", Json.createArrayBuilder().add(4).add(4)).add("pointRadius", 0));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", !small)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("display", !small))))
                .build().toString();
    }
}

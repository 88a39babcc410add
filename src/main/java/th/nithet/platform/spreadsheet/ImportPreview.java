package th.nithet.platform.spreadsheet;

import java.util.List;

/** Every row of an imported table as checked: importable only when there are rows and none has a problem. */
public record ImportPreview<R extends ImportRow>(List<R> rows) {

    public long problemCount() {
        return rows.stream().filter(r -> !r.isValid()).count();
    }

    public boolean isImportable() {
        return !rows.isEmpty() && problemCount() == 0;
    }
}

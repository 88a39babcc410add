package th.nithet.platform.spreadsheet;

import jakarta.ws.rs.core.Response;
import th.nithet.platform.i18n.Languages;

import java.util.List;

/**
 * What an import through the API answers: how many rows, how many with problems, how many written,
 * and each problem row ({@code label} names the row: a user name, a school name).
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ImportResult", description = "An import's outcome: rows read, rows with problems, rows imported, and each problem")
public record ImportResult(int rows, long problemRows, int imported, List<ProblemRow> problems) {

    public record ProblemRow(int line, String label, List<String> problems) {
    }

    /**
     * Checks the file; with {@code dryRun} only reports (200). Otherwise writes every row (200), or,
     * when any row has a problem, nothing (400 with the problems). Messages are in Thai.
     */
    public static <R extends ImportRow> Response run(TableImport<R> importer, byte[] file, boolean dryRun) {
        ImportPreview<R> preview = importer.preview(file, Languages.THAI);
        if (dryRun || !preview.isImportable()) {
            List<ProblemRow> problems = preview.rows().stream().filter(r -> !r.isValid())
                    .map(r -> new ProblemRow(r.line(), r.label(), r.problems())).toList();
            return Response.status(dryRun ? 200 : 400)
                    .entity(new ImportResult(preview.rows().size(), preview.problemCount(), 0, problems)).build();
        }
        int imported = importer.commit(file, Languages.THAI);
        return Response.ok(new ImportResult(imported, 0, imported, List.of())).build();
    }
}

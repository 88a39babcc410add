package th.nithet.platform.spreadsheet;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.time.ThaiDates;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * A list ready to leave the portal as CSV (UTF-8 with BOM) or XLSX, with the same Thai column names
 * its import reads, so that it can be edited and imported again. {@code fileStem} names the download
 * ({@code nithet-schools-2026-11-26.xlsx}). {@code numberColumns} (0-based) are written to XLSX as numbers.
 */
public record Table(String fileStem, String sheetName, List<String> headers, List<List<String>> rows, java.util.Set<Integer> numberColumns) {

    /** A table of text only (lists that are imported again keep codes such as 0101 as written). */
    public Table(String fileStem, String sheetName, List<String> headers, List<List<String>> rows) {
        this(fileStem, sheetName, headers, rows, java.util.Set.of());
    }

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** true for "xlsx", false for "csv" (any case); a RuleViolation for anything else. */
    public static boolean isXlsx(String format) {
        if ("xlsx".equalsIgnoreCase(format)) {
            return true;
        }
        if (!"csv".equalsIgnoreCase(format)) {
            throw new RuleViolation("export.badFormat", format == null ? "" : format.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    public String fileName(boolean xlsx) {
        return "nithet-" + fileStem + "-" + ThaiDates.today() + (xlsx ? ".xlsx" : ".csv");
    }

    public String contentType(boolean xlsx) {
        return xlsx ? XLSX_TYPE : CSV_TYPE;
    }

    public String contentDisposition(boolean xlsx) {
        return "attachment; filename=\"" + fileName(xlsx) + "\"";
    }

    public void write(boolean xlsx, OutputStream out) {
        if (xlsx) {
            TableWriter.xlsx(sheetName, headers, rows, numberColumns, out);
        } else {
            TableWriter.csv(headers, rows, out);
        }
    }

    /** The table as a download from a servlet (pages' export links): headers, then the file. */
    public void send(jakarta.servlet.http.HttpServletResponse response, boolean xlsx) throws java.io.IOException {
        response.setHeader("Content-Disposition", contentDisposition(xlsx));
        response.setContentType(contentType(xlsx));
        write(xlsx, response.getOutputStream());
    }

    /** The table as an API download. */
    public Response response(boolean xlsx) {
        StreamingOutput body = out -> write(xlsx, out);
        return Response.ok(body, contentType(xlsx)).header("Content-Disposition", contentDisposition(xlsx)).build();
    }
}

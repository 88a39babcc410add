package th.nithet.platform.spreadsheet;

import java.util.Locale;

/**
 * A bulk import from a spreadsheet: {@link #preview} checks every row and says what is wrong with
 * each; {@link #commit} writes all rows in one transaction, and only when no row has a problem.
 */
public interface TableImport<R extends ImportRow> {

    ImportPreview<R> preview(byte[] file, Locale locale);

    /** @return the number of rows written; a {@code RuleViolation} when any row has a problem */
    int commit(byte[] file, Locale locale);
}

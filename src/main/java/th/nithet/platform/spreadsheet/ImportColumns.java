package th.nithet.platform.spreadsheet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of an imported table holds which field. Each field may be headed by any of several
 * Thai or English names (compared as {@link TableFile#column} normalises them); the first one present wins.
 */
public final class ImportColumns {

    private final Map<String, String> headerOfField;

    private ImportColumns(Map<String, String> headerOfField) {
        this.headerOfField = headerOfField;
    }

    /** @param headers for each field, the header names it may have, already normalised */
    public static ImportColumns find(List<TableFile.Line> lines, Map<String, List<String>> headers) {
        Set<String> present = new HashSet<>();
        lines.forEach(l -> present.addAll(l.cells().keySet()));
        Map<String, String> found = new HashMap<>();
        headers.forEach((field, names) -> names.stream().filter(present::contains).findFirst()
                .ifPresent(header -> found.put(field, header)));
        return new ImportColumns(found);
    }

    public boolean has(String field) {
        return headerOfField.containsKey(field);
    }

    /** The trimmed text of {@code field} in {@code line}; empty when the column or the cell is missing. */
    public String cell(TableFile.Line line, String field) {
        String header = headerOfField.get(field);
        return header == null ? "" : line.get(header).strip();
    }
}

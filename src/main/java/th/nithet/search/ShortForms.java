package th.nithet.search;

import th.nithet.search.thai.ThaiAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Short forms and the words they stand for, and spellings of one word that all circulate (#18): the
 * list shipped in {@code search/short-forms.txt} and the office's own ({@link OfficeShortForm}), which an
 * administrator adds from the admin pages. Immutable: a change makes a new one ({@link #with}).
 */
public final class ShortForms {

    /** The shipped groups, one per line of the file, each as written there. */
    static final List<List<String>> SHIPPED_GROUPS = read();
    public static final ShortForms SHIPPED = new ShortForms(SHIPPED_GROUPS);

    /** Every form of each group, by each of its forms folded and without dots. */
    private final Map<String, List<String>> forms = new HashMap<>();

    private ShortForms(List<List<String>> groups) {
        for (List<String> group : groups) {
            List<String> same = group.stream().map(f -> ThaiAnalysis.fold(f).strip()).toList();
            for (String form : same) {
                forms.computeIfAbsent(key(form), f -> new ArrayList<>()).addAll(same);
            }
        }
    }

    /** The shipped list with the office's pairs added. */
    public static ShortForms with(List<List<String>> officeGroups) {
        List<List<String>> all = new ArrayList<>(SHIPPED_GROUPS);
        all.addAll(officeGroups);
        return new ShortForms(all);
    }

    /** The forms that mean the same as {@code part} (itself included), folded as the index folds them. */
    public List<String> of(String part) {
        return List.copyOf(new LinkedHashSet<>(forms.getOrDefault(key(ThaiAnalysis.fold(part).strip()), List.of())));
    }

    /** Whether the two forms are already known as the same (in either list). */
    boolean knows(String shortForm, String longForm) {
        String other = key(ThaiAnalysis.fold(longForm).strip());
        return of(shortForm).stream().anyMatch(f -> key(f).equals(other));
    }

    /** How forms are compared: folded as the index folds, dots optional (ก.ค.ศ. = กคศ). */
    static String key(String form) {
        return form.replace(".", "");
    }

    private static List<List<String>> read() {
        try (InputStream in = ShortForms.class.getResourceAsStream("/search/short-forms.txt")) {
            List<List<String>> groups = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    groups.add(List.of(line.strip().split("\\s*=\\s*")));
                }
            }
            return List.copyOf(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

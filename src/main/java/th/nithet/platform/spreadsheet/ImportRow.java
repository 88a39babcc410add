package th.nithet.platform.spreadsheet;

import java.util.List;

/** One row of an imported table as read, with every problem found in it (none when it can be imported). */
public interface ImportRow {

    int line();

    List<String> problems();

    /** What names the row for people reading a list of problems: a user name, a school name. */
    String label();

    default boolean isValid() {
        return problems().isEmpty();
    }

    // Expression Language 5 reads JavaBean getters, not record components
    default int getLine() {
        return line();
    }

    default String getProblemText() {
        return String.join(" · ", problems());
    }
}

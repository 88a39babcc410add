package th.nithet.help;

import org.commonmark.node.Node;

import java.util.List;

/**
 * One chapter of the manual in one language: its address ({@code teacher}), its title (the first heading), its
 * sections (the second-level headings, for the table of contents) and the parsed Markdown, from which the page's
 * HTML and the PDF's blocks are made.
 */
public record ManualChapter(String slug, String title, List<Section> sections, Node document, String html) {

    /** A task in a chapter: "ถามคำถาม" at {@code #ask}. */
    public record Section(String anchor, String title) {
    }
}

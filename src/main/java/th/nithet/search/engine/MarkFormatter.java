package th.nithet.search.engine;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Snippets as safe HTML: the item's text escaped, the matched words in {@code <mark>}. */
final class MarkFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int last = -1;
        for (Passage passage : passages) {
            if (last >= 0 && passage.getStartOffset() > last) {
                out.append(" … ");
            }
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < pos) {
                    // overlapping gram matches: extend the open mark instead of opening another
                    if (end > pos) {
                        trimClose(out);
                        out.append(escape(content.substring(pos, end))).append("</mark>");
                        pos = end;
                    }
                    continue;
                }
                out.append(escape(content.substring(pos, start)));
                if (start == pos && out.toString().endsWith("</mark>")) {
                    trimClose(out);
                } else {
                    out.append("<mark>");
                }
                out.append(escape(content.substring(start, end))).append("</mark>");
                pos = end;
            }
            out.append(escape(content.substring(pos, passage.getEndOffset())));
            last = passage.getEndOffset();
        }
        return out.toString().strip();
    }

    private static void trimClose(StringBuilder out) {
        if (out.toString().endsWith("</mark>")) {
            out.setLength(out.length() - "</mark>".length());
        }
    }

    static String escape(String text) {
        return th.nithet.platform.text.Html.escape(text);
    }
}

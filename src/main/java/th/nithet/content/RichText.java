package th.nithet.content;

import org.owasp.html.AttributePolicy;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import th.nithet.platform.text.Html;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rich text as it may be stored and shown: HTML cleaned with an allow-list on the way in, never
 * trusted on the way out. What the editor (Quill, in PrimeFaces' textEditor) writes survives:
 * paragraphs, headings, emphasis, lists, quotes, code, links, images, tables, its alignment and
 * indent classes and colours. Scripts, event handlers, {@code javascript:} and {@code data:} URLs,
 * forms, styles that could hide or move content, and iframes other than a YouTube embed are removed.
 * Text without any markup (from a script, say) is escaped and keeps its line breaks.
 */
public final class RichText {

    public static final int MAX_LENGTH = 200_000;

    /** YouTube's embed player only; both its hosts. */
    private static final Pattern VIDEO = Pattern.compile(
            "https://www\\.(youtube|youtube-nocookie)\\.com/embed/[A-Za-z0-9_-]{6,20}(\\?[A-Za-z0-9_=&;.-]*)?");
    /** Classes of the editor's own formatting, nothing else (a page's classes could hide content). */
    private static final Pattern EDITOR_CLASS = Pattern.compile("(ql-(align|indent|size|font|direction)-[a-z0-9-]+|ql-video)( (ql-(align|indent|size|font|direction)-[a-z0-9-]+|ql-video))*");
    private static final Pattern RGB = Pattern.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|&[a-zA-Z#0-9]+;");

    private static final AttributePolicy VIDEO_SOURCE = (element, attribute, value) ->
            VIDEO.matcher(value.strip()).matches() ? value.strip() : null;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "div", "span", "strong", "b", "em", "i", "u", "s", "strike", "sub", "sup",
                    "blockquote", "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "hr",
                    "a", "img", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure", "figcaption")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("target").matching(false, "_blank").onElements("a")
            .allowAttributes("src").onElements("img")
            .allowAttributes("alt", "title").onElements("img", "a")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}(%|px)?")).onElements("img", "td", "th")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,2}")).onElements("td", "th")
            .allowAttributes("class").matching(EDITOR_CLASS).globally()
            .allowAttributes("spellcheck").matching(false, "false").onElements("pre")
            // colours, alignment and weight only: no display, visibility, position, size or opacity
            .allowStyling(CssSchema.withProperties(Set.of("color", "background-color", "text-align", "font-weight",
                    "font-style", "text-decoration")))
            .allowElements("iframe")
            .allowAttributes("src").matching(VIDEO_SOURCE).onElements("iframe")
            .allowAttributes("allowfullscreen").matching(false, "true", "", "allowfullscreen").onElements("iframe")
            .allowAttributes("frameborder").matching(false, "0").onElements("iframe")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("iframe")
            .toFactory();

    private RichText() {
    }

    /** The safe HTML for {@code input}: cleaned markup, or escaped plain text with its line breaks kept. */
    public static String clean(String input) {
        if (input == null || input.isBlank()) {
            return "";
        }
        String text = input.replace("\r\n", "\n").replace('\r', '\n');
        if (!MARKUP.matcher(text).find()) {
            return plainText(text);
        }
        String cleaned = POLICY.sanitize(hexColours(text));
        // an iframe whose source was refused is an empty frame: take it out altogether
        return cleaned.replaceAll("<iframe(?![^>]*\\ssrc=)[^>]*>\\s*</iframe>", "").strip();
    }

    /** True when the cleaned HTML shows nothing: no text, no image, no video. */
    public static boolean isEmpty(String html) {
        return html == null || (text(html).isBlank() && !html.contains("<img") && !html.contains("<iframe"));
    }

    /** The words of cleaned HTML, for snippets, search and summaries. */
    public static String text(String html) {
        if (html == null) {
            return "";
        }
        return org.owasp.html.Encoding.decodeHtml(html.replaceAll("<(br|/p|/div|/li|/h[1-6]|/tr|/blockquote)[^>]*>", "\n")
                        .replaceAll("<[^>]+>", ""), false)
                .replaceAll("[ \\t\\u00A0]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
    }

    /** The editor writes colours as rgb(…), which the sanitiser's narrow style schema does not take: as #rrggbb. */
    private static String hexColours(String html) {
        return RGB.matcher(html).replaceAll(m -> String.format("#%02x%02x%02x", Math.min(255, Integer.parseInt(m.group(1))),
                Math.min(255, Integer.parseInt(m.group(2))), Math.min(255, Integer.parseInt(m.group(3)))));
    }

    /** Plain text as HTML: escaped; paragraphs for blank lines, line breaks for single ones; through the policy. */
    public static String fromPlainText(String text) {
        return text == null || text.isBlank() ? "" : plainText(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]']");

    /**
     * Web addresses in escaped plain text made into links (a classroom video, a shared document): people
     * paste them into comments and messages and expect to click them. The sanitiser still checks each one.
     */
    static String linked(String escaped) {
        return WEB_ADDRESS.matcher(escaped).replaceAll(m -> "<a href=\"" + m.group() + "\" rel=\"nofollow noopener\" target=\"_blank\">"
                + m.group() + "</a>");
    }

    /** Text from a plain box (no tags): paragraphs and line breaks kept, addresses linked. HTML (from the API's rich text): sanitised. */
    public static String fromPlainOrRich(String text) {
        return text != null && text.indexOf('<') < 0 ? fromPlainText(text) : clean(text);
    }

    private static String plainText(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(linked(Html.escape(paragraph.strip())).replace("\n", "<br />")).append("</p>");
        }
        return POLICY.sanitize(html.toString());
    }
}

package th.nithet.help;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import th.nithet.platform.i18n.Languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manual as the jar carries it ({@code docs/manual} is copied to {@code th/nithet/help/manual}): chapters read once
 * per language and kept, since they cannot change while the portal runs (every node of a cluster runs the same jar).
 *
 * <p>Markdown as written for the repository, with two conventions: a heading may end in {@code {#anchor}} (the section's
 * address, as the header's help link uses it), and pictures and links are written relative to the chapter's file
 * ({@code ../images/th/teacher-ask.png}, {@code supervisor.md#answer}) so that they also work when the manual is read
 * on the repository; here they become {@code /help/images/th/teacher-ask.png} and {@code /help/supervisor#answer}.
 */
@ApplicationScoped
public class Manual {

    /** The chapters, in reading order: one to begin with, then one per role. */
    public static final List<String> CHAPTERS = List.of("start", "teacher", "supervisor", "administrator", "director");

    static final String ROOT = "/th/nithet/help/manual/";
    private static final Pattern ANCHOR = Pattern.compile("\\s*\\{#([a-z0-9-]+)}\\s*$");
    private static final Pattern PICTURE = Pattern.compile("(?:\\.\\./)?images/(th|en)/([a-z0-9-]+\\.png)");
    private static final Pattern CHAPTER_LINK = Pattern.compile("([a-z]+)\\.md(#[a-z0-9-]+)?");

    private final Map<String, List<ManualChapter>> chapters = new ConcurrentHashMap<>();

    /** Every chapter in the reader's language, in order. */
    public List<ManualChapter> chapters(Locale locale) {
        return chapters.computeIfAbsent(language(locale), language -> CHAPTERS.stream().map(slug -> read(language, slug)).toList());
    }

    public Optional<ManualChapter> chapter(String slug, Locale locale) {
        return chapters(locale).stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** A picture the manual shows, or empty for a name that is not one. */
    public Optional<byte[]> picture(String language, String name) {
        if (!language.matches("th|en") || !name.matches("[a-z0-9-]{1,60}\\.png")) {
            return Optional.empty();
        }
        try (InputStream in = Manual.class.getResourceAsStream(ROOT + "images/" + language + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String language(Locale locale) {
        return Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "th";
    }

    private ManualChapter read(String language, String slug) {
        String markdown;
        try (InputStream in = Manual.class.getResourceAsStream(ROOT + language + "/" + slug + ".md")) {
            if (in == null) {
                throw new IllegalStateException("the manual has no chapter " + language + "/" + slug + ".md: is docs/manual in the jar?");
            }
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node document = Parser.builder().build().parse(markdown);
        Map<Heading, String> anchors = new java.util.IdentityHashMap<>();
        List<ManualChapter.Section> sections = new ArrayList<>();
        String[] title = {slug};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = plainText(heading);
                if (heading.getLastChild() instanceof Text last) {
                    Matcher m = ANCHOR.matcher(last.getLiteral());
                    if (m.find()) {
                        anchors.put(heading, m.group(1));
                        last.setLiteral(last.getLiteral().substring(0, m.start()));
                        text = plainText(heading);
                        if (heading.getLevel() == 2) {
                            sections.add(new ManualChapter.Section(m.group(1), text));
                        }
                    }
                }
                if (heading.getLevel() == 1) {
                    title[0] = text;
                }
            }

            @Override
            public void visit(Image image) {
                Matcher m = PICTURE.matcher(image.getDestination());
                if (m.matches()) {
                    image.setDestination("images/" + m.group(1) + "/" + m.group(2));
                }
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                Matcher m = CHAPTER_LINK.matcher(link.getDestination());
                if (m.matches()) {
                    link.setDestination(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
                }
                visitChildren(link);
            }
        });
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true) // the manual is ours, but raw HTML in it would still bypass the page's escaping
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Heading heading && anchors.containsKey(heading)) {
                        attributes.put("id", anchors.get(heading));
                    } else if (node instanceof Image) {
                        attributes.put("loading", "lazy");
                    }
                })
                .build();
        return new ManualChapter(slug, title[0], List.copyOf(sections), document, renderer.render(document));
    }

    /** A node's text without its markup. */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak br) {
                text.append(' ');
            }
        });
        return text.toString().strip();
    }
}

package th.nithet.help;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import th.nithet.platform.files.Images;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.pdf.Align;
import th.nithet.platform.pdf.PdfBuilder;
import th.nithet.platform.pdf.TextStyle;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole manual as one PDF, set by the project's own PDF code so that Thai is shaped and wraps at word boundaries
 * as in the yearly report: a title page with the contents, then each chapter from a new page, its pictures scaled to
 * the text width. Made once per language and kept (the manual cannot change while the portal runs).
 */
@ApplicationScoped
public class ManualPdf {

    private static final float MARGIN = PdfBuilder.mm(20);
    private static final float TEXT_WIDTH = 595.28f - 2 * MARGIN;
    /** A picture never takes more than about half a page, so its explanation stays near it. */
    private static final float MAX_PICTURE_HEIGHT = 360;
    private static final TextStyle SUBHEADING = new TextStyle(18, true, Align.LEFT);

    @Inject
    Manual manual;

    private final Map<String, byte[]> made = new ConcurrentHashMap<>();

    public byte[] pdf(Locale locale) {
        return made.computeIfAbsent(Manual.language(locale), language -> build(locale, language));
    }

    private byte[] build(Locale locale, String language) {
        List<ManualChapter> chapters = manual.chapters(locale);
        String title = Messages.get(locale, "help.title");
        PdfBuilder pdf = PdfBuilder.a4Portrait().margins(MARGIN).metadata(title, Messages.get(locale, "app.name")).pageNumbers();
        pdf.space(120).title(title).paragraph(Messages.get(locale, "help.pdf.subtitle")).space(24)
                .heading(Messages.get(locale, "help.contents"));
        List<String> contents = new ArrayList<>();
        for (ManualChapter chapter : chapters) {
            contents.add(chapter.title());
        }
        pdf.numberedList(contents, false);
        for (ManualChapter chapter : chapters) {
            pdf.newPage();
            for (Node block = chapter.document().getFirstChild(); block != null; block = block.getNext()) {
                write(pdf, block, language);
            }
        }
        return pdf.toBytes();
    }

    private void write(PdfBuilder pdf, Node block, String language) {
        if (block instanceof Heading heading) {
            String text = Manual.plainText(heading);
            switch (heading.getLevel()) {
                case 1 -> pdf.title(text);
                case 2 -> pdf.space(8).heading(text);
                default -> pdf.heading(text, SUBHEADING);
            }
        } else if (block instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Image image
                && paragraph.getFirstChild() == paragraph.getLastChild()) {
            picture(pdf, image, language);
        } else if (block instanceof OrderedList list) {
            pdf.numberedList(items(list), false);
        } else if (block instanceof BulletList list) {
            for (String item : items(list)) {
                pdf.paragraph("•  " + item);
            }
        } else if (block instanceof Paragraph || block instanceof BlockQuote) {
            pdf.paragraph(Manual.plainText(block));
        }
    }

    private static List<String> items(Node list) {
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(Manual.plainText(item));
            }
        }
        return items;
    }

    private void picture(PdfBuilder pdf, Image image, String language) {
        String name = image.getDestination().substring(image.getDestination().lastIndexOf('/') + 1);
        byte[] png = manual.picture(language, name).orElse(null);
        if (png == null) {
            pdf.paragraph("[" + Manual.plainText(image) + "]");
            return;
        }
        BufferedImage picture = Images.read(png).orElseThrow(() -> new IllegalStateException("not a picture: " + name));
        float width = TEXT_WIDTH;
        float height = width * picture.getHeight() / picture.getWidth();
        if (height > MAX_PICTURE_HEIGHT) {
            width = width * MAX_PICTURE_HEIGHT / height;
            height = MAX_PICTURE_HEIGHT;
        }
        // screenshots are kept as PNG in the repository and stored in the PDF as JPEG (a fifth of the size), full size
        pdf.space(4).image(Images.fittedJpeg(picture, Math.max(picture.getWidth(), picture.getHeight())), width, height, Align.CENTER)
                .space(8);
    }
}

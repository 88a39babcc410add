package th.nithet.platform.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Turns laid-out pages into a PDF file: fonts subset and embedded, each page's content written. */
final class PdfAssembler {

    private final Map<PdfFont, FontSubset> fonts = new EnumMap<>(PdfFont.class);
    /** The same logo on every page is one image in the file. */
    private final Map<byte[], PDImageXObject> images = new IdentityHashMap<>();

    private PdfAssembler() {
    }

    static void write(List<Page> pages, String title, String author, OutputStream out) throws IOException {
        new PdfAssembler().assemble(pages, title, author, out);
    }

    private void assemble(List<Page> pages, String title, String author, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (Page page : pages) {
                for (Page.Op op : page.ops) {
                    if (op instanceof Page.Text text) {
                        subset(text.run().font()).add(text.run());
                    }
                }
            }
            for (FontSubset subset : fonts.values()) {
                subset.embed(document);
            }
            for (Page page : pages) {
                document.addPage(page(document, page));
            }
            metadata(document, title, author);
            document.save(out);
        }
    }

    private FontSubset subset(PdfFont font) throws IOException {
        FontSubset subset = fonts.get(font);
        if (subset == null) {
            subset = new FontSubset(font);
            fonts.put(font, subset);
        }
        return subset;
    }

    private PDPage page(PDDocument document, Page page) throws IOException {
        PDPage pdPage = new PDPage(new PDRectangle(page.width, page.height));
        PDResources resources = new PDResources();
        pdPage.setResources(resources);
        ContentWriter content = new ContentWriter();
        float h = page.height;
        for (Page.Op op : page.ops) {
            if (op instanceof Page.Text t) {
                text(content, resources, t, h);
            } else if (op instanceof Page.Line l) {
                content.lineWidth(l.lineWidth());
                content.line(l.x1(), h - l.y1(), l.x2(), h - l.y2());
            } else if (op instanceof Page.Rect r) {
                // state first: nothing may come between a path and the operator that paints it
                content.saveState();
                content.lineWidth(r.strokeWidth());
                if (r.fillGray() != null) {
                    content.fillGray(r.fillGray());
                }
                content.rect(r.x(), h - r.y() - r.height(), r.width(), r.height());
                if (r.fillGray() == null) {
                    content.stroke();
                } else if (r.strokeWidth() > 0) {
                    content.fillAndStroke();
                } else {
                    content.fill();
                }
                content.restoreState();
            } else if (op instanceof Page.Image i) {
                PDImageXObject image = images.get(i.bytes());
                if (image == null) {
                    image = PDImageXObject.createFromByteArray(document, i.bytes(), "image");
                    images.put(i.bytes(), image);
                }
                String name = resources.add(image).getName();
                content.image(name, i.x(), h - i.y() - i.height(), i.width(), i.height());
            } else if (op instanceof Page.Squares s) {
                for (float[] r : s.rects()) {
                    content.rect(r[0], h - r[1] - r[3], r[2], r[3]);
                }
                content.fill();
            }
        }
        pdPage.setContents(new PDStream(document, new ByteArrayInputStream(content.toByteArray()), COSName.FLATE_DECODE));
        return pdPage;
    }

    /**
     * One shaped line: glyph ids in a TJ array, each moved to where the shaper put it with a TJ adjustment
     * (the difference between where the glyph's own advance leaves the pen and where it should be), and
     * raised or lowered with Ts when the shaper moved it up or down.
     *
     * <p>The line is marked with its text as /ActualText. Thai marks have no width and hang left of their
     * position, and over ป ฝ ฟ the shaper moves them further left, so readers that rebuild text from glyph
     * positions guess wrong: PDFBox put mai ek after the next consonant (ที่ as "ที ่") or took the gap after
     * a moved mark for a space ("ปั้ น"), poppler broke lines after upper vowels. With the line's text given,
     * both read it exactly as typed. Marking each grapheme instead confused both; a whole line is the
     * smallest span that did not. Readers that ignore /ActualText still have ToUnicode, glyph by glyph in
     * the order typed.
     */
    private void text(ContentWriter content, PDResources resources, Page.Text t, float pageHeight) {
        ShapedText run = t.run();
        if (run.glyphs().length == 0) {
            return;
        }
        FontSubset subset = fonts.get(run.font());
        float size = run.size();
        content.beginText(resources.add(subset.font()).getName(), size);
        content.textOrigin(t.x(), pageHeight - t.baseline());
        content.beginActualText(run.text());
        TjArray tj = new TjArray(content);
        float pen = 0;
        float rise = 0;
        for (int i = 0; i < run.glyphs().length; i++) {
            int glyph = run.glyphs()[i];
            if (glyph >= ShapedText.INVISIBLE) {
                continue;
            }
            if (run.y()[i] != rise) {
                tj.flush();
                rise = run.y()[i];
                content.rise(rise);
            }
            tj.move((pen - run.x()[i]) * 1000 / size);
            tj.glyph(subset.code(glyph));
            pen = run.x()[i] + subset.advance(glyph) * size / 1000;
        }
        tj.flush();
        content.endMarkedContent();
        if (rise != 0) {
            content.rise(0); // Ts outlives ET
        }
        content.endText();
    }

    private static void metadata(PDDocument document, String title, String author) {
        PDDocumentInformation info = document.getDocumentInformation();
        if (title != null) {
            info.setTitle(title);
            // viewers show the title, not the file name, in their title bar
            PDViewerPreferences preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
        }
        if (author != null) {
            info.setAuthor(author);
        }
        info.setCreator("Nithet");
        info.setCreationDate(Calendar.getInstance());
        // screen readers and text extraction know the text is Thai
        document.getDocumentCatalog().setLanguage("th-TH");
    }

    /** The inside of one TJ array being built: runs of glyphs in one hex string, adjustments between. */
    private static final class TjArray {
        private final ContentWriter content;
        private final StringBuilder inside = new StringBuilder();
        private boolean inHex;

        TjArray(ContentWriter content) {
            this.content = content;
        }

        /** Moves the pen left by {@code thousandths} of the size (right when negative), as TJ does. */
        void move(float thousandths) {
            if (Math.abs(thousandths) < 0.05f) {
                return; // a twenty-thousandth of an em: nothing a reader could see
            }
            closeHex();
            inside.append(' ').append(ContentWriter.num(thousandths)).append(' ');
        }

        void glyph(int code) {
            if (!inHex) {
                inside.append('<');
                inHex = true;
            }
            inside.append(String.format("%04X", code));
        }

        void flush() {
            closeHex();
            if (inside.length() > 0) {
                content.showGlyphs(inside.toString().strip());
                inside.setLength(0);
            }
        }

        private void closeHex() {
            if (inHex) {
                inside.append('>');
                inHex = false;
            }
        }
    }
}

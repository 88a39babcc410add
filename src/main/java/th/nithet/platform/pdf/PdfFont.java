package th.nithet.platform.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two faces documents are set in: Laksaman (TLWG's metric-compatible clone of TH Sarabun New, the
 * government's standard Thai face), regular and bold. Both come from the jar, never from the server's
 * fonts, so a document looks the same wherever it is made.
 */
public enum PdfFont {
    REGULAR("/fonts/Laksaman.ttf"),
    BOLD("/fonts/Laksaman-Bold.ttf");

    static {
        // The JDK's shaper lives in AWT. A server has no display; say so before AWT first looks.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final String resource;
    private volatile Loaded loaded;

    PdfFont(String resource) {
        this.resource = resource;
    }

    /** The TrueType file as it is in the jar: PDFBox subsets it per document. */
    byte[] bytes() {
        return load().bytes;
    }

    /** The same file as an AWT font at {@code size}, for shaping. */
    Font awt(float size) {
        Font awt = load().awt;
        return awt.getSize2D() == size ? awt : awt.deriveFont(size);
    }

    /** Height above the baseline that the face reserves, as a fraction of the size (1.279 for Laksaman). */
    float ascent() {
        return load().ascent;
    }

    /** Depth below the baseline that the face reserves, as a fraction of the size. */
    float descent() {
        return load().descent;
    }

    /** The glyph the font's cmap gives a character, before any of its rules: 0 when it has none. */
    int cmapGlyph(char c) {
        return load().cmap.computeIfAbsent(c,
                k -> load().awt.createGlyphVector(Shaper.FRC, new char[]{k}).getGlyphCode(0));
    }

    private Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = read();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private Loaded read() {
        try (InputStream in = PdfFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            // kept at the size the shaper works at, so that it need not derive one for every line
            Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)).deriveFont(Shaper.SHAPING_SIZE);
            // the font's own ascent and descent: room for a tone mark on an upper vowel and for ฤ ฎ ฏ's tails
            LineMetrics metrics = awt.getLineMetrics("ก", new FontRenderContext(null, false, true));
            return new Loaded(bytes, awt, metrics.getAscent() / Shaper.SHAPING_SIZE,
                    metrics.getDescent() / Shaper.SHAPING_SIZE, new ConcurrentHashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + resource, e);
        }
    }

    private record Loaded(byte[] bytes, Font awt, float ascent, float descent, Map<Character, Integer> cmap) {
    }
}

package th.nithet.platform.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The glyphs one document uses from one face, embedded as a subset with a ToUnicode map that gives each
 * glyph the character it was drawn for (whole lines also carry /ActualText: see {@link PdfAssembler}).
 *
 * <p>We subset ourselves (fontbox's TTFSubsetter, as PDFBox does inside) rather than let PDFBox do it at
 * save time, for two reasons: PDFBox's ToUnicode map only knows glyphs that a character maps to, so the
 * glyphs the font's rules substitute (ญ without its tail, lowered tone marks) would copy as nothing; and
 * it is built during save, too late to replace. Subsetting first, we load the subset into PDFBox as a
 * whole font (Type0, Identity-H, so a code in the content is a glyph id of the subset) and put our own
 * ToUnicode in its place.
 */
final class FontSubset {

    /**
     * The tables a PDF needs from a TrueType font (no GSUB or GPOS: the text is shaped already), plus those
     * PDFBox needs to load the subset back as a font: cmap, name, OS/2 (embedding rights) and post.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "cmap", "name", "OS/2", "post");

    private final TrueTypeFont ttf;
    private final float unitsPerEm;
    private final Set<Integer> glyphs = new TreeSet<>();
    private final Set<Integer> codePoints = new LinkedHashSet<>();
    /** Original glyph id to the text it stands for, first use wins. */
    private final Map<Integer, String> unicode = new HashMap<>();
    private final Map<Integer, Float> advances = new HashMap<>();
    private Map<Integer, Integer> newIds;
    private PDType0Font font;

    FontSubset(PdfFont face) throws IOException {
        this.ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
        this.unitsPerEm = ttf.getUnitsPerEm();
    }

    /** Records a run's glyphs and, where it is clear, what text each glyph stands for. */
    void add(ShapedText run) {
        run.text().codePoints().forEach(codePoints::add);
        for (ShapedText.Cluster cluster : run.clusters()) {
            for (int i = cluster.firstGlyph(); i < cluster.endGlyph(); i++) {
                int glyph = run.glyphs()[i];
                if (glyph >= ShapedText.INVISIBLE) {
                    continue;
                }
                glyphs.add(glyph);
                String text = cluster.glyphText()[i - cluster.firstGlyph()];
                if (text != null) {
                    unicode.putIfAbsent(glyph, text);
                }
            }
        }
    }

    /** The glyph's width in the PDF's /W array, in thousandths of the size: where TJ leaves the pen after it. */
    float advance(int glyph) {
        return advances.get(glyph);
    }

    /** The glyph's id in the subset, which is its code in the content stream. */
    int code(int glyph) {
        return newIds.get(glyph);
    }

    /** Subsets, embeds and maps back to Unicode. Call once, after every run was added. */
    PDType0Font embed(PDDocument document) throws IOException {
        // a glyph that only a substitution reaches still has a character to fall back on: its cmap entry
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        for (int glyph : glyphs) {
            if (!unicode.containsKey(glyph)) {
                List<Integer> chars = cmap.getCharCodes(glyph);
                if (chars != null && !chars.isEmpty()) {
                    unicode.put(glyph, new String(Character.toChars(chars.get(0))));
                }
            }
        }
        codePoints.add((int) ' '); // so the subset always has a cmap, which PDFBox requires of a font

        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addAll(codePoints);
        subsetter.addGlyphIds(glyphs);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        newIds = new HashMap<>();
        newToOld.forEach((newId, oldId) -> newIds.put(oldId, newId));
        subsetter.setPrefix(tag(newToOld) + "+"); // PDF's mark of a subset: six capitals and a plus
        ByteArrayOutputStream subsetBytes = new ByteArrayOutputStream();
        subsetter.writeToStream(subsetBytes);
        for (int glyph : glyphs) {
            advances.put(glyph, ttf.getAdvanceWidth(glyph) * 1000f / unitsPerEm);
        }
        ttf.close();

        font = PDType0Font.load(document, new ByteArrayInputStream(subsetBytes.toByteArray()), false);
        font.getCOSObject().setItem(COSName.TO_UNICODE,
                new PDStream(document, new ByteArrayInputStream(toUnicode()), COSName.FLATE_DECODE));
        return font;
    }

    PDType0Font font() {
        return font;
    }

    /** The ToUnicode CMap: subset glyph id to text (PDF 32000, 9.10.3), at most 100 entries a block. */
    private byte[] toUnicode() {
        Map<Integer, String> byCode = new LinkedHashMap<>();
        for (int glyph : glyphs) {
            String text = unicode.get(glyph);
            if (text != null && !text.isEmpty()) {
                byCode.put(newIds.get(glyph), text);
            }
        }
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries = List.copyOf(byCode.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(from + 100, entries.size()));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                cmap.append(String.format("<%04X> ", e.getKey()));
                String utf16 = ContentWriter.textString(e.getValue());
                cmap.append('<').append(utf16, 5, utf16.length()).append('\n'); // without the FEFF mark
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """);
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Six capitals from the glyph set, the same for the same subset (reproducible files). */
    private static String tag(Map<Integer, Integer> newToOld) {
        long hash = new TreeSet<>(newToOld.values()).hashCode() & 0xFFFFFFFFL;
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.toString();
    }
}

package th.nithet.platform.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A certificate (เกียรติบัตร): one landscape A4 page in a double frame, large centred lines set in the
 * middle of the page, signatures under them, and a QR code with the verification link in the bottom right
 * corner.
 *
 * <pre>{@code
 * byte[] pdf = Certificate.create()
 *         .line("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑", 22, true)
 *         .line("เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า", 20, false)
 *         .line("นางสาวสมศรี ใจงาม", 36, true)
 *         .line("ได้ผ่านการอบรมหลักสูตรการนิเทศภายในสถานศึกษา", 20, false)
 *         .signatures(Signature.of("นายสมชาย ใจดี", "ผู้อำนวยการ"))
 *         .verification("https://nithet.example/v/AB12CD", "ตรวจสอบเกียรติบัตร")
 *         .toBytes();
 * }</pre>
 */
public final class Certificate {

    private static final float QR_SIZE = 84;

    private final List<Line> lines = new ArrayList<>();
    private Signature[] signatures = new Signature[0];
    private String verificationUrl;
    private String verificationCaption;
    private byte[] logo;
    private float logoSize;
    private String title;
    private String author;

    private Certificate() {
    }

    public static Certificate create() {
        return new Certificate();
    }

    /** A centred line (wrapped if it is too long) of {@code size} points. */
    public Certificate line(String text, float size, boolean bold) {
        lines.add(new Line(text, new TextStyle(size, bold, Align.CENTER)));
        return this;
    }

    /** An emblem or logo (PNG), {@code size} points square, centred above the lines. */
    public Certificate logo(byte[] png, float size) {
        this.logo = png;
        this.logoSize = size;
        return this;
    }

    public Certificate signatures(Signature... signatures) {
        this.signatures = signatures.clone();
        return this;
    }

    /** A QR code of {@code url} in the bottom right corner, with a small caption (and the link) under it. */
    public Certificate verification(String url, String caption) {
        this.verificationUrl = url;
        this.verificationCaption = caption;
        return this;
    }

    public Certificate metadata(String title, String author) {
        this.title = title;
        this.author = author;
        return this;
    }

    public byte[] toBytes() {
        return build().toBytes();
    }

    public void writeTo(java.io.OutputStream out) {
        build().writeTo(out);
    }

    private PdfBuilder build() {
        float frame = PdfBuilder.mm(10);
        PdfBuilder pdf = PdfBuilder.a4Landscape()
                .margins(PdfBuilder.mm(22), PdfBuilder.mm(30), PdfBuilder.mm(22), PdfBuilder.mm(30))
                .border(frame, 2.5f)
                .border(frame + 5, 0.75f)
                .lineSpacing(0.9f)
                .metadata(title, author);

        // the block is centred on the page as a whole: measure it first
        float gap = 12;
        float height = logo == null ? 0 : logoSize + gap;
        for (Line line : lines) {
            height += pdf.height(line.text(), line.style());
        }
        if (signatures.length > 0) {
            height += gap * 2 + pdf.signatureHeight();
        }
        pdf.space(Math.max(0, (pdf.contentHeight() - height) / 2));

        if (logo != null) {
            pdf.image(logo, logoSize, logoSize, Align.CENTER).space(gap);
        }
        for (Line line : lines) {
            pdf.text(line.text(), line.style());
        }
        if (signatures.length > 0) {
            pdf.space(gap * 2).signatures(signatures);
        }
        if (verificationUrl != null) {
            // bottom right, inside the inner frame: the caption's last line 8 pt above it, the QR code above that
            TextStyle small = new TextStyle(10, false, Align.RIGHT);
            String caption = verificationCaption == null ? verificationUrl : verificationCaption + "\n" + verificationUrl;
            float captionWidth = 220;
            float inside = frame + 5 + 8;
            float captionHeight = pdf.lines(caption, small, captionWidth) * pdf.lineHeight(small);
            float right = pdf.pageWidth() - inside;
            float captionTop = pdf.pageHeight() - inside - captionHeight;
            pdf.qrCodeAt(verificationUrl, right - QR_SIZE, captionTop - QR_SIZE, QR_SIZE);
            // the QR code's quiet zone is white already: the caption may come up to it
            pdf.textAt(caption, small, right - captionWidth, captionTop, captionWidth);
        }
        return pdf;
    }

    private record Line(String text, TextStyle style) {
    }
}

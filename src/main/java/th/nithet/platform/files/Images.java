package th.nithet.platform.files;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Pictures people upload, decoded and drawn anew: whatever the file carried besides pixels
 * (EXIF with its GPS position, scripts in a polyglot file) does not survive re-encoding.
 */
public final class Images {

    /** Larger images are refused before decoding: a small file can claim billions of pixels. */
    public static final long MAX_PIXELS = 40_000_000L;

    private Images() {
    }

    /** The decoded image; empty when the bytes are not an image Java can read or claim too many pixels. */
    public static Optional<BufferedImage> read(byte[] bytes) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.ofNullable(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The middle square of the image, {@code side} pixels wide, as JPEG. */
    public static byte[] squareJpeg(BufferedImage image, int side) {
        int square = Math.min(image.getWidth(), image.getHeight());
        BufferedImage middle = image.getSubimage((image.getWidth() - square) / 2, (image.getHeight() - square) / 2, square, square);
        return jpeg(middle, side, side);
    }

    /** The whole image, its longer side at most {@code maxSide} pixels (never enlarged), as JPEG. */
    public static byte[] fittedJpeg(BufferedImage image, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        return jpeg(image, Math.max(1, (int) Math.round(image.getWidth() * scale)),
                Math.max(1, (int) Math.round(image.getHeight() * scale)));
    }

    private static byte[] jpeg(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(out, "jpg", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package th.nithet.people;

import th.nithet.platform.rules.RuleViolation;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Turns an uploaded picture into the portal's own JPEG: decoded by content (whatever its name
 * says), cropped to a square, scaled to {@value #SIZE} px and encoded anew, which leaves every
 * byte of the original behind — EXIF with its GPS position included.
 */
public final class ProfilePhotos {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    public static final int SIZE = 320;
    private static final int MAX_PIXELS = 40_000_000;

    private ProfilePhotos() {
    }

    public static byte[] normalise(byte[] upload) {
        RuleViolation.require(upload != null && upload.length > 0, "photo.empty");
        RuleViolation.require(upload.length <= MAX_UPLOAD_BYTES, "photo.tooBig", MAX_UPLOAD_BYTES / (1024 * 1024));
        BufferedImage image;
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(input);
            RuleViolation.require(readers.hasNext(), "photo.notImage");
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // refuse decompression bombs before decoding them
                RuleViolation.require((long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS, "photo.tooLarge");
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation("photo.notImage");
        }
        int side = Math.min(image.getWidth(), image.getHeight());
        BufferedImage square = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
        BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, SIZE, SIZE);
            g.drawImage(square, 0, 0, SIZE, SIZE, null);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(out, "jpg", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package th.nithet.people;

import th.nithet.platform.files.Images;
import th.nithet.platform.rules.RuleViolation;

import java.awt.image.BufferedImage;

/**
 * Turns an uploaded picture into the portal's own JPEG: decoded by content (whatever its name
 * says), cropped to a square, scaled to {@value #SIZE} px and encoded anew, which leaves every
 * byte of the original behind — EXIF with its GPS position included.
 */
public final class ProfilePhotos {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    public static final int SIZE = 320;

    private ProfilePhotos() {
    }

    public static byte[] normalise(byte[] upload) {
        RuleViolation.require(upload != null && upload.length > 0, "photo.empty");
        RuleViolation.require(upload.length <= MAX_UPLOAD_BYTES, "photo.tooBig", MAX_UPLOAD_BYTES / (1024 * 1024));
        BufferedImage image = Images.read(upload).orElseThrow(() -> new RuleViolation("photo.notImage"));
        return Images.squareJpeg(image, SIZE);
    }
}

package th.nithet.platform.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * QR codes drawn as vector squares rather than a picture: sharp at any zoom or print resolution, and a
 * few hundred bytes. zxing only computes which modules are dark.
 */
final class QrCodes {

    /** The quiet zone the standard asks for around the code, in modules. */
    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * The dark modules of {@code content}'s QR code in a square of {@code size} points at x, y (top-left,
     * y down), quiet zone included. Each row's run of dark modules is one rectangle.
     */
    static Page.Squares squares(String content, float x, float y, float size) {
        BitMatrix matrix;
        try {
            // level M: about 15% of the code can be damaged (a fold, a stamp) and it still reads
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8",
                            EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + content.length() + " characters", e);
        }
        int modules = matrix.getWidth();
        float module = size / (modules + 2 * QUIET_ZONE);
        float left = x + QUIET_ZONE * module;
        float top = y + QUIET_ZONE * module;
        List<float[]> rects = new ArrayList<>();
        for (int row = 0; row < modules; row++) {
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                rects.add(new float[]{left + start * module, top + row * module, (col - start) * module, module});
            }
        }
        return new Page.Squares(rects);
    }
}

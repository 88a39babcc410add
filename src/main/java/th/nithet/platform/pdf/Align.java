package th.nithet.platform.pdf;

/** Where a line sits between its left and right edges. Thai text is not justified: see docs/pdf.md. */
public enum Align {
    LEFT, CENTER, RIGHT;

    /** The x of a line {@code width} wide in a box from {@code left}, {@code boxWidth} wide. */
    float x(float left, float boxWidth, float width) {
        return switch (this) {
            case LEFT -> left;
            case CENTER -> left + (boxWidth - width) / 2;
            case RIGHT -> left + boxWidth - width;
        };
    }
}

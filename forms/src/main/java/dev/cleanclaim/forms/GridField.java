package dev.cleanclaim.forms;

/**
 * Where one data field prints on the CMS-1500 print grid (10 characters per inch, 6 lines per inch).
 *
 * @param line         1 at the top edge of the page
 * @param column       1 at the left edge of the grid
 * @param width        in characters at the form's 10 pitch
 * @param rightAligned money is right-aligned against the dollars/cents rule of the form
 * @param shrinks      a longer value prints in a smaller type so all of it stays in the box (a name or an address
 *                     must not lose its end); otherwise it is cut at the box edge, never spilled into the next box
 */
record GridField(String name, int line, int column, int width, boolean rightAligned, boolean shrinks) {

    /** The smallest type a shrinking field goes down to: still read by a payer's OCR, still readable by a person. */
    static final float SMALLEST_SIZE = 7;

    /**
     * The value as it must print: cut to the box (or to what the smallest type fits), padded when right-aligned.
     * Money (right-aligned) is never cut, since a cut amount is a wrong amount: one too long for its columns prints
     * whole in a smaller type.
     */
    String fit(String value) {
        if (rightAligned && value.length() > width) {
            return value;
        }
        int room = shrinks ? (int) Math.floor(width * Cms1500Pdf.DATA_SIZE / SMALLEST_SIZE) : width;
        String text = value.length() > room ? value.substring(0, room) : value;
        return rightAligned ? " ".repeat(Math.max(0, width - text.length())) + text : text;
    }

    /** The Courier size that puts {@code text} (already fitted) inside the box: the form's 12 point when it fits. */
    float size(String text) {
        if (text.length() <= width) {
            return Cms1500Pdf.DATA_SIZE;
        }
        // A quarter column short of the box, so the last letter does not touch the box's edge.
        float fits = Cms1500Pdf.DATA_SIZE * (width - 0.25f) / text.length();
        return rightAligned ? fits : Math.max(SMALLEST_SIZE, fits);
    }

    GridField onServiceLine(int serviceLine) {
        return new GridField(name, line + (serviceLine - 1) * Cms1500Layout.SERVICE_LINE_PITCH, column, width,
                rightAligned, shrinks);
    }
}

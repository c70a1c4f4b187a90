package dev.cleanclaim.forms;

/**
 * Where one data field prints on the CMS-1500 print grid (10 characters per inch, 6 lines per inch).
 *
 * @param line         1 at the top edge of the page
 * @param column       1 at the left edge of the grid
 * @param width        in characters; longer values are cut, never spilled into the next box
 * @param rightAligned money is right-aligned against the dollars/cents rule of the form
 */
record GridField(String name, int line, int column, int width, boolean rightAligned) {

    /** The value as it must print: upper case, cut to the box, padded when right-aligned. */
    String fit(String value) {
        String text = value.length() > width ? value.substring(0, width) : value;
        return rightAligned ? " ".repeat(width - text.length()) + text : text;
    }

    GridField onServiceLine(int serviceLine) {
        return new GridField(name, line + (serviceLine - 1) * Cms1500Layout.SERVICE_LINE_PITCH, column, width, rightAligned);
    }
}

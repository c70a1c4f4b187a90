package dev.cleanclaim.forms;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.IOException;

/**
 * Draws the CMS-1500's boxes, captions, check boxes with their labels and the dollars|cents rules in form red, for
 * the full (non pre-printed) form. Every box is drawn, filled or not, so the page reads as the form a payer knows.
 */
final class DrawnForm {

    private static final float CAPTION_SIZE = 5.5f;
    private static final float LABEL_SIZE = 6f;
    private static final String PIECES = " \\| ";

    private final Cms1500Layout layout;
    private final PDType1Font font;

    DrawnForm(Cms1500Layout layout, PDType1Font font) {
        this.layout = layout;
        this.font = font;
    }

    void draw(PDPageContentStream content, int page, int pages) throws IOException {
        content.setStrokingColor(Cms1500Pdf.formRed());
        content.setNonStrokingColor(Cms1500Pdf.formRed());
        content.setLineWidth(0.5f);
        text(content, "HEALTH INSURANCE CLAIM FORM", Cms1500Pdf.x(1), Cms1500Pdf.baseline(5), 11);
        text(content, "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12", Cms1500Pdf.x(1),
                Cms1500Pdf.baseline(6), 6);
        if (pages > 1) {
            text(content, "PAGE " + page + " OF " + pages, Cms1500Pdf.x(30), Cms1500Pdf.baseline(6), 8);
        }
        for (GridBox box : layout.boxes()) {
            box(content, box);
        }
        // The service-line area: a rule under the shaded supplemental row above each of the six lines.
        for (int row = 0; row < Cms1500Layout.SERVICE_LINES_PER_PAGE; row++) {
            float y = (float) (Cms1500Layout.PAGE_HEIGHT - (43 + row * 2) * Cms1500Layout.POINTS_PER_LINE);
            content.moveTo(Cms1500Pdf.x(1), y);
            content.lineTo(Cms1500Pdf.x(80), y);
            content.stroke();
        }
        centsRules(content);
        for (CheckBox check : layout.checks()) {
            check(content, check);
        }
    }

    private void box(PDPageContentStream content, GridBox box) throws IOException {
        float left = Cms1500Pdf.x(box.column());
        float top = top(box.line());
        float width = (float) (box.columns() * Cms1500Layout.POINTS_PER_COLUMN);
        float height = (float) (box.lines() * Cms1500Layout.POINTS_PER_LINE);
        content.addRect(left, top - height, width, height);
        content.stroke();
        String[] pieces = box.caption().split(PIECES);
        caption(content, pieces[0], left, top, width);
        for (int i = 1; i < pieces.length; i++) {
            // "LINE/COLUMN TEXT": a small label inside the box, at the top of one of its lines.
            String[] placed = pieces[i].split(" ", 2);
            String[] at = placed[0].split("/");
            int line = box.line() + Integer.parseInt(at[0]) - 1;
            int column = Integer.parseInt(at[1]);
            float room = Cms1500Pdf.x(box.column() + box.columns()) - Cms1500Pdf.x(column);
            caption(content, placed[1], Cms1500Pdf.x(column), top(line), room);
        }
    }

    /** A caption at the top left of its place, in a smaller size when the words are wider than the room. */
    private void caption(PDPageContentStream content, String words, float left, float top, float room)
            throws IOException {
        float size = CAPTION_SIZE;
        float wide = Pdfs.width(words, font, size);
        if (wide > room - 3) {
            size = size * (room - 3) / wide;
        }
        text(content, words, left + 1.5f, top - CAPTION_SIZE - 0.5f, size);
    }

    /**
     * The form's dotted rule between dollars and cents, in the empty column left of each cents field, so 70.00 reads
     * {@code 70 | 00} and never {@code 7000}.
     */
    private void centsRules(PDPageContentStream content) throws IOException {
        content.setLineDashPattern(new float[]{1f, 1f}, 0);
        for (GridField cents : layout.centsFields()) {
            boolean serviceLine = cents.name().startsWith("24.");
            int rows = serviceLine ? Cms1500Layout.SERVICE_LINES_PER_PAGE : 1;
            for (int row = 1; row <= rows; row++) {
                GridField placed = serviceLine ? cents.onServiceLine(row) : cents;
                float x = (float) (Cms1500Pdf.x(placed.column()) - Cms1500Layout.POINTS_PER_COLUMN / 2);
                float top = top(placed.line());
                content.moveTo(x, top);
                content.lineTo(x, (float) (top - Cms1500Layout.POINTS_PER_LINE));
                content.stroke();
            }
        }
        content.setLineDashPattern(new float[0], 0);
    }

    /** A square around the check field's cell, where the data's X prints, and its label beside or above it. */
    private void check(PDPageContentStream content, CheckBox check) throws IOException {
        GridField field = layout.field(check.field()).orElseThrow();
        float left = Cms1500Pdf.x(field.column());
        float bottom = Cms1500Pdf.baseline(field.line()) - 1.5f;
        float side = (float) Cms1500Layout.POINTS_PER_COLUMN;
        content.addRect(left, bottom, side, side + 1);
        content.stroke();
        float size = LABEL_SIZE;
        float wide = Pdfs.width(check.label(), font, size);
        float room = room(check, field);
        if (wide > room) {
            size = size * room / wide;
            wide = room;
        }
        float labelBaseline = bottom + 1.5f;
        switch (check.side()) {
            case LEFT -> text(content, check.label(), left - 1.5f - wide, labelBaseline, size);
            case RIGHT -> text(content, check.label(), left + side + 1.5f, labelBaseline, size);
            case ABOVE -> text(content, check.label(), left + (side - wide) / 2, bottom + side + 2.5f, size);
        }
    }

    /**
     * How wide a check box's label may be: up to the next check box on its line (the form's labels never run into
     * the next box), or six columns where there is none.
     */
    private float room(CheckBox check, GridField field) {
        int free = 6;
        for (CheckBox other : layout.checks()) {
            GridField next = layout.field(other.field()).orElseThrow();
            if (next.line() != field.line() || other == check) {
                continue;
            }
            if (check.side() == CheckBox.Side.RIGHT && next.column() > field.column()) {
                free = Math.min(free, next.column() - field.column() - 1);
            } else if (check.side() == CheckBox.Side.LEFT && next.column() < field.column()) {
                free = Math.min(free, field.column() - next.column() - 1);
            } else if (check.side() == CheckBox.Side.ABOVE) {
                free = Math.min(free, Math.abs(next.column() - field.column()));
            }
        }
        if (check.side() == CheckBox.Side.RIGHT) {
            // Nor out of its box: OTHER, the last plan type of box 1, stops at the edge of box 1a.
            for (GridBox box : layout.boxes()) {
                if (box.line() <= field.line() && field.line() < box.line() + box.lines()
                        && box.column() <= field.column() && field.column() < box.column() + box.columns()) {
                    free = Math.min(free, box.column() + box.columns() - field.column() - 1);
                }
            }
        }
        return (float) (free * Cms1500Layout.POINTS_PER_COLUMN - 3);
    }

    private static float top(int line) {
        return (float) (Cms1500Layout.PAGE_HEIGHT - (line - 1) * Cms1500Layout.POINTS_PER_LINE);
    }

    private void text(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(Pdfs.printable(text, font));
        content.endText();
    }
}

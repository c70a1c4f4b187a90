package dev.cleanclaim.forms;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.IOException;

/** Draws the CMS-1500's boxes, captions and title in form red, for the full (non pre-printed) form. */
final class DrawnForm {

    private static final float CAPTION_SIZE = 5.5f;

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
        caption(content, "HEALTH INSURANCE CLAIM FORM", 1, 5, 11);
        caption(content, "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12", 1, 6, 6);
        if (pages > 1) {
            caption(content, "PAGE " + page + " OF " + pages, 30, 6, 8);
        }
        for (GridBox box : layout.boxes()) {
            float left = Cms1500Pdf.x(box.column());
            float top = (float) (Cms1500Layout.PAGE_HEIGHT - (box.line() - 1) * Cms1500Layout.POINTS_PER_LINE);
            float width = (float) (box.columns() * Cms1500Layout.POINTS_PER_COLUMN);
            float height = (float) (box.lines() * Cms1500Layout.POINTS_PER_LINE);
            content.addRect(left, top - height, width, height);
            content.stroke();
            content.beginText();
            content.setFont(font, CAPTION_SIZE);
            content.newLineAtOffset(left + 1.5f, top - CAPTION_SIZE - 0.5f);
            content.showText(box.caption());
            content.endText();
        }
        // The service-line area: shaded supplemental rows above each of the six lines.
        for (int row = 0; row < Cms1500Layout.SERVICE_LINES_PER_PAGE; row++) {
            float y = (float) (Cms1500Layout.PAGE_HEIGHT - (43 + row * 2) * Cms1500Layout.POINTS_PER_LINE);
            content.addRect(Cms1500Pdf.x(1), y, (float) (79 * Cms1500Layout.POINTS_PER_COLUMN), 0.01f);
            content.stroke();
        }
    }

    private void caption(PDPageContentStream content, String text, int column, int line, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(Cms1500Pdf.x(column), Cms1500Pdf.baseline(line));
        content.showText(text);
        content.endText();
    }
}

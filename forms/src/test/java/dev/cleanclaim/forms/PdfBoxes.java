package dev.cleanclaim.forms;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import java.awt.geom.Rectangle2D;
import java.io.IOException;

/** Reads text back from a rendered CMS-1500: what is printed inside one field's place on one page. */
final class PdfBoxes implements AutoCloseable {

    private final PDDocument document;
    private final Cms1500Layout layout = Cms1500Layout.builtIn();

    PdfBoxes(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** The text inside a field's grid cell (a little taller than the line, so nothing is missed by rounding). */
    String field(int page, String name) throws IOException {
        GridField field = layout.field(name).orElseThrow();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        double x = Cms1500Layout.LEFT_MARGIN + (field.column() - 1) * Cms1500Layout.POINTS_PER_COLUMN - 1;
        double y = (field.line() - 1) * Cms1500Layout.POINTS_PER_LINE + 1;
        stripper.addRegion(name, new Rectangle2D.Double(x, y, field.width() * Cms1500Layout.POINTS_PER_COLUMN,
                Cms1500Layout.POINTS_PER_LINE - 2));
        stripper.extractRegions(document.getPage(page - 1));
        return stripper.getTextForRegion(name).strip();
    }

    String allText() throws IOException {
        return new PDFTextStripper().getText(document);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

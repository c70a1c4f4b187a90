package dev.cleanclaim.forms;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads text back from a rendered CMS-1500: what is printed inside one field's place, or one box, on one page. */
final class PdfBoxes implements AutoCloseable {

    private final PDDocument document;
    private final Cms1500Layout layout = Cms1500Layout.builtIn();

    PdfBoxes(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /**
     * The text printed on a field's grid cell. Only text standing on the lower part of the line is read: data sits
     * on a baseline near the bottom of its line, while the drawn form's captions and labels stand near the top.
     */
    String field(int page, String name) throws IOException {
        GridField field = layout.field(name).orElseThrow();
        return area(page, field.line(), field.column(), 1, field.width());
    }

    /**
     * The data printed on a stretch of the grid, line by line: {@code lines} lines from {@code line}, {@code columns}
     * columns from {@code column}; lines with nothing on them are left out.
     */
    String area(int page, int line, int column, int lines, int columns) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        double x = Cms1500Layout.LEFT_MARGIN + (column - 1) * Cms1500Layout.POINTS_PER_COLUMN - 1;
        for (int i = 0; i < lines; i++) {
            double y = (line + i - 1) * Cms1500Layout.POINTS_PER_LINE + 7;
            stripper.addRegion("line" + i, new Rectangle2D.Double(x, y, columns * Cms1500Layout.POINTS_PER_COLUMN, 5));
        }
        stripper.extractRegions(document.getPage(page - 1));
        List<String> read = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String text = stripper.getTextForRegion("line" + i).strip();
            if (!text.isEmpty()) {
                read.add(text);
            }
        }
        return String.join("\n", read);
    }

    /** All text in a drawn box, captions and labels with the data, the box named by the start of its caption. */
    String box(int page, String caption) throws IOException {
        GridBox box = layout.boxes().stream().filter(candidate -> candidate.caption().startsWith(caption)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no box captioned " + caption));
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        stripper.addRegion("box", new Rectangle2D.Double(
                Cms1500Layout.LEFT_MARGIN + (box.column() - 1) * Cms1500Layout.POINTS_PER_COLUMN,
                (box.line() - 1) * Cms1500Layout.POINTS_PER_LINE,
                box.columns() * Cms1500Layout.POINTS_PER_COLUMN, box.lines() * Cms1500Layout.POINTS_PER_LINE));
        stripper.extractRegions(document.getPage(page - 1));
        return stripper.getTextForRegion("box").strip();
    }

    String allText() throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** Renders a page as a PNG under target/, to look at: what a person printing the form will see. */
    Path png(int page, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page - 1, 110, ImageType.RGB), "png", file.toFile());
        return file;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

package dev.cleanclaim.forms;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter-size document written top to bottom: headings, wrapped paragraphs and table rows, with a new page when
 * the current one is full. The superbill and the letter of medical necessity are written with it.
 */
final class TextDocument implements AutoCloseable {

    static final float MARGIN = 54;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    void newPage() {
        try {
            closeContent();
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void title(String text) {
        line(text, bold, 16, MARGIN);
        space(6);
    }

    void heading(String text) {
        space(6);
        line(text, bold, 11, MARGIN);
    }

    void text(String text) {
        for (String wrapped : wrap(text, 10, WIDTH)) {
            line(wrapped, regular, 10, MARGIN);
        }
    }

    /** One table row: each cell starts at its x offset from the left margin; bold for header rows. */
    void row(boolean header, float[] offsets, String... cells) {
        ensureRoom(14);
        for (int i = 0; i < cells.length; i++) {
            write(cells[i], header ? bold : regular, 9.5f, MARGIN + offsets[i], y - 12);
        }
        y -= 14;
    }

    /**
     * A table row whose cells wrap within their columns (each column ends where the next begins, the last at the
     * right margin), so a long description prints whole on as many lines as it needs instead of being cut.
     */
    void wrappedRow(float[] offsets, String... cells) {
        List<List<String>> wrapped = new ArrayList<>(cells.length);
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            float end = i + 1 < offsets.length ? offsets[i + 1] : WIDTH;
            List<String> cell = wrap(cells[i], 9.5f, end - offsets[i] - 6);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        ensureRoom(12 * lines + 2);
        for (int i = 0; i < cells.length; i++) {
            List<String> cell = wrapped.get(i);
            for (int line = 0; line < cell.size(); line++) {
                write(cell.get(line), regular, 9.5f, MARGIN + offsets[i], y - 12 - 12 * line);
            }
        }
        y -= 12 * lines + 2;
    }

    void space(float points) {
        y -= points;
    }

    byte[] toBytes() {
        try {
            closeContent();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String text, PDType1Font font, float size, float x) {
        ensureRoom(size + 4);
        write(text, font, size, x, y - size);
        y -= size + 4;
    }

    private void write(String text, PDType1Font font, float size, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(Pdfs.printable(text, font));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureRoom(float height) {
        if (content == null || y - height < MARGIN) {
            newPage();
        }
    }

    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (Pdfs.width(candidate, regular, size) > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}

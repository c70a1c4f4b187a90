package dev.cleanclaim.forms;

import dev.cleanclaim.core.submission.ClaimPacket;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Prints claims on the CMS-1500 (02/12). {@link Mode#RED_FORM} prints data only, in 10-pitch Courier upper case
 * at the NUCC grid positions, for the pre-printed red OCR form Medicare requires; {@link Mode#FULL_FORM} also draws
 * the boxes, captions and labelled check boxes, for records and email. Each claim starts on a new page; six service
 * lines a page. A value longer than its box is cut at the box edge, except where cutting would mislead: a name or
 * address in boxes 32 and 33, and any amount, print whole in a smaller Courier inside the box.
 */
public final class Cms1500Pdf {

    public enum Mode { RED_FORM, FULL_FORM }

    /** The form's drop-out red: scanners ignore it and read only the black data. */
    private static final Color FORM_RED = new Color(0xC8, 0x1E, 0x1E);
    static final float DATA_SIZE = 12;

    private final Cms1500Layout layout;

    public Cms1500Pdf(Cms1500Layout layout) {
        this.layout = layout;
    }

    public byte[] render(List<ClaimPacket> packets, Mode mode, LocalDate signedOn) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (ClaimPacket packet : packets) {
                List<Map<String, String>> pages = Cms1500Fields.pages(packet, signedOn);
                for (int i = 0; i < pages.size(); i++) {
                    PDPage page = new PDPage(PDRectangle.LETTER);
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        if (mode == Mode.FULL_FORM) {
                            new DrawnForm(layout, helvetica).draw(content, i + 1, pages.size());
                        }
                        writeFields(content, courier, pages.get(i));
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeFields(PDPageContentStream content, PDType1Font courier, Map<String, String> fields)
            throws IOException {
        content.setNonStrokingColor(Color.BLACK);
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            GridField field = layout.field(entry.getKey()).orElseThrow(() ->
                    new IllegalStateException("the CMS-1500 layout has no field " + entry.getKey()));
            String text = field.fit(entry.getValue());
            if (text.isBlank()) {
                continue;
            }
            content.beginText();
            content.setFont(courier, field.size(text));
            content.newLineAtOffset(x(field.column()), baseline(field.line()));
            content.showText(Pdfs.printable(text, courier));
            content.endText();
        }
    }

    static float x(int column) {
        return (float) (Cms1500Layout.LEFT_MARGIN + (column - 1) * Cms1500Layout.POINTS_PER_COLUMN);
    }

    /** Text sits on a baseline a little above the bottom of its grid line, so descenders stay in the line. */
    static float baseline(int line) {
        return (float) (Cms1500Layout.PAGE_HEIGHT - line * Cms1500Layout.POINTS_PER_LINE + 2.5);
    }

    static Color formRed() {
        return FORM_RED;
    }
}

package dev.cleanclaim.forms;

import org.apache.pdfbox.pdmodel.font.PDType1Font;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Text the standard PDF fonts can show: characters outside their encoding become '?' instead of failing the file. */
final class Pdfs {

    private Pdfs() {
    }

    static String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            out.append(canShow(font, character) ? character : "?");
        });
        return out.toString();
    }

    private static boolean canShow(PDType1Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(printable(text, font)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

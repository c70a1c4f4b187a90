package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.AcknowledgmentFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The acknowledgment fixtures under src/test/resources/dev/cleanclaim/x12/ack, read whole or changed first. */
final class AckFixtures {

    static final AcknowledgmentReader READER = new AcknowledgmentReader();

    private AckFixtures() {
    }

    static String text(String name) {
        try (InputStream in = AckFixtures.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AcknowledgmentFile read(String name) throws InvalidAcknowledgmentException {
        return readText(name, text(name));
    }

    static AcknowledgmentFile readChanged(String name, String from, String to) throws InvalidAcknowledgmentException {
        return readText(name, changed(name, from, to));
    }

    static String changed(String name, String from, String to) {
        String original = text(name);
        assertThat(original).as("the test must change " + name).contains(from);
        return original.replace(from, to);
    }

    static AcknowledgmentFile readText(String fileName, String text) throws InvalidAcknowledgmentException {
        return READER.read(fileName, stream(text));
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}

package dev.cleanclaim.x12.remit;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Adjustment;
import dev.cleanclaim.core.remit.AdjustmentGroup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The 835 fixtures under src/test/resources/dev/cleanclaim/x12/remit, read whole or changed first. */
final class Fixtures {

    static final Remittance835Reader READER = new Remittance835Reader();

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RemittanceFile read(String name) throws InvalidRemittanceException {
        return readText(name, text(name));
    }

    /** The fixture with one piece of text replaced; the test fails if the text is not there to replace. */
    static RemittanceFile readChanged(String name, String from, String to) throws InvalidRemittanceException {
        return readText(name, changed(name, from, to));
    }

    static String changed(String name, String from, String to) {
        String original = text(name);
        assertThat(original).as("the test must change " + name).contains(from);
        return original.replace(from, to);
    }

    static RemittanceFile readText(String fileName, String text) throws InvalidRemittanceException {
        return READER.read(fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    static Money money(String amount) {
        return Money.parse(amount);
    }

    static Adjustment adjustment(AdjustmentGroup group, String reason, String amount) {
        return new Adjustment(group, reason, money(amount), Optional.empty());
    }

    static Adjustment adjustment(AdjustmentGroup group, String reason, String amount, String quantity) {
        return new Adjustment(group, reason, money(amount), Optional.of(new BigDecimal(quantity)));
    }
}

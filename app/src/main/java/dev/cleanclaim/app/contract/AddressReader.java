package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.identifier.FieldWidths;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.reference.ReferenceCodes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a postal address object, checking the state against USPS codes and the ZIP code's shape, and that no line
 * is longer than the 837P element (and the database column) that carries it nor holds an X12 delimiter or a
 * control character (a practice's, a payer's and a patient's address all go on claims).
 */
final class AddressReader {

    private static final Set<String> FIELDS = Set.of("line1", "line2", "city", "state", "zip");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-?\\d{4})?");

    /** Widths of the 837P N3 and N4 elements, which the database columns match. */
    static final int LINE = FieldWidths.ADDRESS_LINE;
    static final int CITY = FieldWidths.CITY;

    private final JsonFields fields;
    private final ReferenceCodes references;

    AddressReader(JsonFields fields, ReferenceCodes references) {
        this.fields = fields;
        this.references = references;
    }

    Optional<Address> read(JsonNode node, String path) {
        return read(node, path, false);
    }

    /** With {@code zipPlus4}, the ZIP code must have nine digits, as the 837P wants for the billing provider. */
    Optional<Address> read(JsonNode node, String path, boolean zipPlus4) {
        if (!fields.object(node, path, FIELDS)) {
            return Optional.empty();
        }
        Optional<String> line1 = limit(fields.text(node, "line1", path + ".line1", true, "the street address"), path + ".line1", LINE);
        Optional<String> line2 = limit(fields.text(node, "line2", path + ".line2", false, "a second address line"), path + ".line2", LINE);
        Optional<String> city = limit(fields.text(node, "city", path + ".city", true, "the city"), path + ".city", CITY);
        Optional<String> state = fields.text(node, "state", path + ".state", true, "a two-letter USPS state code, e.g. OR")
                .map(text -> text.toUpperCase(Locale.ROOT));
        if (state.isPresent() && references.state(state.get()).isEmpty()) {
            fields.problem(path + ".state", "unknown state \"" + state.get() + "\"; expected a USPS code such as OR or NY");
            state = Optional.empty();
        }
        Optional<String> zip = fields.text(node, "zip", path + ".zip", true, "a ZIP code of 5 or 9 digits");
        if (zip.isPresent() && !ZIP.matcher(zip.get()).matches()) {
            fields.problem(path + ".zip", "expected a ZIP code of 5 or 9 digits (97201 or 97201-1234), got \"" + zip.get() + "\"");
            zip = Optional.empty();
        }
        if (zipPlus4 && zip.isPresent() && zip.get().replace("-", "").length() != 9) {
            fields.problem(path + ".zip", "the billing provider's ZIP code needs all nine digits (ZIP+4, as the 837P's"
                    + " loop 2010AA requires), e.g. " + zip.get() + "-1234, got \"" + zip.get() + "\"");
            zip = Optional.empty();
        }
        if (line1.isEmpty() || city.isEmpty() || state.isEmpty() || zip.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Address(line1.get(), line2, city.get(), state.get(), zip.get().replace("-", "")));
    }

    /** A line as the 837P's N3 or N4 carries it: no longer than its element, with no delimiter or line break in it. */
    private Optional<String> limit(Optional<String> text, String path, int max) {
        if (text.isPresent() && text.get().length() > max) {
            fields.problem(path, "too long: " + text.get().length() + " characters, at most " + max);
            return Optional.empty();
        }
        return PracticeFields.freeText(fields, path, text);
    }
}

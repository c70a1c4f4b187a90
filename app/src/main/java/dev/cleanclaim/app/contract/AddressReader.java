package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.reference.ReferenceCodes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a postal address object, checking the state against USPS codes and the ZIP code's shape. */
final class AddressReader {

    private static final Set<String> FIELDS = Set.of("line1", "line2", "city", "state", "zip");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-?\\d{4})?");

    private final JsonFields fields;
    private final ReferenceCodes references;

    AddressReader(JsonFields fields, ReferenceCodes references) {
        this.fields = fields;
        this.references = references;
    }

    Optional<Address> read(JsonNode node, String path) {
        if (!fields.object(node, path, FIELDS)) {
            return Optional.empty();
        }
        Optional<String> line1 = fields.text(node, "line1", path + ".line1", true, "the street address");
        Optional<String> line2 = fields.text(node, "line2", path + ".line2", false, "a second address line");
        Optional<String> city = fields.text(node, "city", path + ".city", true, "the city");
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
        if (line1.isEmpty() || city.isEmpty() || state.isEmpty() || zip.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Address(line1.get(), line2, city.get(), state.get(), zip.get().replace("-", "")));
    }
}

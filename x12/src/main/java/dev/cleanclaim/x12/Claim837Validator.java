package dev.cleanclaim.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an 837P back through StAEDI with cleanclaim's 005010X222A1 schema (envelope control numbers and counts
 * too) and lists every problem with its place. An empty list means the file is valid for what cleanclaim sends.
 */
public final class Claim837Validator {

    private static final String BILLING_PROVIDER_LOOP = "2010AA";

    private static final String SCHEMA = "837P-005010X222A1.xml";

    private final Schema schema;

    public Claim837Validator() {
        URL url = Claim837Validator.class.getResource(SCHEMA);
        try {
            SchemaFactory factory = SchemaFactory.newFactory();
            this.schema = factory.createSchema(url);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("the built-in 837P schema " + SCHEMA + " does not load: " + e.getMessage(), e);
        }
    }

    /** The loaded 005010X222A1 schema, for a reader that weighs StAEDI's findings its own way ({@code cleanclaim check}). */
    public Schema schema() {
        return schema;
    }

    public List<EdiProblem> validate(byte[] file) {
        List<EdiProblem> problems = new ArrayList<>();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(file))) {
            String loop = "";
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_TRANSACTION -> reader.setTransactionSchema(schema);
                    case START_LOOP -> loop = reader.getReferenceCode();
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                            problems.add(problem(reader, loop));
                    case ELEMENT_DATA -> billingProviderZip(reader, loop).ifPresent(problems::add);
                    default -> {
                    }
                }
            }
        } catch (EDIStreamException e) {
            problems.add(new EdiProblem(0, "", 0, "", "not readable as X12: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /**
     * The guide's one rule on the billing provider's address that a schema cannot hold: a U.S. ZIP code in loop 2010AA
     * is all nine digits (ZIP+4). Clearinghouses reject a five-digit one, so our file never carries one.
     */
    private static Optional<EdiProblem> billingProviderZip(EDIStreamReader reader, String loop) {
        Location location = reader.getLocation();
        if (!BILLING_PROVIDER_LOOP.equals(loop) || !"N4".equals(location.getSegmentTag())
                || location.getElementPosition() != 3 || location.getComponentPosition() > 0) {
            return Optional.empty();
        }
        String zip = reader.getText();
        if (zip.matches("\\d{9}")) {
            return Optional.empty();
        }
        return Optional.of(new EdiProblem(location.getSegmentPosition(), "N4", 3, loop, "the billing provider's ZIP code "
                + zip + " has " + zip.length() + " characters; the 837P needs all nine digits (ZIP+4) for the billing"
                + " provider's address"));
    }

    private static EdiProblem problem(EDIStreamReader reader, String loop) {
        Location location = reader.getLocation();
        String error = reader.getErrorType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String code = reader.getReferenceCode();
        String detail = code == null || code.isEmpty() ? error : error + " (" + code + ")";
        return new EdiProblem(location.getSegmentPosition(), location.getSegmentTag() == null ? "" : location.getSegmentTag(),
                Math.max(0, location.getElementPosition()), loop == null ? "" : loop, detail);
    }
}

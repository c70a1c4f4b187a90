package dev.cleanclaim.x12.check;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.x12.Claim837Validator;
import dev.cleanclaim.x12.read.Segment;
import dev.cleanclaim.x12.read.SegmentProblem;
import dev.cleanclaim.x12.read.SegmentSource;
import dev.cleanclaim.x12.read.X12Words;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An 837P as {@code cleanclaim check} reads it: its claims and charges summed (CLM02, and each claim's lines, SV102,
 * which must add up to it), then the file checked against cleanclaim's 005010X222A1 schema.
 *
 * <p>The schema knows the guide's whole structure (every segment and loop of the 837P and the standard's element
 * counts and types) but holds the guide's finer rules only where cleanclaim writes. What the guide allows and
 * cleanclaim never writes is read against the standard and gathered into one warning ({@link NotWrittenByUs}). A
 * missing required segment, loop or element, a segment out of place, a code neither the standard nor the guide knows,
 * or ICD-9 codes for a service after the switch to ICD-10 is what a clearinghouse rejects: the file is refused.
 */
final class Claim837Check {

    private static final Set<EDIStreamValidationError> ONLY_NARROWER = EnumSet.of(
            EDIStreamValidationError.IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
            EDIStreamValidationError.IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
            EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT,
            EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT,
            EDIStreamValidationError.IMPLEMENTATION_PATTERN_MATCH_FAILURE,
            EDIStreamValidationError.IMPLEMENTATION_TOO_FEW_REPETITIONS);

    /**
     * The places where cleanclaim's code lists are narrower than the guide on purpose: the transaction type it sends
     * (BHT06 CH; another system may send RP, 31) and ICD-10 only in HI (an old claim's ICD-9 BK/BF is weighed by its
     * dates in {@link Icd9Claim}). A code outside the guide's list anywhere else is a fault, even one the X12 standard
     * knows: a billing provider named by its tax id (NM108 24, a 4010 habit) is rejected by every payer.
     */
    private static final Set<String> CODES_NARROWER_ON_PURPOSE = Set.of("BHT", "HI");

    /** Trailer counts and control numbers: the envelope scan warned of them already. */
    private static final Set<EDIStreamValidationError> ENVELOPE = EnumSet.of(
            EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT,
            EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH);

    /** At most this many faults are named in a refusal; the count says how many more there are. */
    private static final int NAMED = 5;

    private static final Schema SCHEMA = new Claim837Validator().schema();

    private Claim837Check() {
    }

    static CheckResult check(String file, byte[] content, EnvelopeScan envelope) {
        List<String> warnings = new ArrayList<>(envelope.warnings());
        List<String> faults = new ArrayList<>();
        Claims claims = claims(content, faults, warnings);
        validate(content, faults, warnings);
        if (!faults.isEmpty()) {
            String more = faults.size() > NAMED ? "; and " + (faults.size() - NAMED) + " more" : "";
            return new CheckResult.Refused(file, java.util.Optional.of("837P"), "breaks the 837P guide (005010X222A1) in "
                    + faults.size() + " place(s): " + String.join("; ", faults.subList(0, Math.min(NAMED, faults.size())))
                    + more);
        }
        return new CheckResult.Read(file, "837P", envelope.firstVersion(), envelope.interchanges(), envelope.groups(),
                envelope.transactions(), claims.count, List.of(new CheckResult.Total("CLM02", claims.charged.toString()),
                new CheckResult.Total("SV102", claims.lines.toString())), java.util.Optional.of(claims.balanced),
                envelope.test(), warnings);
    }

    /**
     * Claims counted and summed; a claim whose lines do not add up to its charge is a warning naming it. A claim
     * coded in ICD-9 is weighed by its dates of service (see {@link Icd9Claim}).
     */
    private static final class Claims {
        int count;
        Money charged = Money.ZERO;
        Money lines = Money.ZERO;
        boolean balanced = true;
        private Segment clm;
        private Money claimLines = Money.ZERO;
        private Icd9Claim diagnoses = Icd9Claim.NONE;

        void close(List<String> faults, List<String> warnings) {
            if (clm != null && !clm.amount(2).equals(claimLines)) {
                balanced = false;
                warnings.add("segment " + clm.position() + " (CLM), claim " + clm.text(1) + ": charges " + clm.amount(2)
                        + " (CLM02) but its lines add up to " + claimLines + " (SV102)");
            }
            if (clm != null) {
                diagnoses.finding(clm.text(1)).ifPresent(finding ->
                        (finding.refused() ? faults : warnings).add(finding.text()));
            }
            clm = null;
            claimLines = Money.ZERO;
            diagnoses = Icd9Claim.NONE;
        }
    }

    private static Claims claims(byte[] content, List<String> faults, List<String> warnings) {
        Claims claims = new Claims();
        try (SegmentSource segments = SegmentSource.open(new ByteArrayInputStream(content), new ArrayList<>())) {
            for (Segment segment = segments.next(); segment != null; segment = segments.next()) {
                switch (segment.tag()) {
                    case "CLM" -> {
                        claims.close(faults, warnings);
                        claims.clm = segment;
                        claims.count++;
                        claims.charged = claims.charged.plus(segment.amount(2));
                    }
                    case "SV1" -> {
                        if (claims.clm == null) {
                            throw segment.problem("a service line (SV1) before any claim (CLM)");
                        }
                        claims.claimLines = claims.claimLines.plus(segment.amount(2));
                        claims.lines = claims.lines.plus(segment.amount(2));
                    }
                    case "HI" -> claims.diagnoses = claims.diagnoses.withCodes(segment);
                    case "DTP" -> claims.diagnoses = claims.diagnoses.withDate(segment);
                    case "HL", "SE" -> claims.close(faults, warnings);
                    default -> {
                    }
                }
            }
        }
        claims.close(faults, warnings);
        return claims;
    }

    private static void validate(byte[] content, List<String> faults, List<String> warnings) {
        NotWrittenByUs notOurs = new NotWrittenByUs();
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(content))) {
            String loop = "";
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_TRANSACTION -> reader.setTransactionSchema(SCHEMA);
                    case START_LOOP -> loop = reader.getReferenceCode();
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        EDIStreamValidationError error = reader.getErrorType();
                        if (ENVELOPE.contains(error)) {
                            continue;
                        }
                        boolean narrowerCode = error == EDIStreamValidationError.IMPLEMENTATION_INVALID_CODE_VALUE
                                && CODES_NARROWER_ON_PURPOSE.contains(reader.getLocation().getSegmentTag());
                        if (ONLY_NARROWER.contains(error) || narrowerCode) {
                            notOurs.add(reader.getLocation(), loop, event == EDIStreamEvent.SEGMENT_ERROR);
                            continue;
                        }
                        faults.add(place(reader.getLocation(), loop, event == EDIStreamEvent.SEGMENT_ERROR
                                ? reader.getReferenceCode() : "") + ": " + X12Words.of(error));
                    }
                    default -> {
                    }
                }
            }
        } catch (EDIStreamException e) {
            // the envelope scan read the file whole, so StAEDI's schema pass has nothing new to say here
            throw new SegmentProblem(0, "", "", "the file cannot be read against the 837P schema: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        notOurs.summary().ifPresent(warnings::add);
    }

    /** "segment 22 (CLM05, loop 2300)", or for a missing segment "segment 23 (NM1, loop 2310A): HI ...". */
    private static String place(Location location, String loop, String missing) {
        String tag = location.getSegmentTag() == null ? "" : location.getSegmentTag();
        String element = location.getElementPosition() > 0 ? String.format("%02d", location.getElementPosition()) : "";
        String what = missing == null || missing.isEmpty() || missing.equals(tag) ? ""
                : " [" + NotWrittenByUs.loopName(missing) + "]";
        return "segment " + location.getSegmentPosition() + " (" + tag + element
                + (loop == null || loop.isEmpty() ? "" : ", loop " + NotWrittenByUs.loopName(loop)) + ")" + what;
    }
}

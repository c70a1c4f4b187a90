package dev.cleanclaim.core.dx;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ICD-10-CM code shape: a letter, two alphanumerics, then up to four more alphanumerics after a dot. The second
 * character was always a digit until FY2027 opened the QA categories (genetic disorders, e.g. QA0.0101).
 * Accepts the undotted form billers often type ("M62830") and answers the dotted one ("M62.830").
 */
public final class DiagnosisSyntax {

    private static final Pattern ICD10_CM = Pattern.compile("([A-Z][0-9A-Z][0-9A-Z])(?:\\.?([0-9A-Z]{1,4}))?");
    private static final Pattern ICD10_PCS = Pattern.compile("[0-9][0-9A-HJ-NP-Z]{6}");
    private static final Pattern CPT_OR_HCPCS = Pattern.compile("[0-9]{4}[0-9FT]|[A-V][0-9]{4}");

    private DiagnosisSyntax() {
    }

    /** The outcome of reading a diagnosis code's shape. */
    public sealed interface Outcome {
    }

    public record Valid(String dottedCode) implements Outcome {
    }

    public record Invalid(String explanation) implements Outcome {
    }

    public static Outcome check(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        var matcher = ICD10_CM.matcher(code);
        if (matcher.matches()) {
            String category = matcher.group(1);
            String rest = matcher.group(2);
            return new Valid(rest == null ? category : category + "." + rest);
        }
        if (ICD10_PCS.matcher(code).matches()) {
            return new Invalid("\"" + text + "\" is an ICD-10-PCS procedure code (inpatient hospital procedures),"
                    + " not a diagnosis: PCS codes never go on a professional claim; give the ICD-10-CM diagnosis"
                    + " the service treats, e.g. M62.830");
        }
        if (CPT_OR_HCPCS.matcher(code).matches()) {
            return new Invalid("\"" + text + "\" is a procedure code, not a diagnosis: put it in services[].code"
                    + " and give an ICD-10-CM diagnosis here");
        }
        return new Invalid("\"" + text + "\" is not ICD-10-CM syntax: expected a letter, two letters or digits,"
                + " then optionally a dot and 1-4 letters or digits, e.g. M62.830");
    }
}

package dev.cleanclaim.core.ncci;

/**
 * A medically unlikely edit: the most units of a code CMS expects for one patient on one date.
 *
 * @param adjudication 1 per claim line, 2 per date of service by policy (absolute), 3 per date clinically (appealable)
 */
public record MueEdit(String code, int maxUnits, int adjudication, String rationale) {

    public String adjudicationText() {
        return switch (adjudication) {
            case 1 -> "a per-line edit";
            case 2 -> "an absolute per-day limit set by policy: no appeal raises it";
            case 3 -> "a clinical per-day limit: units above it are denied, but an appeal with records can pay them";
            default -> "adjudication indicator " + adjudication;
        };
    }
}

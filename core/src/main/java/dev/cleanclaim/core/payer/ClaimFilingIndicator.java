package dev.cleanclaim.core.payer;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The X12 claim filing indicator codes of the 005010X222 837P (SBR09, code list 1032) and what each means. */
public final class ClaimFilingIndicator {

    private static final Map<String, String> CODES = new TreeMap<>(Map.ofEntries(
            Map.entry("11", "other non-federal programs"),
            Map.entry("12", "preferred provider organization (PPO)"),
            Map.entry("13", "point of service (POS)"),
            Map.entry("14", "exclusive provider organization (EPO)"),
            Map.entry("15", "indemnity insurance"),
            Map.entry("16", "health maintenance organization (HMO) Medicare risk"),
            Map.entry("17", "dental maintenance organization"),
            Map.entry("AM", "automobile medical"),
            Map.entry("BL", "Blue Cross/Blue Shield"),
            Map.entry("CH", "CHAMPUS (TRICARE)"),
            Map.entry("CI", "commercial insurance"),
            Map.entry("DS", "disability"),
            Map.entry("FI", "Federal Employees Program"),
            Map.entry("HM", "health maintenance organization"),
            Map.entry("LM", "liability medical"),
            Map.entry("MA", "Medicare Part A"),
            Map.entry("MB", "Medicare Part B"),
            Map.entry("MC", "Medicaid"),
            Map.entry("OF", "other federal program"),
            Map.entry("TV", "Title V"),
            Map.entry("VA", "Veterans Affairs plan"),
            Map.entry("WC", "workers' compensation health claim"),
            Map.entry("ZZ", "mutually defined")));

    private ClaimFilingIndicator() {
    }

    /** Medicare Part A or Part B (MA, MB): the payer whose place in the order of payment SBR05 and MOA speak of. */
    public static boolean isMedicare(String code) {
        return code.equals("MA") || code.equals("MB");
    }

    public static boolean isValid(String code) {
        return CODES.containsKey(code);
    }

    public static Optional<String> meaning(String code) {
        return Optional.ofNullable(CODES.get(code));
    }

    /** Every code, sorted, to name in a message. */
    public static java.util.Set<String> codes() {
        return CODES.keySet();
    }
}

package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The rule browser: the rule data in force, and for a code searched for everything the rules say about it.
 *
 * @param found    the code searched for, or null
 * @param notFound what was searched for and is not in the rule data, or null
 */
public record RuleBrowserView(String version, String query, CodeDetail found, UnknownCode notFound, List<CodeSummary> codes,
                              List<PayerSummary> payers, List<RuleSummary> rules, String ptpEdition, String mueEdition) {

    public RuleBrowserView {
        codes = List.copyOf(codes);
        payers = List.copyOf(payers);
        rules = List.copyOf(rules);
    }

    public record CodeSummary(String code, String description, boolean timed, String family) {
    }

    /**
     * @param text        what was typed
     * @param explanation what the text looks like instead (a Category II code, not a code at all, ...)
     */
    public record UnknownCode(String text, String explanation) {
    }

    /**
     * @param standing why the code is not billable today (deleted, not yet in force), or "" when it is
     * @param therapy  where the code stands on CMS's therapy code list, in words, or "" when it is never therapy
     * @param mue      the medically unlikely edit in words, or null when CMS sets none for the code
     */
    public record CodeDetail(String code, String description, String unitBasis, String category, String family,
                             String renderers, String period, String standing, String replacedBy, String therapy,
                             String mue, List<EditRow> edits, List<Fact> payerNotes) {
        public CodeDetail {
            edits = List.copyOf(edits);
            payerNotes = List.copyOf(payerNotes);
        }
    }

    /** An NCCI procedure-to-procedure edit in force today: column 1 is paid, column 2 is denied unless allowed. */
    public record EditRow(String column1, String column2, int modifierIndicator, String meaning, String rationale,
                          String period) {
    }

    public record PayerSummary(String id, String name, String unitMethod, String unitMethodSource, String distinctModifier,
                               String modifierOrder, String claimFilingIndicator, List<String> rules) {
        public PayerSummary {
            rules = List.copyOf(rules);
        }
    }

    public record RuleSummary(String id, String summary, String source, String period) {
    }
}

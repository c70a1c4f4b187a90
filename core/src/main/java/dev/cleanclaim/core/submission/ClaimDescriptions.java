package dev.cleanclaim.core.submission;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.dx.DiagnosisCodeSet;
import dev.cleanclaim.core.ruledata.RuleData;

import java.time.LocalDate;

/**
 * Plain-language names for the codes on patient papers (superbill, letter of medical necessity): the catalog's
 * description of a procedure, the ICD-10-CM description of a diagnosis in the code set of the date of service.
 */
public final class ClaimDescriptions {

    private final RuleData ruleData;

    public ClaimDescriptions(RuleData ruleData) {
        this.ruleData = ruleData;
    }

    public String procedure(String code) {
        return ruleData.codes().find(code).map(CatalogCode::description).orElse("");
    }

    public String diagnosis(String dottedCode, LocalDate dateOfService) {
        return ruleData.diagnoses().forDate(dateOfService).codeSet().find(dottedCode)
                .map(DiagnosisCodeSet.Entry::description).orElse("");
    }
}

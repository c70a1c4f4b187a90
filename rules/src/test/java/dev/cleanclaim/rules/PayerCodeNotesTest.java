package dev.cleanclaim.rules;

import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.scrub.CodeNotes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a payer's rules say about a code before any visit: the rule browser's answer, from the rules' own settings. */
class PayerCodeNotesTest {

    private static final RuleData RULES = BuiltInRuleData.load();

    @Test
    void theBlueCrossPlanWithTheExclusionNotesThatItDoesNotReimburseMassageOrManualTherapy() {
        assertThat(notes("bcbs-massage-exclusion", "97124")).singleElement().asString().contains("not reimbursed").contains("cmt-spinal");
        assertThat(notes("bcbs-massage-exclusion", "97140")).singleElement().asString().contains("not reimbursed");
        assertThat(notes("bcbs-massage-exclusion", "98941")).isEmpty();
    }

    @Test
    void aBluePlanInGeneralNotesNothingAgainstMassageOrManualTherapy() {
        assertThat(notes("bcbs", "97124")).isEmpty();
        assertThat(notes("bcbs", "97140")).isEmpty();
    }

    @Test
    void medicareNotesExtraspinalManipulationAndAChiropractorsOtherServices() {
        assertThat(notes("medicare", "98943")).singleElement().asString().startsWith("warning (payer.not-covered)")
                .contains("extraspinal manipulation");
        assertThat(notes("medicare", "97140")).singleElement().asString().startsWith("warning when rendered by DC")
                .contains("only manipulation of the spine");
        assertThat(notes("medicare", "98940")).as("spinal manipulation is the chiropractor's Medicare benefit").isEmpty();
    }

    @Test
    void tricareNotesThatItDoesNotCoverAChiropractorsManipulation() {
        assertThat(notes("tricare", "98941")).singleElement().asString().startsWith("error when rendered by DC (payer.not-covered)")
                .contains("does not cover chiropractic manipulation");
        assertThat(notes("tricare", "97110")).isEmpty();
    }

    private static List<String> notes(String payerId, String code) {
        Payer payer = RULES.payers().find(payerId).orElseThrow();
        return payer.rules().stream().filter(rule -> rule.rule() instanceof CodeNotes)
                .flatMap(rule -> ((CodeNotes) rule.rule()).notesOn(RULES.codes().find(code).orElseThrow()).stream()).toList();
    }
}

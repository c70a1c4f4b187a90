package dev.cleanclaim.app.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.submission.SamplePackets;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FhirClaimsTest {

    private static final LocalDate CREATED = LocalDate.of(2026, 7, 9);
    private static FhirValidator validator;

    @BeforeAll
    static void validatorForR4() {
        // fastexcel-reader brings Aalto's StAX parser, which would be found first; HAPI's validator needs Woodstox.
        System.setProperty("javax.xml.stream.XMLInputFactory", "com.ctc.wstx.stax.WstxInputFactory");
        System.setProperty("javax.xml.stream.XMLOutputFactory", "com.ctc.wstx.stax.WstxOutputFactory");
        FhirContext context = FhirContext.forR4();
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context), new CommonCodeSystemsTerminologyService(context));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
        // CPT and ICD-10-CM are external code systems the validator cannot expand here; their codes are checked by
        // cleanclaim's own catalog and code set, so unknown-code-system notes are not failures.
        instanceValidator.setNoTerminologyChecks(true);
        validator = context.newValidator().registerValidatorModule(instanceValidator);
    }

    private static List<String> errors(JsonNode resource) {
        return validator.validateWithResult(resource.toString()).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString)
                .toList();
    }

    @Test
    void a_claim_with_a_referral_is_a_valid_R4_Claim() {
        assertThat(errors(FhirClaims.claim(SamplePackets.chiropracticVisit(), CREATED))).isEmpty();
    }

    @Test
    void several_claims_make_a_valid_R4_collection_bundle() {
        JsonNode bundle = FhirClaims.document(List.of(SamplePackets.chiropracticVisit(), SamplePackets.cuppingForADependent()), CREATED);

        assertThat(errors(bundle)).isEmpty();
        assertThat(bundle.get("entry")).hasSize(2);
    }

    @Test
    void the_validator_really_rejects_a_claim_that_breaks_the_structure() {
        var claim = FhirClaims.claim(SamplePackets.chiropracticVisit(), CREATED);
        claim.remove("patient");
        claim.put("use", "bill-me");

        assertThat(errors(claim)).isNotEmpty();
    }

    @Test
    void procedures_use_the_CPT_system_and_diagnoses_the_ICD_10_CM_system() {
        JsonNode claim = FhirClaims.claim(SamplePackets.chiropracticVisit(), CREATED);

        assertThat(claim.at("/item/0/productOrService/coding/0/system").asText()).isEqualTo("http://www.ama-assn.org/go/cpt");
        assertThat(claim.at("/item/0/productOrService/coding/0/code").asText()).isEqualTo("98941");
        assertThat(claim.at("/diagnosis/3/diagnosisCodeableConcept/coding/0/system").asText())
                .isEqualTo("http://hl7.org/fhir/sid/icd-10-cm");
        assertThat(claim.at("/diagnosis/3/diagnosisCodeableConcept/coding/0/code").asText()).isEqualTo("M25.512");
    }

    @Test
    void lines_carry_units_prices_modifiers_and_diagnosis_pointers_and_the_claim_its_total() {
        JsonNode claim = FhirClaims.claim(SamplePackets.chiropracticVisit(), CREATED);

        assertThat(claim.at("/item/0/diagnosisSequence").toString()).isEqualTo("[1,2,3]");
        assertThat(claim.at("/item/1/modifier/0/coding/0/code").asText()).isEqualTo("XS");
        assertThat(claim.at("/item/1/net/value").decimalValue()).isEqualByComparingTo("42.50");
        assertThat(claim.at("/item/1/quantity/value").asInt()).isEqualTo(1);
        assertThat(claim.at("/total/value").decimalValue()).isEqualByComparingTo("107.50");
        assertThat(claim.at("/identifier/0/value").asText()).isEqualTo("A1001-20260708");
    }

    @Test
    void an_auto_accident_is_the_claims_accident_with_its_date_kind_and_state_and_stays_a_valid_R4_Claim() {
        JsonNode claim = FhirClaims.claim(SamplePackets.chiropracticVisit()
                .withCircumstances(SamplePackets.autoAccidentAtWork()), CREATED);

        assertThat(errors(claim)).isEmpty();
        assertThat(claim.at("/accident/date").asText()).isEqualTo("2026-06-29");
        assertThat(claim.at("/accident/type/coding/0/code").asText()).isEqualTo("MVA");
        assertThat(claim.at("/accident/locationAddress/state").asText()).isEqualTo("NY");
    }

    @Test
    void a_claim_with_no_accident_has_no_accident_element() {
        assertThat(FhirClaims.claim(SamplePackets.chiropracticVisit(), CREATED).has("accident")).isFalse();
    }
}

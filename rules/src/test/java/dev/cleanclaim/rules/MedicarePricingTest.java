package dev.cleanclaim.rules;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.claim.Severity;
import dev.cleanclaim.core.fees.AllowedAmounts;
import dev.cleanclaim.core.fees.MedicareFeeSchedule;
import dev.cleanclaim.core.fees.MedicareLocality;
import dev.cleanclaim.core.fees.MedicarePrice;
import dev.cleanclaim.core.fees.MedicarePricingTerms;
import dev.cleanclaim.core.fees.MedicareRates;
import dev.cleanclaim.core.fees.ModifierShare;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.scrub.Scrubber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.cleanclaim.rules.BuiltInRuleDataTest.RULES;
import static dev.cleanclaim.rules.Scrubbed.findings;
import static dev.cleanclaim.rules.Scrubbed.line;
import static dev.cleanclaim.rules.Scrubbed.none;
import static dev.cleanclaim.rules.Scrubbed.only;
import static dev.cleanclaim.rules.Scrubbed.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Medicare allowed amounts by date of service and the practice's locality, from the built-in CMS files (RVU25D,
 * RVU26C, GPCI 2025 and 2026, the conversion factors). Every figure is worked by hand from those files: per unit,
 * (work RVU x work GPCI + PE RVU x PE GPCI + MP RVU x MP GPCI) x conversion factor, rounded once to the cent.
 *
 * <pre>
 * RVUs (work, non-facility PE, MP)     GPCIs (work, PE, MP)             conversion factors
 * 97140 2025: 0.43 0.40 0.01           02302-01 Portland 2025: 1.013 1.103 0.688   2025: 32.3465
 * 97140 2026: 0.43 0.39 0.01           02302-01 Portland 2026: 1.016 1.111 0.744   2026: 33.4009
 * 98941 2025: 0.71 0.47 0.01           13202-01 Manhattan 2025: 1.065 1.166 1.656  2026 QP: 33.5675
 * 98941 2026: 0.69 0.45 0.01           13202-01 Manhattan 2026: 1.064 1.162 1.586
 * </pre>
 */
class MedicarePricingTest {

    private static final MedicareLocality PORTLAND = MedicareLocality.parse("02302-01");
    private static final MedicareLocality MANHATTAN = MedicareLocality.parse("13202-01");

    @ParameterizedTest(name = "{0} on {1} in {2} is ${3} a unit")
    @CsvSource(delimiter = '|', textBlock = """
            # 0.43x1.013=0.43559 + 0.40x1.103=0.44120 + 0.01x0.688=0.00688 = 0.88367; x 32.3465 = 28.5836.. -> 28.58
            97140 | 2025-06-02 | 02302-01 | 28.58
            # 0.43x1.065=0.45795 + 0.40x1.166=0.46640 + 0.01x1.656=0.01656 = 0.94091; x 32.3465 = 30.4351.. -> 30.44
            97140 | 2025-06-02 | 13202-01 | 30.44
            # 0.43x1.016=0.43688 + 0.39x1.111=0.43329 + 0.01x0.744=0.00744 = 0.87761; x 33.4009 = 29.3129.. -> 29.31
            97140 | 2026-03-02 | 02302-01 | 29.31
            # 0.43x1.064=0.45752 + 0.39x1.162=0.45318 + 0.01x1.586=0.01586 = 0.92656; x 33.4009 = 30.9479.. -> 30.95
            97140 | 2026-03-02 | 13202-01 | 30.95
            # 0.71x1.013=0.71923 + 0.47x1.103=0.51841 + 0.01x0.688=0.00688 = 1.24452; x 32.3465 = 40.2558.. -> 40.26
            98941 | 2025-06-02 | 02302-01 | 40.26
            # 0.71x1.065=0.75615 + 0.47x1.166=0.54802 + 0.01x1.656=0.01656 = 1.32073; x 32.3465 = 42.7209.. -> 42.72
            98941 | 2025-06-02 | 13202-01 | 42.72
            # 0.69x1.016=0.70104 + 0.45x1.111=0.49995 + 0.01x0.744=0.00744 = 1.20843; x 33.4009 = 40.3626.. -> 40.36
            98941 | 2026-12-31 | 02302-01 | 40.36
            # 0.69x1.064=0.73416 + 0.45x1.162=0.52290 + 0.01x1.586=0.01586 = 1.27292; x 33.4009 = 42.5166.. -> 42.52
            98941 | 2026-01-01 | 13202-01 | 42.52
            """)
    void aCodeIsPricedWithItsYearsRvusAndItsLocalitysGpcis(String code, String date, String locality, String perUnit) {
        MedicareRates rates = schedule(MedicareLocality.parse(locality), false).ratesOn(LocalDate.parse(date));

        assertThat(rates).isInstanceOfSatisfying(MedicareRates.Known.class, known -> assertThat(known.price(code))
                .isEqualTo(new MedicarePrice.Allowed(Money.parse(perUnit))));
    }

    @Test
    void aManualTherapyLineInPortlandIsAllowedItsUnitsAtPortlandsAmount() {
        ClaimDraft claim = scrubIn(PORTLAND, false, visit().rationale().necessity("restricted-joint-motion")
                .codeAndTechnique("97140", "joint mobilization", 30, "lumbar"));

        // two units at $29.31 (2026, Portland) = $58.62
        assertThat(line(claim, "97140").allowed()).contains(Money.parse("58.62"));
        none(claim, "fee.medicare-locality");
        none(claim, "fee.medicare-year");
    }

    @Test
    void aManipulationInManhattanIn2025IsAllowedManhattans2025Amount() {
        ClaimDraft claim = scrubIn(MANHATTAN, false, visit().on("2025-06-02").by(ProviderType.DC).activeTreatment()
                .diagnosis("M99.01", "cervical").diagnosis("M99.02", "thoracic").diagnosis("M99.03", "lumbar")
                .diagnosis("M54.2", "cervical").code("98941", null, "cervical", "thoracic", "lumbar"));

        assertThat(line(claim, "98941").allowed()).contains(Money.parse("42.72"));
    }

    @Test
    void aQualifyingApmParticipantIsPaidAtTheHigherConversionFactorFrom2026() {
        // 0.87761 x 33.5675 = 29.4591.. -> 29.46 a unit, against 29.31 at the usual 33.4009
        assertThat(price(schedule(PORTLAND, true), "97140", "2026-03-02")).isEqualTo(Money.parse("29.46"));
        // 2025 has one conversion factor for everyone: 28.58 either way
        assertThat(price(schedule(PORTLAND, true), "97140", "2025-06-02")).isEqualTo(Money.parse("28.58"));
    }

    @Test
    void aPracticeWithoutALocalityIsPricedAtTheNationalAmountsAndToldHowToSetIt() {
        ClaimDraft claim = Scrubbed.scrub(visit().rationale().code("97110", 30, "lumbar"));

        // national 2026: (0.45 + 0.41 + 0.01) x 33.4009 = 29.058783 -> 29.06 a unit (CMS's own national amount); x 2
        assertThat(line(claim, "97110").allowed()).contains(Money.parse("58.12"));
        var finding = only(claim, "fee.medicare-locality");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).contains("national ones", "RVU26C", "$33.4009",
                "locality is not set", "02302-01");
    }

    @Test
    void aDateIn2027SaysTheRuleDataHasNo2027FeeScheduleAndPricesNothing() {
        ClaimDraft claim = scrubIn(PORTLAND, false, visit().on("2027-02-01").rationale().code("97110", 30, "lumbar"));

        assertThat(line(claim, "97110").allowed()).isEmpty();
        var finding = only(claim, "fee.medicare-year");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("No Medicare allowed amounts", "no Medicare fee schedule for 2027",
                "it has 2024, 2025, 2026");
        assertThat(finding.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("RVU27A", "cleanclaim import rvu"));
        none(claim, "fee.medicare-locality");
    }

    @Test
    void aYearWithoutAGpciFileIsPricedNationallyAndSaysSo() {
        ClaimDraft claim = scrubIn(PORTLAND, false, visit().on("2024-08-01").rationale().code("97110", 30, "lumbar"));

        // RVU24C 97110: 0.88 RVUs x 33.2875 = 29.293 -> 29.29 a unit; x 2
        assertThat(line(claim, "97110").allowed()).contains(Money.parse("58.58"));
        assertThat(only(claim, "fee.medicare-locality").message()).contains("no 2024 GPCIs", "02302-01");
    }

    @Test
    void aLocalityCmsDoesNotListIsAWarningAndTheAmountsAreNational() {
        ClaimDraft claim = scrubIn(MedicareLocality.parse("02302-07"), false, visit().rationale().code("97110", 30, "lumbar"));

        assertThat(line(claim, "97110").allowed()).contains(Money.parse("58.12"));
        var finding = only(claim, "fee.medicare-locality");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("02302-07 is not in CMS's 2026 GPCI file");
    }

    @Test
    void aBundledCodeIsAllowedNothingAndAContractorPricedCodeHasNoAmountToShow() {
        MedicareRates.Known rates = (MedicareRates.Known) schedule(PORTLAND, false).ratesOn(LocalDate.of(2026, 3, 2));

        assertThat(rates.price("97010")).isInstanceOf(MedicarePrice.NotPaid.class);
        assertThat(rates.price("97139")).isInstanceOf(MedicarePrice.CarrierPriced.class);
        assertThat(rates.price("99999")).isInstanceOf(MedicarePrice.NotListed.class);
    }

    @Test
    void claimsToPayersThatDoNotUseTheMedicareScheduleSayNothingAboutIt() {
        ClaimDraft claim = Scrubbed.scrub(visit().on("2027-02-01").payer("commercial").referral().rationale()
                .code("97110", 30, "lumbar"));

        assertThat(findings(claim, "fee.medicare-year")).isEmpty();
        assertThat(findings(claim, "fee.medicare-locality")).isEmpty();
    }

    @Test
    void theConversionFactorsAreData() {
        MedicareFeeSchedule schedule = RULES.medicareFees();

        assertThat(schedule.conversionFactor(LocalDate.of(2024, 3, 8))).contains(new BigDecimal("32.7442"));
        assertThat(schedule.conversionFactor(LocalDate.of(2024, 3, 9))).contains(new BigDecimal("33.2875"));
        assertThat(schedule.conversionFactor(LocalDate.of(2025, 7, 1))).contains(new BigDecimal("32.3465"));
        assertThat(schedule.conversionFactor(LocalDate.of(2026, 7, 1))).contains(new BigDecimal("33.4009"));
        assertThat(schedule.pricedFor(new MedicarePricingTerms(Optional.empty(), true))
                .conversionFactor(LocalDate.of(2026, 7, 1))).contains(new BigDecimal("33.5675"));
        assertThat(schedule.conversionFactor(LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void theAssistantReductionIsDatedByTheModifierDataNotByTheCode() {
        MedicareFeeSchedule laterReduction = new MedicareFeeSchedule(RULES.medicareFees().years(),
                RULES.medicareFees().conversionFactors(),
                List.of(new ModifierShare("CQ", new BigDecimal("0.85"), LocalDate.of(2026, 6, 1))),
                RULES.medicareFees().terms());
        List<String> assisted = List.of("CQ", "GP");

        // 97110 in 2026, national: $29.06 a unit, 2 units $58.12; 85% of it $49.40.
        assertThat(AllowedAmounts.allowed("97110", 2, assisted,
                (MedicareRates.Known) laterReduction.ratesOn(LocalDate.of(2026, 5, 31)))).contains(Money.parse("58.12"));
        assertThat(AllowedAmounts.allowed("97110", 2, assisted,
                (MedicareRates.Known) laterReduction.ratesOn(LocalDate.of(2026, 6, 1)))).contains(Money.parse("49.40"));
        assertThat(AllowedAmounts.allowed("97110", 2, List.of("CO", "GO"),
                (MedicareRates.Known) laterReduction.ratesOn(LocalDate.of(2026, 6, 1)))).contains(Money.parse("58.12"));
    }

    private static MedicareFeeSchedule schedule(MedicareLocality locality, boolean qualifyingApm) {
        return RULES.medicareFees().pricedFor(new MedicarePricingTerms(Optional.of(locality), qualifyingApm));
    }

    private static Money price(MedicareFeeSchedule schedule, String code, String date) {
        MedicarePrice price = ((MedicareRates.Known) schedule.ratesOn(LocalDate.parse(date))).price(code);
        return ((MedicarePrice.Allowed) price).perUnit();
    }

    private static ClaimDraft scrubIn(MedicareLocality locality, boolean qualifyingApm, VisitBuilder builder) {
        var terms = new MedicarePricingTerms(Optional.of(locality), qualifyingApm);
        return new Scrubber(RULES.withMedicareTerms(terms)).scrub(builder.build());
    }
}

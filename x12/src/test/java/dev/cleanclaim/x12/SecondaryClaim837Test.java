package dev.cleanclaim.x12;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.patient.Coverage;
import dev.cleanclaim.core.patient.MedicareSecondaryType;
import dev.cleanclaim.core.patient.Relationship;
import dev.cleanclaim.core.patient.Sex;
import dev.cleanclaim.core.remit.AdjustmentGroup;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.PriorPayer;
import dev.cleanclaim.core.submission.SamplePackets;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.cleanclaim.core.submission.SamplePackets.adjustment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A claim to a secondary payer: SBR01 S, and the primary's adjudication in loops 2320, 2330A, 2330B and 2430. */
class SecondaryClaim837Test {

    private static final Claim837Validator VALIDATOR = new Claim837Validator();
    private final Claim837Writer writer = new Claim837Writer(VALIDATOR);

    private static ClaimPacket toBlueCross(PriorPayer primary) {
        return SamplePackets.secondaryClaim(SamplePackets.payer("bcbs", "BL"),
                SamplePackets.PRACTICE.payer("bcbs").orElseThrow(), SamplePackets.secondaryBlueCross(), primary);
    }

    private static ClaimPacket toMedicare(PriorPayer primary) {
        return SamplePackets.secondaryClaim(SamplePackets.payer("medicare", "MB"), SamplePackets.MEDICARE,
                new Coverage("medicare", "1EG4TE5MK73", Optional.empty(), Relationship.SELF, Optional.empty()), primary);
    }

    private byte[] write(ClaimPacket... packets) {
        return OutsideValidator.accepted(writer.write(List.of(packets), Interchanges.FIXED));
    }

    private static List<String> segmentsFrom(ParsedSegments file, String tag, String firstElement, int count) {
        List<ParsedSegments.Segment> segments = file.segments();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).tag().equals(tag) && segments.get(i).element(1).equals(firstElement)) {
                List<String> written = new ArrayList<>();
                for (ParsedSegments.Segment segment : segments.subList(i, Math.min(segments.size(), i + count))) {
                    written.add(segment.tag() + "*" + String.join("*", segment.elements()));
                }
                return written;
            }
        }
        throw new AssertionError("no " + tag + "*" + firstElement);
    }

    @Test
    void aSecondaryClaimPassesTheImplementationGuideSchema() {
        assertThat(VALIDATOR.validate(write(toBlueCross(SamplePackets.commercialPaid())))).isEmpty();
    }

    @Test
    void theSubscriberLevelSaysTheBilledPayerIsSecondaryAndNamesTheSecondaryPolicy() throws Exception {
        ParsedSegments file = ParsedSegments.parse(write(toBlueCross(SamplePackets.commercialPaid())));

        assertThat(file.all("SBR").get(0).elements()).containsExactly("S", "18", "SEC-9", "", "", "", "", "", "BL");
        assertThat(file.all("NM1").stream().filter(name -> name.element(1).equals("IL")).findFirst().orElseThrow()
                .element(9)).isEqualTo("RBX700200300");
        assertThat(file.all("NM1").stream().filter(name -> name.element(1).equals("PR")))
                .extracting(name -> name.element(9)).containsExactly("00851", "EXC01");
    }

    @Test
    void loop2320FollowsTheProviderLoopsWithThePrimarysSubscriberAdjustmentsAndPayment() throws Exception {
        ParsedSegments file = ParsedSegments.parse(write(toBlueCross(SamplePackets.commercialPaid())));

        assertThat(segmentsFrom(file, "PRV", "PE", 12)).containsExactly(
                "PRV*PE*PXC*111N00000X",
                "SBR*P*18*GRP-77******CI",
                "CAS*CO*253*1.2",
                "AMT*D*58.8",
                "OI***Y***Y",
                "NM1*IL*1*GARCIA*ANA****MI*XYZ123456789",
                "N3*42 NE ALBERTA ST",
                "N4*PORTLAND*OR*97211",
                "NM1*PR*2*EXAMPLE COMMERCIAL HEALTH PLAN*****PI*EXC01",
                "REF*F8*EXC2026073000417",
                "LX*1",
                "SV1*HC:98941*65*UN*1***1:2:3");
    }

    @Test
    void eachLineCarriesThePrimarysLineAdjudicationAfterItsControlNumber() throws Exception {
        ParsedSegments file = ParsedSegments.parse(write(toBlueCross(SamplePackets.commercialPaid())));

        assertThat(segmentsFrom(file, "REF", "6R", 7)).containsExactly(
                "REF*6R*A1001-20260708-1",
                "SVD*EXC01*40*HC:98941**1",
                "CAS*CO*45*15",
                "CAS*PR*2*10",
                "DTP*573*D8*20260730",
                "AMT*EAF*10",
                "LX*2");
        assertThat(file.all("SVD")).extracting(line -> line.elements().toString())
                .containsExactly("[EXC01, 40, HC:98941, , 1]", "[EXC01, 20, HC:97140:XS, , 1]");
    }

    @Test
    void aPrimaryThatReportedTheClaimAsAWholeGetsItsDateAndPatientLiabilityAtClaimLevel() throws Exception {
        PriorPayer paid = SamplePackets.commercialPaid();
        PriorPayer wholeClaim = new PriorPayer(paid.payer(), paid.coverage(), "CI", "EXC-77", Money.parse("60"),
                paid.adjudicated(), List.of(adjustment(AdjustmentGroup.CO, "45", "27.50"),
                adjustment(AdjustmentGroup.PR, "2", "12.00"), adjustment(AdjustmentGroup.PR, "3", "8.00")), List.of());
        byte[] written = write(toBlueCross(wholeClaim));
        ParsedSegments file = ParsedSegments.parse(written);

        assertThat(VALIDATOR.validate(written)).isEmpty();
        assertThat(segmentsFrom(file, "SBR", "P", 6)).containsExactly(
                "SBR*P*18*GRP-77******CI",
                "CAS*CO*45*27.5",
                "CAS*PR*2*12**3*8",
                "AMT*D*60",
                "AMT*EAF*20",
                "OI***Y***Y");
        assertThat(segmentsFrom(file, "OI", "", 8).subList(4, 8)).containsExactly(
                "NM1*PR*2*EXAMPLE COMMERCIAL HEALTH PLAN*****PI*EXC01",
                "DTP*573*D8*20260730",
                "REF*F8*EXC-77",
                "LX*1");
        assertThat(file.all("SVD")).isEmpty();
    }

    @Test
    void moreThanSixReasonsInOneGroupContinueInAnotherCasAndZeroAdjustmentsAreLeftOut() throws Exception {
        PriorPayer paid = SamplePackets.commercialPaid();
        List<dev.cleanclaim.core.remit.Adjustment> many = new ArrayList<>();
        for (String reason : List.of("1", "2", "3", "4", "5", "6", "7")) {
            many.add(adjustment(AdjustmentGroup.PR, reason, "1.00"));
        }
        many.add(adjustment(AdjustmentGroup.OA, "23", "0.00"));
        PriorPayer manyReasons = new PriorPayer(paid.payer(), paid.coverage(), "CI", "EXC-78", Money.parse("50.50"),
                paid.adjudicated(), many, paid.lines());
        byte[] written = write(toBlueCross(manyReasons));

        assertThat(VALIDATOR.validate(written)).isEmpty();
        assertThat(segmentsFrom(ParsedSegments.parse(written), "SBR", "P", 3)).containsExactly(
                "SBR*P*18*GRP-77******CI",
                "CAS*PR*1*1**2*1**3*1**4*1**5*1**6*1",
                "CAS*PR*7*1");
    }

    @Test
    void medicareAfterAnEmployerPlanIsTheDisabilityRuleUnder65AndTheBillersOwnTypeWins() throws Exception {
        // Ana García is 46 on the date of service: Medicare under 65 behind a group plan is the disability rule.
        ParsedSegments inferred = ParsedSegments.parse(write(toMedicare(SamplePackets.commercialPaid())));
        ParsedSegments workingAged = ParsedSegments.parse(write(toMedicare(
                SamplePackets.commercialPaid().withMedicareSecondary(MedicareSecondaryType.WORKING_AGED))));

        assertThat(inferred.all("SBR").get(0).elements()).containsExactly("S", "18", "", "", "43", "", "", "", "MB");
        assertThat(workingAged.all("SBR").get(0).element(5)).isEqualTo("12");
        assertThat(inferred.all("SBR").get(1).element(5)).as("the primary's SBR05 in 2320").isEmpty();
        assertThat(VALIDATOR.validate(write(toMedicare(SamplePackets.commercialPaid())))).isEmpty();
    }

    @Test
    void theMedicareSecondaryTypeFollowsThePrimarysKindOfPlanAndThePatientsAge() {
        LocalDate service = LocalDate.of(2026, 7, 8);
        LocalDate seventy = LocalDate.of(1956, 7, 8);
        LocalDate fortySix = LocalDate.of(1980, 4, 12);

        assertThat(MedicareSecondaryType.inferred("CI", seventy, service)).contains(MedicareSecondaryType.WORKING_AGED);
        assertThat(MedicareSecondaryType.inferred("BL", LocalDate.of(1961, 7, 8), service))
                .as("65 on the day itself").contains(MedicareSecondaryType.WORKING_AGED);
        assertThat(MedicareSecondaryType.inferred("BL", LocalDate.of(1961, 7, 9), service))
                .contains(MedicareSecondaryType.DISABLED_LARGE_GROUP);
        assertThat(MedicareSecondaryType.inferred("HM", fortySix, service)).contains(MedicareSecondaryType.DISABLED_LARGE_GROUP);
        assertThat(MedicareSecondaryType.inferred("WC", seventy, service)).contains(MedicareSecondaryType.WORKERS_COMPENSATION);
        assertThat(MedicareSecondaryType.inferred("AM", seventy, service)).contains(MedicareSecondaryType.NO_FAULT);
        assertThat(MedicareSecondaryType.inferred("LM", seventy, service)).contains(MedicareSecondaryType.OTHER_LIABILITY);
        assertThat(MedicareSecondaryType.inferred("VA", seventy, service)).contains(MedicareSecondaryType.VETERANS_ADMINISTRATION);
        assertThat(MedicareSecondaryType.inferred("CH", seventy, service)).isEmpty();
    }

    @Test
    void aClaimAfterMedicareForwardsMedicaresRemarkCodesInMoa() throws Exception {
        PriorPayer paid = SamplePackets.commercialPaid();
        PriorPayer medicare = new PriorPayer(SamplePackets.MEDICARE, paid.coverage(), "MB", paid.payerClaimNumber(),
                paid.paid(), paid.adjudicated(), paid.claimAdjustments(), paid.lines())
                .withRemarks(List.of("MA01", "N130", "M80", "N381", "MA18", "N211"));
        byte[] written = write(toBlueCross(medicare));

        ParsedSegments file = ParsedSegments.parse(written);
        assertThat(file.all("MOA")).singleElement().satisfies(moa -> assertThat(moa.elements())
                .containsExactly("", "", "MA01", "N130", "M80", "N381", "MA18"));
        assertThat(segmentsFrom(file, "OI", "", 2)).as("MOA follows OI in 2320, before 2330A").element(1).asString()
                .startsWith("MOA*");
        assertThat(VALIDATOR.validate(written)).isEmpty();
    }

    @Test
    void anotherPayersRemarksOrNoneWriteNoMoa() throws Exception {
        PriorPayer commercial = SamplePackets.commercialPaid().withRemarks(List.of("N130"));
        PriorPayer paid = SamplePackets.commercialPaid();
        PriorPayer medicareWithoutRemarks = new PriorPayer(SamplePackets.MEDICARE, paid.coverage(), "MB",
                paid.payerClaimNumber(), paid.paid(), paid.adjudicated(), paid.claimAdjustments(), paid.lines());

        assertThat(ParsedSegments.parse(write(toBlueCross(commercial))).all("MOA")).isEmpty();
        assertThat(ParsedSegments.parse(write(toBlueCross(medicareWithoutRemarks))).all("MOA")).isEmpty();
    }

    @Test
    void aPrimaryOfAnUnknownKindLeavesMedicareTheOneCodeThatAssertsNothing() throws Exception {
        PriorPayer paid = SamplePackets.commercialPaid();
        PriorPayer tricare = new PriorPayer(paid.payer(), paid.coverage(), "CH", paid.payerClaimNumber(), paid.paid(),
                paid.adjudicated(), paid.claimAdjustments(), paid.lines());

        assertThat(ParsedSegments.parse(write(toMedicare(tricare))).all("SBR").get(0).element(5)).isEqualTo("47");
    }

    @Test
    void aClaimToThePrimaryNamingMedicareAsTheNextPayerCarriesSbr05InMedicaresLoop2320() throws Exception {
        var medicarePolicy = new Coverage("medicare", "1EG4TE5MK73", Optional.empty(), Relationship.SELF, Optional.empty());
        ClaimPacket toPrimary = SamplePackets.chiropracticVisit().withNext(new dev.cleanclaim.core.submission.NextPayer(
                SamplePackets.MEDICARE, medicarePolicy.covering(SamplePackets.chiropracticVisit().patient()), "MB"));
        ClaimPacket toldWhy = SamplePackets.chiropracticVisit().withNext(new dev.cleanclaim.core.submission.NextPayer(
                SamplePackets.MEDICARE, medicarePolicy.covering(SamplePackets.chiropracticVisit().patient()), "MB",
                Optional.of(MedicareSecondaryType.END_STAGE_RENAL_DISEASE)));
        ClaimPacket commercialNext = SamplePackets.chiropracticVisit().withNext(new dev.cleanclaim.core.submission.NextPayer(
                SamplePackets.MEDICARE, medicarePolicy.covering(SamplePackets.chiropracticVisit().patient()), "CI"));

        assertThat(ParsedSegments.parse(write(toPrimary)).all("SBR")).extracting(sbr -> sbr.element(1) + " "
                + sbr.element(5) + " " + sbr.element(9)).containsExactly("P  CI", "S 43 MB");
        assertThat(ParsedSegments.parse(write(toldWhy)).all("SBR").get(1).element(5)).isEqualTo("13");
        assertThat(ParsedSegments.parse(write(commercialNext)).all("SBR").get(1).element(5))
                .as("SBR05 only names why Medicare pays later").isEmpty();
    }

    @Test
    void noInsuranceTypeGoesToMedicareAsPrimaryOrToAnotherSecondaryPayer() throws Exception {
        ClaimPacket medicarePrimary = SamplePackets.packet(SamplePackets.payer("medicare", "MB"), SamplePackets.selfInsured(),
                SamplePackets.CHIROPRACTOR, LocalDate.of(2026, 7, 8), List.of("M99.01"),
                List.of(SamplePackets.line("98940", List.of("AT"), 1, "45.00", "A")), java.util.Map.of());
        ClaimPacket withAccount = new ClaimPacket(medicarePrimary.claim(), medicarePrimary.practice(),
                medicarePrimary.payerPack(), Optional.of(SamplePackets.MEDICARE), medicarePrimary.patient(),
                medicarePrimary.rendering(), medicarePrimary.referring(), medicarePrimary.patientControlNumber(),
                medicarePrimary.placeOfService(), medicarePrimary.lines());

        assertThat(ParsedSegments.parse(write(withAccount)).all("SBR").get(0).elements())
                .containsExactly("P", "18", "GRP-77", "", "", "", "", "", "MB");
        assertThat(ParsedSegments.parse(write(toBlueCross(SamplePackets.commercialPaid()))).all("SBR").get(0).element(5))
                .isEmpty();
    }

    @Test
    void aDependentsSecondaryClaimCarriesThePrimaryLoopsUnderThePatientLevel() throws Exception {
        ClaimPacket cupping = SamplePackets.cuppingForADependent();
        PriorPayer blueCrossPaid = new PriorPayer(SamplePackets.PRACTICE.payer("bcbs").orElseThrow(), cupping.patient(),
                "BL", "RBX-555", Money.parse("90.00"), LocalDate.of(2026, 7, 28), List.of(),
                List.of(new PriorPayer.LineAdjudication(1, "97124", List.of("U7"), Money.parse("70.00"), 2,
                                List.of(adjustment(AdjustmentGroup.CO, "45", "10.00"))),
                        new PriorPayer.LineAdjudication(2, "97139", List.of(), Money.parse("20.00"), 1,
                                List.of(adjustment(AdjustmentGroup.PR, "2", "15.00")))));
        Coverage fathersPlan = new Coverage("commercial", "EXC-D-4410", Optional.of("G-1"), Relationship.CHILD,
                Optional.of(SamplePackets.person("Min", "Park", LocalDate.of(1982, 3, 3), Sex.M)));
        ClaimPacket secondary = new ClaimPacket(cupping.claim(), cupping.practice(), SamplePackets.payer("commercial", "CI"),
                SamplePackets.PRACTICE.payer("commercial"), fathersPlan.covering(cupping.patient()), cupping.rendering(),
                cupping.referring(), cupping.patientControlNumber(), cupping.placeOfService(), cupping.lines())
                .withPrior(blueCrossPaid);
        byte[] written = write(secondary);
        ParsedSegments file = ParsedSegments.parse(written);

        assertThat(VALIDATOR.validate(written)).isEmpty();
        assertThat(file.all("SBR")).extracting(sbr -> sbr.elements().toString())
                .containsExactly("[S, , G-1, , , , , , CI]", "[P, 19, , , , , , , BL]");
        assertThat(file.all("NM1").stream().filter(name -> name.element(1).equals("IL")))
                .extracting(name -> name.element(4) + " " + name.element(9))
                .containsExactly("MIN EXC-D-4410", "HANA BCX555000111");
        assertThat(file.all("SVD")).extracting(line -> line.element(3)).containsExactly("HC:97124:U7", "HC:97139");
    }

    @Test
    void aPrimaryClaimWritesNoneOfTheSecondaryLoops() throws Exception {
        ParsedSegments file = ParsedSegments.parse(write(SamplePackets.chiropracticVisit(), SamplePackets.cuppingForADependent()));

        assertThat(file.all("SBR")).extracting(sbr -> sbr.element(1)).containsExactly("P", "P");
        for (String tag : List.of("CAS", "AMT", "OI", "SVD")) {
            assertThat(file.all(tag)).as(tag).isEmpty();
        }
        assertThat(file.all("REF")).noneMatch(ref -> ref.element(1).equals("F8"));
    }

    @Test
    void aPrimaryClaimNamesTheSecondPolicyOnFileInA2320WithoutAmounts() throws Exception {
        byte[] written = write(SamplePackets.primaryWithSecondPolicy());
        ParsedSegments file = ParsedSegments.parse(written);

        assertThat(VALIDATOR.validate(written)).isEmpty();
        assertThat(file.all("SBR")).extracting(sbr -> sbr.element(1)).containsExactly("P", "S");
        assertThat(segmentsFrom(file, "PRV", "PE", 8)).containsExactly(
                "PRV*PE*PXC*111N00000X",
                "SBR*S*18*SEC-9******BL",
                "OI***Y***Y",
                "NM1*IL*1*GARCIA*ANA****MI*RBX700200300",
                "N3*42 NE ALBERTA ST",
                "N4*PORTLAND*OR*97211",
                "NM1*PR*2*REGENCE BLUECROSS BLUESHIELD OF OREGON*****PI*00851",
                "LX*1");
        for (String tag : List.of("CAS", "AMT", "SVD")) {
            assertThat(file.all(tag)).as("nothing adjudicated yet: no " + tag).isEmpty();
        }
        assertThat(file.all("REF")).noneMatch(ref -> ref.element(1).equals("F8"));
    }

    @Test
    void aSecondaryClaimThatKnowsAThirdPayerNamesItAsTertiaryAfterThePrimarysLoop() throws Exception {
        PriorPayer paid = SamplePackets.commercialPaid();
        var thirdPolicy = new Coverage("medicare", "1EG4TE5MK73", Optional.empty(), Relationship.SELF, Optional.empty());
        ClaimPacket secondary = toBlueCross(paid).withNext(new dev.cleanclaim.core.submission.NextPayer(
                SamplePackets.MEDICARE, thirdPolicy.covering(SamplePackets.chiropracticVisit().patient()), "MB"));
        byte[] written = write(secondary);

        assertThat(VALIDATOR.validate(written)).isEmpty();
        assertThat(ParsedSegments.parse(written).all("SBR")).extracting(sbr -> sbr.element(1) + " " + sbr.element(9))
                .containsExactly("S BL", "P CI", "T MB");
        assertThat(ParsedSegments.parse(written).all("SBR").get(2).element(5)).as("Medicare third, behind group plans")
                .isEqualTo("43");
    }

    @Test
    void aLineAdjudicationWithoutItsDateIsReportedInLoop2430() {
        String written = new String(write(toBlueCross(SamplePackets.commercialPaid())), StandardCharsets.US_ASCII);
        String mangled = written.replaceFirst("DTP\\*573\\*D8\\*20260730~\\s*", "");

        assertThat(mangled).isNotEqualTo(written);
        assertThat(VALIDATOR.validate(mangled.getBytes(StandardCharsets.US_ASCII)))
                .anySatisfy(problem -> assertThat(problem.toString()).contains("2430"));
    }

    @Test
    void aPrimaryWithoutTheMemberIdOnItsCardIsRefusedBeforeAnythingIsWritten() {
        PriorPayer paid = SamplePackets.commercialPaid();
        var noMemberId = new dev.cleanclaim.core.patient.Patient(paid.coverage().person(), "A1001", Optional.empty(),
                Optional.empty(), Relationship.SELF, Optional.empty(), Optional.empty());
        PriorPayer unnamed = new PriorPayer(paid.payer(), noMemberId, "CI", "EXC-79", paid.paid(), paid.adjudicated(),
                paid.claimAdjustments(), paid.lines());

        assertThatThrownBy(() -> write(toBlueCross(unnamed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2330A");
    }
}

package dev.cleanclaim.forms;

import dev.cleanclaim.core.claim.ClaimLine;
import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.SamplePackets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class Cms1500PdfTest {

    private static final LocalDate PRINTED = LocalDate.of(2026, 7, 9);
    private final Cms1500Pdf pdf = new Cms1500Pdf(Cms1500Layout.builtIn());

    private PdfBoxes render(Cms1500Pdf.Mode mode, ClaimPacket... packets) throws Exception {
        return new PdfBoxes(pdf.render(List.of(packets), mode, PRINTED));
    }

    @ParameterizedTest(name = "box {0} reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "payer.name|EXAMPLE COMMERCIAL HEALTH PLAN",
            "1.group|X",
            "1a|XYZ123456789",
            "2|GARCIA, ANA",
            "3.birth|04 12 1980",
            "3.f|X",
            "4|GARCIA, ANA",
            "5.street|42 NE ALBERTA ST",
            "5.city|PORTLAND",
            "5.state|OR",
            "5.zip|97211",
            "6.self|X",
            "7.street|42 NE ALBERTA ST",
            "11|GRP-77",
            "11c|EXAMPLE COMMERCIAL HEALTH PLAN",
            "11d.no|X",
            "12|SIGNATURE ON FILE",
            "13|SIGNATURE ON FILE",
            "17.qualifier|DN",
            "17.name|MARIA LOPEZ",
            "17b|1558598797",
            "21.indicator|0",
            "21.A|M99.01",
            "21.B|M99.02",
            "21.C|M99.03",
            "21.D|M25.512",
            "24.from#1|07 08 26",
            "24.to#1|07 08 26",
            "24.pos#1|11",
            "24.cpt#1|98941",
            "24.pointer#1|ABC",
            "24.dollars#1|65",
            "24.cents#1|00",
            "24.units#1|1",
            "24.npi#1|1000000004",
            "24.qualifier#1|ZZ",
            "24.taxonomy#1|111N00000X",
            "24.cpt#2|97140",
            "24.modifiers#2|XS",
            "24.pointer#2|D",
            "24.dollars#2|42",
            "24.cents#2|50",
            "25|93-1234567",
            "25.ein|X",
            "26|A1001",
            "27.yes|X",
            "28.dollars|107",
            "28.cents|50",
            "31.name|SIGNATURE ON FILE",
            "31.date|07/09/26",
            "32.name|RIVERSIDE CHIROPRACTIC AND MASSAGE LLC",
            "32a|1234567893",
            "33.name|RIVERSIDE CHIROPRACTIC AND MASSAGE LLC",
            "33.street|1200 SW RIVERSIDE AVE SUITE 4",
            "33.city|PORTLAND OR 97201-1234",
            "33.phone|503-555-0100",
            "33a|1234567893",
            "33b|ZZ111N00000X",
    })
    void every_box_our_data_fills_prints_in_its_place_on_the_red_form(String box, String expected) throws Exception {
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, SamplePackets.chiropracticVisit())) {
            assertThat(form.field(1, box)).isEqualTo(expected);
        }
    }

    @Test
    void a_name_with_an_accent_prints_in_plain_capitals_as_the_837P_sends_it_so_a_payers_OCR_reads_it() throws Exception {
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, SamplePackets.chiropracticVisit())) {
            assertThat(SamplePackets.chiropracticVisit().patient().person().lastName()).isEqualTo("García");
            assertThat(form.field(1, "2")).isEqualTo("GARCIA, ANA");
        }
    }

    @Test
    void a_plan_name_longer_than_its_box_prints_whole_in_a_smaller_type_and_never_runs_into_the_next_box() throws Exception {
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, SamplePackets.chiropracticVisit())) {
            assertThat(form.field(1, "11c")).isEqualTo("EXAMPLE COMMERCIAL HEALTH PLAN");
            assertThat(form.field(1, "5.city")).isEqualTo("PORTLAND");
        }
    }

    @Test
    void a_dependent_claim_names_the_insured_in_box_4_and_box_11a_and_checks_child_in_box_6() throws Exception {
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, SamplePackets.cuppingForADependent())) {
            assertThat(form.field(1, "2")).isEqualTo("PARK, LEO");
            assertThat(form.field(1, "4")).isEqualTo("PARK, HANA");
            assertThat(form.field(1, "6.child")).isEqualTo("X");
            assertThat(form.field(1, "11a.birth")).isEqualTo("01 05 1984");
            assertThat(form.field(1, "11a.f")).isEqualTo("X");
            assertThat(form.field(1, "1.group")).isEqualTo("X");
            assertThat(form.field(1, "11")).isEqualTo("NONE");
            assertThat(form.field(1, "17.name")).isEmpty();
            assertThat(form.field(1, "24.shaded#2")).isEqualTo("ZZMYOFASCIAL CUPPING: LUMBAR PARASPINALS*10 MIN");
        }
    }

    @Test
    void a_replacement_claim_fills_box_22_with_code_7_and_the_payers_claim_number_and_an_original_leaves_it_blank()
            throws Exception {
        ClaimPacket original = SamplePackets.chiropracticVisit();
        ClaimPacket replacement = original.correcting(new dev.cleanclaim.core.submission.Correction(
                dev.cleanclaim.core.submission.ClaimFrequency.REPLACEMENT, "2026309BC00117"), original.patientControlNumber() + "R");
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, replacement)) {
            assertThat(form.field(1, "22.code")).isEqualTo("7");
            assertThat(form.field(1, "22.original")).isEqualTo("2026309BC00117");
        }
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, original)) {
            assertThat(form.field(1, "22.code")).isEmpty();
        }
    }

    @Test
    void a_claim_with_no_other_plan_on_file_says_no_in_box_11d_and_leaves_boxes_9_and_29_blank() throws Exception {
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, SamplePackets.chiropracticVisit())) {
            assertThat(form.field(1, "11d.yes")).isEmpty();
            for (String box : List.of("9", "9a", "9d", "29.dollars", "29.cents")) {
                assertThat(form.field(1, box)).as(box).isEmpty();
            }
        }
    }

    @Test
    void a_claim_to_the_primary_names_the_second_policy_in_boxes_9_to_9d_and_says_yes_in_11d() throws Exception {
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, SamplePackets.primaryWithSecondPolicy())) {
            assertThat(form.field(1, "11d.yes")).isEqualTo("X");
            assertThat(form.field(1, "11d.no")).isEmpty();
            assertThat(form.field(1, "9")).isEqualTo("GARCIA, ANA");
            assertThat(form.field(1, "9a")).isEqualTo("RBX700200300");
            assertThat(form.field(1, "9d")).isEqualTo("REGENCE BLUECROSS BLUESHIELD OF OREGON");
            assertThat(form.field(1, "1a")).as("box 1a stays the primary's").isEqualTo("XYZ123456789");
            assertThat(form.field(1, "29.dollars")).isEmpty();
        }
    }

    @Test
    void a_claim_to_the_secondary_names_the_primary_in_boxes_9_to_9d_and_its_payment_in_box_29() throws Exception {
        ClaimPacket secondary = SamplePackets.secondaryClaim(SamplePackets.payer("bcbs", "BL"),
                SamplePackets.PRACTICE.payer("bcbs").orElseThrow(), SamplePackets.secondaryBlueCross(),
                SamplePackets.commercialPaid());
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, secondary)) {
            assertThat(form.field(1, "1a")).isEqualTo("RBX700200300");
            assertThat(form.field(1, "11")).isEqualTo("SEC-9");
            assertThat(form.field(1, "11d.yes")).isEqualTo("X");
            assertThat(form.field(1, "9")).isEqualTo("GARCIA, ANA");
            assertThat(form.field(1, "9a")).isEqualTo("XYZ123456789");
            assertThat(form.field(1, "9d")).isEqualTo("EXAMPLE COMMERCIAL HEALTH PLAN");
            assertThat(form.field(1, "29.dollars")).isEqualTo("58");
            assertThat(form.field(1, "29.cents")).isEqualTo("80");
        }
    }

    @Test
    void the_full_form_draws_the_other_insured_boxes_and_box_11d() throws Exception {
        try (PdfBoxes full = render(Cms1500Pdf.Mode.FULL_FORM, SamplePackets.primaryWithSecondPolicy())) {
            assertThat(full.allText()).contains("a. OTHER INSURED'S POLICY OR GROUP NUMBER",
                    "d. IS THERE ANOTHER HEALTH BENEFIT PLAN?", "29. AMOUNT PAID");
            assertThat(full.field(1, "9a")).isEqualTo("RBX700200300");
        }
    }

    @Test
    void seven_or_more_lines_continue_on_a_second_page_with_the_total_on_the_last_page_only() throws Exception {
        List<ClaimLine> lines = new ArrayList<>();
        String[] codes = {"97110", "97112", "97140", "97124", "97530", "97010", "97012", "97035"};
        for (String code : codes) {
            lines.add(SamplePackets.line(code, List.of("GP"), 1, "10.00", "A"));
        }
        ClaimPacket packet = SamplePackets.packet(SamplePackets.payer("medicare", "MB"), SamplePackets.selfInsured(),
                SamplePackets.CHIROPRACTOR, LocalDate.of(2026, 7, 8), List.of("M54.50"), lines, Map.of());

        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, packet)) {
            assertThat(form.pages()).isEqualTo(2);
            assertThat(form.field(1, "24.cpt#6")).isEqualTo("97010");
            assertThat(form.field(2, "24.cpt#1")).isEqualTo("97012");
            assertThat(form.field(2, "24.cpt#2")).isEqualTo("97035");
            assertThat(form.field(2, "24.cpt#3")).isEmpty();
            assertThat(form.field(1, "28.dollars")).isEmpty();
            assertThat(form.field(2, "28.dollars")).isEqualTo("80");
            assertThat(form.field(2, "2")).isEqualTo("GARCIA, ANA");
            assertThat(form.field(1, "1.medicare")).isEqualTo("X");
        }
    }

    @Test
    void each_claim_starts_on_its_own_page() throws Exception {
        try (PdfBoxes form = render(Cms1500Pdf.Mode.RED_FORM, SamplePackets.chiropracticVisit(),
                SamplePackets.cuppingForADependent())) {
            assertThat(form.pages()).isEqualTo(2);
            assertThat(form.field(2, "26")).isEqualTo("A1002");
        }
    }

    @Test
    void the_red_form_prints_data_only_and_the_full_form_draws_the_boxes_and_captions() throws Exception {
        try (PdfBoxes red = render(Cms1500Pdf.Mode.RED_FORM, SamplePackets.chiropracticVisit());
             PdfBoxes full = render(Cms1500Pdf.Mode.FULL_FORM, SamplePackets.chiropracticVisit())) {
            assertThat(red.allText()).doesNotContain("HEALTH INSURANCE CLAIM FORM").doesNotContain("1a. INSURED'S I.D. NUMBER");
            assertThat(full.allText()).contains("HEALTH INSURANCE CLAIM FORM", "1a. INSURED'S I.D. NUMBER",
                    "33. BILLING PROVIDER INFO & PH #", "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY");
            assertThat(full.field(1, "1a")).isEqualTo("XYZ123456789");
            assertThat(full.field(1, "24.cpt#1")).isEqualTo("98941");
        }
    }

    @ParameterizedTest
    @EnumSource(Cms1500Pdf.Mode.class)
    void data_prints_in_upper_case_courier(Cms1500Pdf.Mode mode) throws Exception {
        try (PdfBoxes form = render(mode, SamplePackets.chiropracticVisit())) {
            assertThat(form.field(1, "33.city")).isUpperCase();
        }
    }
}

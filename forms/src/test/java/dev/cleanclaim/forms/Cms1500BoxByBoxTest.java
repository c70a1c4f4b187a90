package dev.cleanclaim.forms;

import dev.cleanclaim.core.submission.ClaimPacket;
import dev.cleanclaim.core.submission.SamplePackets;
import dev.cleanclaim.core.visit.Accident;
import dev.cleanclaim.core.visit.Circumstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every box of a full claim, read back from the PDF in the box's own area, in both modes: what the red OCR form gets
 * printed on it and what the drawn form shows. A box the record has nothing for is drawn and left empty.
 */
class Cms1500BoxByBoxTest {

    private static final LocalDate PRINTED = LocalDate.of(2026, 7, 9);
    private static final String SOF = "SIGNATURE ON FILE";

    /** Box, what it reads; "" for a box the record has nothing for (drawn, empty). */
    private static final String[][] FULL_CLAIM = {
            {"payer.name", "REGENCE BLUECROSS BLUESHIELD OF OREGON"},
            {"payer.street", ""},
            {"1.medicare", ""}, {"1.medicaid", ""}, {"1.tricare", ""}, {"1.champva", ""},
            {"1.group", "X"}, {"1.feca", ""}, {"1.other", ""},
            {"1a", "BCX555000111"},
            {"2", "PARK, LEO"},
            {"3.birth", "09 30 2012"}, {"3.m", "X"}, {"3.f", ""},
            {"4", "PARK, HANA"},
            {"5.street", "42 NE ALBERTA ST"}, {"5.city", "PORTLAND"}, {"5.state", "OR"}, {"5.zip", "97211"},
            {"6.self", ""}, {"6.spouse", ""}, {"6.child", "X"}, {"6.other", ""},
            {"7.street", "42 NE ALBERTA ST"}, {"7.city", "PORTLAND"}, {"7.state", "OR"}, {"7.zip", "97211"},
            {"9", "PARK, MIN"}, {"9a", "XYZ123456"}, {"9d", "EXAMPLE COMMERCIAL HEALTH PLAN"},
            {"10a.yes", ""}, {"10a.no", "X"},
            {"10b.yes", "X"}, {"10b.no", ""}, {"10b.state", "WA"},
            {"10c.yes", ""}, {"10c.no", "X"},
            {"10d", ""},
            {"11", "GRP-4410"}, {"11a.birth", "01 05 1984"}, {"11a.m", ""}, {"11a.f", "X"},
            {"11b", ""}, {"11c", "REGENCE BLUECROSS BLUESHIELD OF OREGON"},
            {"11d.yes", "X"}, {"11d.no", ""},
            {"12", SOF}, {"12.date", "07/09/26"}, {"13", SOF},
            {"14.date", "06 29 26"}, {"14.qualifier", "431"},
            {"15.qualifier", "454"}, {"15.date", "07 01 26"},
            {"16.from", ""}, {"16.to", ""},
            {"17.qualifier", "DN"}, {"17.name", "MARIA LOPEZ"}, {"17a.qualifier", ""}, {"17a", ""},
            {"17b", "1558598797"},
            {"18.from", ""}, {"18.to", ""},
            {"19", ""},
            {"20.yes", ""}, {"20.no", "X"}, {"20.dollars", ""}, {"20.cents", ""},
            {"21.indicator", "0"},
            {"21.A", "M99.01"}, {"21.B", "M99.02"}, {"21.C", "M99.03"}, {"21.D", "M25.512"},
            {"21.E", "M54.50"}, {"21.F", "M54.2"}, {"21.G", "M62.830"}, {"21.H", "M79.18"},
            {"21.I", "S13.4XXA"}, {"21.J", "G44.209"}, {"21.K", "M54.6"}, {"21.L", "M53.3"},
            {"22.code", "7"}, {"22.original", "2026309BC00117"},
            {"23", "AUTH-2026-0042"},
            {"24.from#1", "07 08 26"}, {"24.to#1", "07 08 26"}, {"24.pos#1", "11"}, {"24.cpt#1", "98941"},
            {"24.modifiers#1", ""}, {"24.pointer#1", "ABC"}, {"24.dollars#1", "65"}, {"24.cents#1", "00"},
            {"24.units#1", "1"}, {"24.qualifier#1", "ZZ"}, {"24.taxonomy#1", "111N00000X"}, {"24.npi#1", "1000000004"},
            {"24.shaded#1", ""},
            {"24.cpt#2", "97140"}, {"24.modifiers#2", "XS"}, {"24.pointer#2", "D"},
            {"24.dollars#2", "42"}, {"24.cents#2", "50"},
            {"24.cpt#3", "97112"}, {"24.modifiers#3", "GP KX"}, {"24.units#3", "2"},
            {"24.dollars#3", "96"}, {"24.cents#3", "50"},
            {"24.cpt#4", "97110"}, {"24.modifiers#4", "GP KX 59 XU"}, {"24.pointer#4", "FGHI"},
            {"24.units#4", "3"}, {"24.dollars#4", "120"}, {"24.cents#4", "00"},
            {"24.cpt#5", "97124"}, {"24.units#5", "4"}, {"24.dollars#5", "1000"}, {"24.cents#5", "00"},
            {"24.cpt#6", "97139"}, {"24.pointer#6", "L"}, {"24.dollars#6", "35"}, {"24.cents#6", "00"},
            {"24.shaded#6", "ZZMYOFASCIAL CUPPING: LUMBAR PARASPINALS*10 MIN"},
            {"24.npi#6", "1000000004"},
            {"25", "93-1234567"}, {"25.ssn", ""}, {"25.ein", "X"},
            {"26", "A1002"},
            {"27.yes", "X"}, {"27.no", ""},
            {"28.dollars", "1359"}, {"28.cents", "00"},
            {"29.dollars", ""}, {"29.cents", ""},
            {"30.dollars", ""}, {"30.cents", ""},
            {"31.name", SOF}, {"31.date", "07/09/26"},
            {"32.name", "RIVERSIDE CHIROPRACTIC AND MASSAGE LLC"},
            {"32.street", "1200 SW RIVERSIDE AVE SUITE 4"},
            {"32.city", "PORTLAND OR 97201-1234"},
            {"32a", "1234567893"}, {"32b", ""},
            {"33.phone", "503-555-0100"},
            {"33.name", "RIVERSIDE CHIROPRACTIC AND MASSAGE LLC"},
            {"33.street", "1200 SW RIVERSIDE AVE SUITE 4"},
            {"33.city", "PORTLAND OR 97201-1234"},
            {"33a", "1234567893"}, {"33b", "ZZ111N00000X"},
    };

    private final Cms1500Pdf pdf = new Cms1500Pdf(Cms1500Layout.builtIn());

    private PdfBoxes render(Cms1500Pdf.Mode mode, ClaimPacket packet) throws Exception {
        return new PdfBoxes(pdf.render(List.of(packet), mode, PRINTED));
    }

    static Stream<Arguments> everyBoxInBothModes() {
        return Arrays.stream(Cms1500Pdf.Mode.values()).flatMap(mode -> Arrays.stream(FULL_CLAIM)
                .map(box -> Arguments.of(mode, box[0], box[1])));
    }

    @ParameterizedTest(name = "{0}: box {1} reads \"{2}\"")
    @MethodSource("everyBoxInBothModes")
    void every_box_of_a_full_claim_reads_what_the_claim_record_says_in_both_modes(
            Cms1500Pdf.Mode mode, String box, String expected) throws Exception {
        try (PdfBoxes form = render(mode, FullClaims.everyBoxTheRecordKnows())) {
            assertThat(form.field(1, box)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Cms1500Pdf.Mode.class)
    void a_work_injury_from_another_accident_says_yes_in_10a_and_10c_and_box_15_falls_back_to_the_last_x_ray(
            Cms1500Pdf.Mode mode) throws Exception {
        Circumstances fallAtWork = new Circumstances(true, Optional.of(new Accident.Other(LocalDate.of(2026, 6, 20))),
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 6, 22)));

        try (PdfBoxes form = render(mode, SamplePackets.chiropracticVisit().withCircumstances(fallAtWork))) {
            assertThat(boxes(form, "10a.yes", "10a.no", "10b.yes", "10b.no", "10b.state", "10c.yes", "10c.no"))
                    .containsExactly("X", "", "", "X", "", "X", "");
            assertThat(boxes(form, "14.date", "14.qualifier", "15.qualifier", "15.date"))
                    .containsExactly("", "", "455", "06 22 26");
        }
    }

    @ParameterizedTest
    @EnumSource(Cms1500Pdf.Mode.class)
    void an_accident_with_no_treatment_or_x_ray_date_puts_the_accident_date_in_box_15(Cms1500Pdf.Mode mode)
            throws Exception {
        Circumstances crash = new Circumstances(false, Optional.of(new Accident.Auto("OR", LocalDate.of(2026, 7, 3))),
                Optional.empty(), Optional.empty(), Optional.empty());

        try (PdfBoxes form = render(mode, SamplePackets.chiropracticVisit().withCircumstances(crash))) {
            assertThat(boxes(form, "10a.no", "10b.yes", "10b.state", "10c.no", "15.qualifier", "15.date"))
                    .containsExactly("X", "X", "OR", "X", "439", "07 03 26");
        }
    }

    @ParameterizedTest
    @EnumSource(Cms1500Pdf.Mode.class)
    void a_condition_related_to_nothing_says_no_in_10a_to_10c_and_leaves_14_and_15_empty(Cms1500Pdf.Mode mode)
            throws Exception {
        try (PdfBoxes form = render(mode, SamplePackets.chiropracticVisit())) {
            assertThat(boxes(form, "10a.yes", "10a.no", "10b.yes", "10b.no", "10b.state", "10c.yes", "10c.no",
                    "14.date", "14.qualifier", "15.qualifier", "15.date"))
                    .containsExactly("", "X", "", "X", "", "", "X", "", "", "", "");
        }
    }

    private static List<String> boxes(PdfBoxes form, String... names) throws java.io.IOException {
        List<String> read = new java.util.ArrayList<>();
        for (String name : names) {
            read.add(form.field(1, name));
        }
        return read;
    }

    @ParameterizedTest
    @EnumSource(Cms1500Pdf.Mode.class)
    void money_prints_dollars_and_cents_in_their_own_columns_with_the_rule_between_never_run_together(
            Cms1500Pdf.Mode mode) throws Exception {
        try (PdfBoxes form = render(mode, FullClaims.everyBoxTheRecordKnows())) {
            assertThat(form.area(1, 56, 50, 1, 10)).as("box 28").isEqualTo("1359 00");
            assertThat(form.area(1, 44, 50, 1, 10)).as("24F, line 1").isEqualTo("65 00");
            assertThat(form.area(1, 52, 50, 1, 10)).as("24F, line 5").isEqualTo("1000 00");
            assertThat(form.allText()).doesNotContain("135900").doesNotContain("6500 ");
        }
        ClaimPacket secondary = SamplePackets.secondaryClaim(SamplePackets.payer("bcbs", "BL"),
                SamplePackets.PRACTICE.payer("bcbs").orElseThrow(), SamplePackets.secondaryBlueCross(),
                SamplePackets.commercialPaid());
        try (PdfBoxes form = render(mode, secondary)) {
            assertThat(form.area(1, 56, 60, 1, 10)).as("box 29").isEqualTo("58 80");
            assertThat(form.area(1, 56, 50, 1, 10)).as("box 28").isEqualTo("107 50");
        }
    }

    @ParameterizedTest
    @EnumSource(Cms1500Pdf.Mode.class)
    void an_amount_too_long_for_its_columns_prints_whole_in_a_smaller_type_and_is_never_cut(Cms1500Pdf.Mode mode)
            throws Exception {
        ClaimPacket huge = SamplePackets.packet(SamplePackets.payer("commercial", "CI"), SamplePackets.selfInsured(),
                SamplePackets.CHIROPRACTOR, LocalDate.of(2026, 7, 8), List.of("M54.50"),
                List.of(SamplePackets.line("97110", List.of(), 1, "12345678.90", "A")), java.util.Map.of());
        try (PdfBoxes form = render(mode, huge)) {
            assertThat(form.field(1, "24.dollars#1")).isEqualTo("12345678");
            assertThat(form.field(1, "24.cents#1")).isEqualTo("90");
            assertThat(form.field(1, "28.dollars")).isEqualTo("12345678");
        }
    }

    @ParameterizedTest
    @EnumSource(Cms1500Pdf.Mode.class)
    void boxes_32_and_33_print_the_whole_name_and_address_inside_their_box_in_a_smaller_type_when_long(
            Cms1500Pdf.Mode mode) throws Exception {
        try (PdfBoxes form = render(mode, FullClaims.everyBoxTheRecordKnows())) {
            // Read on the data lines only (58-61), the box's width and no more: nothing spills out or is cut.
            assertThat(form.area(1, 58, 23, 4, 26)).isEqualTo("""
                    RIVERSIDE CHIROPRACTIC AND MASSAGE LLC
                    1200 SW RIVERSIDE AVE SUITE 4
                    PORTLAND OR 97201-1234
                    1234567893""");
            assertThat(form.area(1, 58, 50, 4, 30)).contains("RIVERSIDE CHIROPRACTIC AND MASSAGE LLC",
                    "1200 SW RIVERSIDE AVE SUITE 4", "PORTLAND OR 97201-1234", "1234567893", "ZZ111N00000X");
            assertThat(form.area(1, 57, 66, 1, 14)).isEqualTo("503-555-0100");
        }
    }

    @Test
    void the_drawn_form_labels_its_check_boxes() throws Exception {
        try (PdfBoxes full = render(Cms1500Pdf.Mode.FULL_FORM, FullClaims.everyBoxTheRecordKnows())) {
            assertThat(full.box(1, "1.")).contains("MEDICARE", "MEDICAID", "TRICARE", "CHAMPVA", "GROUP HEALTH PLAN",
                    "FECA BLK LUNG", "OTHER");
            assertThat(full.box(1, "3. PATIENT'S BIRTH DATE")).contains("SEX", "M", "F");
            assertThat(full.box(1, "6. PATIENT RELATIONSHIP")).contains("Self", "Spouse", "Child", "Other");
            for (String box : List.of("a. EMPLOYMENT?", "b. AUTO ACCIDENT?", "c. OTHER ACCIDENT?",
                    "d. IS THERE ANOTHER", "20. OUTSIDE LAB?", "27. ACCEPT ASSIGNMENT?")) {
                assertThat(full.box(1, box)).as(box).contains("YES", "NO");
            }
            assertThat(full.box(1, "a. INSURED'S DATE OF BIRTH")).contains("SEX", "M", "F");
            assertThat(full.box(1, "25. FEDERAL TAX")).contains("SSN", "EIN");
        }
    }

    @Test
    void the_drawn_form_draws_every_box_even_those_the_record_leaves_empty() throws Exception {
        try (PdfBoxes full = render(Cms1500Pdf.Mode.FULL_FORM, FullClaims.everyBoxTheRecordKnows())) {
            assertThat(full.allText()).contains("8. RESERVED FOR NUCC USE", "10. IS PATIENT'S CONDITION RELATED TO:",
                    "d. CLAIM CODES", "b. OTHER CLAIM ID", "14. DATE OF CURRENT ILLNESS", "15. OTHER DATE",
                    "16. DATES PATIENT UNABLE TO WORK", "17a.", "17b.", "18. HOSPITALIZATION DATES",
                    "19. ADDITIONAL CLAIM INFORMATION", "20. OUTSIDE LAB?", "22. RESUBMISSION CODE",
                    "23. PRIOR AUTHORIZATION NUMBER", "30. Rsvd for NUCC Use", "32. SERVICE FACILITY");
        }
        try (PdfBoxes red = render(Cms1500Pdf.Mode.RED_FORM, FullClaims.everyBoxTheRecordKnows())) {
            assertThat(red.allText()).doesNotContain("RESERVED FOR NUCC USE").doesNotContain("YES");
        }
    }

    @ParameterizedTest
    @EnumSource(Cms1500Pdf.Mode.class)
    void a_secondary_claim_names_the_primary_in_boxes_9_to_9d_says_yes_in_11d_and_prints_its_payment_in_29(
            Cms1500Pdf.Mode mode) throws Exception {
        ClaimPacket secondary = SamplePackets.secondaryClaim(SamplePackets.payer("bcbs", "BL"),
                SamplePackets.PRACTICE.payer("bcbs").orElseThrow(), SamplePackets.secondaryBlueCross(),
                SamplePackets.commercialPaid());
        try (PdfBoxes form = render(mode, secondary)) {
            assertThat(form.field(1, "9")).isEqualTo("GARCIA, ANA");
            assertThat(form.field(1, "9a")).isEqualTo("XYZ123456789");
            assertThat(form.area(1, 22, 2, 1, 28)).as("9b, reserved for NUCC use").isEmpty();
            assertThat(form.area(1, 24, 2, 1, 28)).as("9c, reserved for NUCC use").isEmpty();
            assertThat(form.field(1, "9d")).isEqualTo("EXAMPLE COMMERCIAL HEALTH PLAN");
            assertThat(form.field(1, "11d.yes")).isEqualTo("X");
            assertThat(form.field(1, "11d.no")).isEmpty();
            assertThat(form.field(1, "29.dollars")).isEqualTo("58");
            assertThat(form.field(1, "29.cents")).isEqualTo("80");
            assertThat(form.field(1, "1a")).as("box 1a is the secondary's").isEqualTo("RBX700200300");
        }
    }

    @ParameterizedTest
    @EnumSource(Cms1500Pdf.Mode.class)
    void each_page_renders_to_an_image_with_data_in_black_and_the_drawn_form_in_red(Cms1500Pdf.Mode mode)
            throws Exception {
        try (PdfBoxes form = render(mode, FullClaims.everyBoxTheRecordKnows())) {
            Path file = form.png(1, Path.of("target", "cms1500-png", "full-claim-" + mode.name().toLowerCase() + ".png"));
            try (PdfBoxes secondary = render(mode, SamplePackets.secondaryClaim(SamplePackets.payer("bcbs", "BL"),
                    SamplePackets.PRACTICE.payer("bcbs").orElseThrow(), SamplePackets.secondaryBlueCross(),
                    SamplePackets.commercialPaid()))) {
                secondary.png(1, Path.of("target", "cms1500-png", "secondary-" + mode.name().toLowerCase() + ".png"));
            }
            BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(935);
            assertThat(countPixels(image, true)).as("black data").isPositive();
            long red = countPixels(image, false);
            if (mode == Cms1500Pdf.Mode.FULL_FORM) {
                assertThat(red).as("form red").isPositive();
            } else {
                assertThat(red).as("nothing red on the data-only print").isZero();
            }
        }
    }

    private static long countPixels(BufferedImage image, boolean black) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                boolean isBlack = c.getRed() < 60 && c.getGreen() < 60 && c.getBlue() < 60;
                boolean isRed = c.getRed() > 150 && c.getGreen() < 120 && c.getBlue() < 120;
                if (black ? isBlack : isRed) {
                    count++;
                }
            }
        }
        return count;
    }
}

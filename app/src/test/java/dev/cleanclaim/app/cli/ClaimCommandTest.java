package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.x12.Claim837Validator;
import dev.cleanclaim.x12.OutsideValidator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String PRACTICE = EXAMPLES.resolve("practice.yaml").toString();
    private static final String CLEAN = EXAMPLES.resolve("chiro-98941-with-manual-therapy-to-shoulder.json").toString();
    private static final String WITH_ERRORS = EXAMPLES.resolve("chiro-massage-on-the-manipulated-region.json").toString();
    private static final String SELF_PAY = EXAMPLES.resolve("cupping-self-pay.json").toString();

    @TempDir
    Path out;

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void a_clean_visit_gives_a_valid_837P_a_claim_form_a_FHIR_claim_a_superbill_and_a_letter() throws Exception {
        Cli.Run run = Cli.run("claim", "--practice", PRACTICE, "--837", out.resolve("c.edi").toString(),
                "--pdf", out.resolve("c.pdf").toString(), "--fhir", out.resolve("c.json").toString(),
                "--superbill", out.resolve("s.pdf").toString(), "--lmn", out.resolve("l.pdf").toString(), CLEAN);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new Claim837Validator().validate(Files.readAllBytes(out.resolve("c.edi")))).isEmpty();
        OutsideValidator.accepted(Files.readAllBytes(out.resolve("c.edi")));
        assertThat(Files.readString(out.resolve("c.edi"))).contains("CLM*A1003-20260708*96.96***11:B:1");
        assertThat(pdfText(out.resolve("c.pdf"))).contains("HEALTH INSURANCE CLAIM FORM", "98941", "M25.512");
        JsonNode fhir = new ObjectMapper().readTree(out.resolve("c.json").toFile());
        assertThat(fhir.get("resourceType").asText()).isEqualTo("Claim");
        assertThat(pdfText(out.resolve("s.pdf"))).contains("Superbill and receipt", "Priya Nair");
        assertThat(pdfText(out.resolve("l.pdf"))).contains("Letter of medical necessity", "Ruth Adams");
        assertThat(run.out()).contains("wrote " + out.resolve("c.edi") + ": 837P, 1 claim(s)");
    }

    @Test
    void a_claim_with_error_findings_is_not_written_and_the_output_says_why() {
        Path edi = out.resolve("c.edi");
        Cli.Run run = Cli.run("claim", "--practice", PRACTICE, "--837", edi.toString(), WITH_ERRORS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLAIM_HAS_ERRORS);
        assertThat(edi).doesNotExist();
        assertThat(run.out()).contains("not written: 1 error finding(s)", "--force");
    }

    @Test
    void with_force_a_claim_with_error_findings_is_written_and_the_output_says_so() throws Exception {
        Path edi = out.resolve("c.edi");
        Cli.Run run = Cli.run("claim", "--practice", PRACTICE, "--837", edi.toString(), "--force", WITH_ERRORS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.CLAIM_HAS_ERRORS);
        assertThat(edi).exists();
        OutsideValidator.accepted(Files.readAllBytes(edi));
        assertThat(run.out()).contains("written despite 1 error finding(s), because of --force");
    }

    @Test
    void a_visit_without_its_patient_stops_the_run_naming_the_field_and_keeps_the_file_already_there() throws Exception {
        Path visit = out.resolve("no-patient.json");
        String text = Files.readString(Path.of(CLEAN));
        Files.writeString(visit, text.substring(0, text.indexOf(",\n  \"patient\"")) + "\n}\n");
        Path edi = out.resolve("c.edi");
        Files.writeString(edi, "the file from yesterday");

        Cli.Run run = Cli.run("claim", "--practice", PRACTICE, "--837", edi.toString(), CLEAN, visit.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no-patient.json", "$.patient: missing");
        assertThat(Files.readString(edi)).isEqualTo("the file from yesterday");
    }

    @Test
    void a_self_pay_visit_gets_papers_but_no_insurance_claim() throws Exception {
        Path edi = out.resolve("c.edi");
        Path superbill = out.resolve("s.pdf");
        Cli.Run run = Cli.run("claim", "--practice", PRACTICE, "--837", edi.toString(), "--superbill",
                superbill.toString(), "--paid", "85.00", SELF_PAY);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(edi).doesNotExist();
        assertThat(run.out()).contains("self-pay, so no insurance claim");
        assertThat(pdfText(superbill)).contains("Amount paid", "$85.00", "97139");
    }

    @Test
    void naming_no_output_is_a_usage_error_that_lists_the_outputs() {
        Cli.Run run = Cli.run("claim", "--practice", PRACTICE, CLEAN);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--837, --pdf, --superbill, --lmn or --fhir");
    }

    @Test
    void a_missing_practice_file_is_named() {
        Cli.Run run = Cli.run("claim", "--practice", out.resolve("nowhere.yaml").toString(), "--837",
                out.resolve("c.edi").toString(), CLEAN);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("nowhere.yaml");
    }

    @Test
    void a_paid_amount_that_is_not_money_names_the_option() {
        Cli.Run run = Cli.run("claim", "--practice", PRACTICE, "--superbill", out.resolve("s.pdf").toString(),
                "--paid", "lots", CLEAN);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--paid", "lots");
    }

    @Test
    void the_red_form_option_prints_data_only() throws Exception {
        Path pdf = out.resolve("red.pdf");
        Cli.run("claim", "--practice", PRACTICE, "--pdf", pdf.toString(), "--red-form", CLEAN);

        assertThat(pdfText(pdf)).contains("98941").doesNotContain("HEALTH INSURANCE CLAIM FORM");
    }

    @Test
    void the_example_claims_give_the_golden_837P_with_a_fixed_control_number() throws Exception {
        Path edi = out.resolve("examples.edi");
        Path golden = EXAMPLES.resolve("expected").resolve("claims.edi");
        try (var files = Files.list(EXAMPLES)) {
            String[] visits = files.map(Path::toString).filter(name -> name.endsWith(".json")).sorted().toArray(String[]::new);
            String[] args = new String[visits.length + 7];
            System.arraycopy(new String[]{"claim", "--practice", PRACTICE, "--837", edi.toString(), "--control-number", "1"}, 0, args, 0, 7);
            System.arraycopy(visits, 0, args, 7, visits.length);
            Cli.run(args);
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.copy(edi, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readString(edi, StandardCharsets.US_ASCII)).isEqualTo(Files.readString(golden, StandardCharsets.US_ASCII));
        OutsideValidator.accepted(Files.readAllBytes(edi));
    }
}

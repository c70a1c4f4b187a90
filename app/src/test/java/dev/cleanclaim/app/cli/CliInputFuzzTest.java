package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.testing.Mutations;
import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz of every file the CLI reads: mutated 835, 999 and 277CA files through `import`, mutated CMS rule
 * files through `import ncci-ptp` and `import mue`, and mutated visit files through `scrub`. Each run either does
 * its work or refuses the file naming it (exit 2); none may exit 3, cleanclaim's own failure.
 */
class CliInputFuzzTest {

    private static final long SEED = 16_2027L;
    private static final int X12_FILES = 80;
    private static final int RULE_FILES = 240;
    private static final int VISIT_FILES = 200;

    @TempDir
    Path folder;

    @Test
    void no_mutated_835_999_or_277ca_file_makes_the_cli_fail_internally() throws IOException {
        // made here as the CLI's DataFolder makes it: Database.open writes the database's password file into it first
        Path data = java.nio.file.Files.createDirectories(folder.resolve("data"));
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            DemoPractice.seedIfEmpty(database, Cli.RULES, Cli.CLOCK);
        }
        List<String> remittances = fixtures("remit/", "full-payment.835", "partial-payment.835", "denial.835",
                "reversal-and-correction.835", "two-transactions.835");
        List<String> acknowledgments = fixtures("ack/", "999-accepted.edi", "999-rejected.edi", "277ca-accepted.edi",
                "277ca-partly-accepted.edi");
        Mutations mutations = new Mutations(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < X12_FILES; i++) {
            boolean remittance = i % 2 == 0;
            List<String> seeds = remittance ? remittances : acknowledgments;
            Path file = Files.write(folder.resolve("fuzz-" + i + (remittance ? ".835" : ".edi")),
                    mutations.x12(seeds.get(mutations.below(seeds.size()))));
            Cli.Run run = Cli.run("import", remittance ? "835" : "999", "--data", data.toString(), file.toString());
            if (run.exitCode() == ExitCode.INTERNAL_ERROR) {
                failures.add(file.getFileName() + ": " + run.err());
            }
        }
        System.out.printf("input fuzz: %d mutated X12 files (835, 999, 277CA) through the CLI, %d exited 3%n",
                X12_FILES, failures.size());
        assertThat(failures).as("runs that exited 3").isEmpty();
    }

    @Test
    void no_mutated_ncci_or_mue_file_makes_the_cli_fail_internally() throws IOException {
        String ptp = """
                CPT codes, descriptions and other data only are copyright 2023 American Medical Association.\r
                \r
                Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier\tPTP Edit Rationale\r
                97140\t97124\t*\t19960101\t*\t1\tMutually exclusive procedures\r
                98940\t97112\t\t20020101\t*\t1\tCPT Manual or CMS manual coding instructions\r
                97530\t97116\t\t20040101\t20251231\t0\tStandards of medical / surgical practice\r
                """;
        String mue = """
                "CPT codes, descriptions and other data only are copyright 2025 American Medical Association."
                "HCPCS/CPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"
                97110,4,"3 Date of Service Edit: Clinical","Clinical: Data"
                98940,1,"2 Date of Service Edit: Policy","CMS Policy"
                """;
        Mutations mutations = new Mutations(SEED + 1);
        List<String> failures = new ArrayList<>();
        Path rules = folder.resolve("rules");
        for (int i = 0; i < RULE_FILES; i++) {
            boolean isPtp = i % 2 == 0;
            byte[] bytes = mutations.damage((isPtp ? ptp : mue).getBytes(StandardCharsets.ISO_8859_1));
            String name = isPtp ? "ccipra-f" + i + (i % 3 == 0 ? ".zip" : ".TXT") : "mue-" + i + ".csv";
            Path file = Files.write(folder.resolve(name), name.endsWith(".zip") ? zip(bytes) : bytes);
            Cli.Run run = isPtp
                    ? Cli.run("import", "ncci-ptp", "--rules", rules.toString(), file.toString())
                    : Cli.run("import", "mue", "--rules", rules.toString(), file.toString());
            if (run.exitCode() == ExitCode.INTERNAL_ERROR) {
                failures.add(name + ": " + run.err());
            }
        }
        System.out.printf("input fuzz: %d mutated NCCI PTP and MUE files through the CLI, %d exited 3%n",
                RULE_FILES, failures.size());
        assertThat(failures).as("runs that exited 3").isEmpty();
    }

    @Test
    void no_mutated_visit_file_makes_scrub_fail_internally() throws IOException {
        byte[] visit = Files.readAllBytes(Path.of("..", "examples", "chiro-98941-with-manual-therapy-to-shoulder.json"));
        Mutations mutations = new Mutations(SEED + 2);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < VISIT_FILES; i++) {
            byte[] bytes = i % 2 == 0 ? mutations.body(Mutations.parse(new String(visit, StandardCharsets.UTF_8)))
                    : mutations.damage(visit);
            Path file = Files.write(folder.resolve("visit-" + i + ".json"), bytes);
            Cli.Run run = Cli.run("scrub", file.toString());
            if (run.exitCode() == ExitCode.INTERNAL_ERROR) {
                failures.add(file.getFileName() + ": " + run.err());
            }
        }
        System.out.printf("input fuzz: %d mutated visit files through scrub, %d exited 3%n", VISIT_FILES, failures.size());
        assertThat(failures).as("runs that exited 3").isEmpty();
    }

    private static byte[] zip(byte[] text) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("ccipra-f1.TXT"));
            zip.write(text);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<String> fixtures(String folder, String... names) throws IOException {
        List<String> files = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = CliInputFuzzTest.class.getResourceAsStream("/dev/cleanclaim/x12/" + folder + name)) {
                files.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}

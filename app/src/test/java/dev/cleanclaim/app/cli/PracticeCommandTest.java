package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.PracticeFile;
import dev.cleanclaim.app.contract.PracticeReader;
import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.store.AuditEntry;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.store.PracticeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** cleanclaim practice import and export: a real practice set up from its file, all or nothing, and written back. */
class PracticeCommandTest {

    private static final Path REAL = Path.of("..", "examples", "practice-real.yaml");
    private static final Path DEMO = Path.of("..", "examples", "practice.yaml");

    @Test
    void a_practice_file_sets_up_a_new_data_folder_and_importing_it_again_changes_nothing(@TempDir Path data) {
        Cli.Run first = Cli.run("practice", "import", REAL.toString(), "--data", data.toString());
        Cli.Run again = Cli.run("practice", "import", REAL.toString(), "--data", data.toString(), "--user", "ana");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.out().strip()).isEqualTo("{\"imported\":\"practice\",\"file\":\"" + REAL + "\",\"practice\":1,"
                + "\"providers\":3,\"payers\":2,\"fees\":4,\"created\":true}");
        assertThat(first.err()).isEmpty();
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("\"practice\":1", "\"created\":false");
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            Workspace workspace = Workspace.open(database, Cli.RULES, Cli.CLOCK);
            Practice practice = workspace.practice();
            assertThat(practice.billing().name()).isEqualTo("Willamette Valley Physical Therapy PC");
            assertThat(practice.providers()).extracting(RenderingProvider::npi)
                    .containsExactlyInAnyOrder("1760523187", "1320986544", "1549201170");
            assertThat(practice.providers()).filteredOn(provider -> provider.npi().equals("1320986544")).singleElement()
                    .satisfies(pta -> assertThat(pta.supervisorNpi()).contains("1760523187"));
            assertThat(practice.payers()).containsOnlyKeys("aetna", "medicare-or");
            assertThat(practice.payers().get("aetna").contracted()).containsEntry("97140", Money.parse("38.00"));
            assertThat(workspace.admin().fees().value().perUnit()).containsEntry("97140", Money.parse("52.00")).hasSize(4);
            assertThat(workspace.admin().fees().value().sessions()).hasSize(1);
            // The second import wrote nothing, so it left no audit row either.
            assertThat(database.audit().recent(10)).filteredOn(entry -> entry.entity().equals("practice"))
                    .extracting(AuditEntry::user).containsExactly("cleanclaim-cli");
        }
    }

    @Test
    void importing_the_same_file_again_leaves_the_version_of_the_practice_its_fees_providers_and_payers_as_it_was(
            @TempDir Path data) {
        Cli.run("practice", "import", REAL.toString(), "--data", data.toString());
        String before = versions(data);

        Cli.Run again = Cli.run("practice", "import", REAL.toString(), "--data", data.toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
        assertThat(versions(data)).isEqualTo(before).contains("provider 1320986544 0;", "payer aetna 0;");
    }

    /** Every version an admin's open page names, as "part version;" pairs. */
    private static String versions(Path data) {
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            PracticeStore practices = database.practices();
            long id = practices.firstId().orElseThrow();
            StringBuilder all = new StringBuilder("practice " + practices.stored(id).orElseThrow().version() + ";");
            practices.providers(id).forEach(p -> all.append("provider ").append(p.value().npi()).append(' ').append(p.version()).append(';'));
            practices.payers(id).forEach(p -> all.append("payer ").append(p.value().payerId()).append(' ').append(p.version()).append(';'));
            return all.append("fees ").append(practices.fees(id).version()).toString();
        }
    }

    @Test
    void an_exported_practice_reads_back_as_the_file_imported(@TempDir Path data) throws IOException {
        Cli.run("practice", "import", REAL.toString(), "--data", data.toString());
        Path out = data.resolve("exported").resolve("practice.yaml");

        Cli.Run toStdout = Cli.run("practice", "export", "--data", data.toString());
        Cli.Run toFile = Cli.run("practice", "export", "--data", data.toString(), "--out", out.toString());

        PracticeReader reader = new PracticeReader(Cli.RULES);
        PracticeFile imported = reader.readFile(REAL);
        assertThat(toStdout.exitCode()).as(toStdout.err()).isEqualTo(ExitCode.OK);
        assertThat(sameProviderOrder(reader.readFile("export", toStdout.out()))).isEqualTo(sameProviderOrder(imported));
        assertThat(toFile.exitCode()).as(toFile.err()).isEqualTo(ExitCode.OK);
        assertThat(toFile.out()).isEmpty();
        assertThat(toFile.err()).contains("wrote " + out);
        assertThat(Files.readString(out)).isEqualTo(toStdout.out());
    }

    @Test
    void a_broken_file_is_refused_with_each_problem_and_its_line_and_nothing_is_saved(@TempDir Path data) throws IOException {
        Path broken = data.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(REAL)
                .replace("npi: \"1760523187\", taxonomy", "npi: \"1760523188\", taxonomy")
                .replace("pack: medicare}", "pack: medicare-part-z}")
                .replace("{id: medicare-or,", "{id: aetna,"));

        Cli.Run run = Cli.run("practice", "import", broken.toString(), "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.yaml")
                .containsPattern("\\$\\.providers\\[0\\]\\.npi: .*\\(line 16\\)")
                .containsPattern("\\$\\.payers\\[1\\]\\.pack: .*medicare-part-z.*\\(line 21\\)")
                .containsPattern("\\$\\.payers\\[1\\]\\.id: .*aetna.*\\(line 21\\)");
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            assertThat(database.practices().firstId()).isEmpty();
        }
    }

    @Test
    void importing_again_after_a_change_updates_the_practice_adds_what_is_new_and_removes_nothing(@TempDir Path data) throws IOException {
        Cli.run("practice", "import", REAL.toString(), "--data", data.toString());
        Path changed = data.resolve("changed.yaml");
        Files.writeString(changed, Files.readString(REAL)
                .replace("name: Willamette Valley Physical Therapy PC", "name: Willamette Valley Physical Therapy and Massage PC")
                .replace("{id: aetna, name: Aetna,", "{id: aetna, name: Aetna Better Health,")
                .replace("\"97110\": \"48.00\"", "\"97110\": \"49.50\"")
                .replace("  - {firstName: Casey, lastName: Okafor, type: LMT, npi: \"1549201170\", taxonomy: 225700000X, license: \"LMT-31877\", licenseState: OR}\n",
                        "  - {firstName: Riley, lastName: Banda, type: OT, npi: \"1999999992\", taxonomy: 225X00000X}\n"));

        Cli.Run run = Cli.run("practice", "import", changed.toString(), "--data", data.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"practice\":1", "\"providers\":3", "\"created\":false");
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            Workspace workspace = Workspace.open(database, Cli.RULES, Cli.CLOCK);
            Practice practice = workspace.practice();
            assertThat(practice.billing().name()).isEqualTo("Willamette Valley Physical Therapy and Massage PC");
            assertThat(practice.payers().get("aetna").name()).isEqualTo("Aetna Better Health");
            // A provider left out of the file stays: claims already made name them.
            assertThat(practice.providers()).extracting(RenderingProvider::npi)
                    .containsExactlyInAnyOrder("1760523187", "1320986544", "1549201170", "1999999992");
            assertThat(workspace.admin().fees().value().perUnit()).containsEntry("97110", Money.parse("49.50"));
        }
    }

    @Test
    void a_payer_id_another_directory_entry_has_is_refused_and_the_practice_stays_as_it_was(@TempDir Path data) {
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            DemoPractice.seedIfEmpty(database, Cli.RULES, Cli.CLOCK);
        }

        // The demo bills Medicare as "medicare" under 02302; the real file names the same contractor "medicare-or".
        Cli.Run run = Cli.run("practice", "import", REAL.toString(), "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("practice-real.yaml", "medicare-or", "02302");
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            Practice practice = Workspace.open(database, Cli.RULES, Cli.CLOCK).practice();
            assertThat(practice.billing().npi()).isEqualTo("1234567893");
            assertThat(practice.payers()).doesNotContainKeys("aetna", "medicare-or");
        }
    }

    @Test
    void the_real_practice_shares_no_identifier_with_the_demo() throws IOException {
        List<String> identifiers = List.of("1234567893", "1000000004", "1295723567", "1558598797", "2222222228",
                "93-1234567", "97201-1234", "RCM0042", "CLEARHOUSE01", "EXC01", "Riverside");
        assertThat(Files.readString(DEMO)).contains(identifiers);
        assertThat(Files.readString(REAL)).doesNotContain(identifiers);
    }

    @Test
    void exporting_a_workspace_without_a_practice_says_how_to_set_it_up_naming_the_data_folder(@TempDir Path data) {
        Database.open(DatabaseSettings.embedded(data), Cli.CLOCK).close();

        Cli.Run run = Cli.run("practice", "export", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--data " + data + ": database: holds no practice yet")
                .contains("cleanclaim practice import").doesNotContain("--db:");
    }

    @Test
    void exporting_from_a_data_folder_without_a_workspace_is_refused_and_creates_nothing(@TempDir Path temp) {
        Path neverMade = temp.resolve("never-made");

        Cli.Run missing = Cli.run("practice", "export", "--data", neverMade.toString());
        Cli.Run empty = Cli.run("practice", "export", "--data", temp.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).startsWith("--data " + neverMade + ": no workspace in " + neverMade.toAbsolutePath())
                .contains("cleanclaim practice import");
        assertThat(neverMade).doesNotExist();
        assertThat(empty.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(empty.err()).contains("no workspace in");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void a_data_option_naming_a_file_is_refused_as_not_a_folder_without_a_stack_trace(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("good.yaml");
        Files.copy(REAL, file);

        Cli.Run imported = Cli.run("practice", "import", REAL.toString(), "--data", file.toString());
        Cli.Run exported = Cli.run("practice", "export", "--data", file.toString());
        Cli.Run remittance = Cli.run("import", "835", "--data", file.toString(), REAL.toString());

        for (Cli.Run run : List.of(imported, exported, remittance)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().strip()).isEqualTo("--data " + file + ": not a folder");
        }
        assertThat(Files.readString(file)).isEqualTo(Files.readString(REAL));
    }

    @Test
    void a_data_folder_is_made_readable_only_by_its_owner_whether_cleanclaim_or_the_user_made_it_and_so_are_its_files(
            @TempDir Path temp) throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path made = temp.resolve("new").resolve("data");
        Path own = Files.createDirectory(temp.resolve("own"));
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwxr-x---"));

        Cli.Run intoNew = Cli.run("practice", "import", REAL.toString(), "--data", made.toString());
        Cli.Run intoOwn = Cli.run("practice", "import", REAL.toString(), "--data", own.toString());

        assertThat(intoNew.exitCode()).as(intoNew.err()).isEqualTo(ExitCode.OK);
        assertThat(intoOwn.exitCode()).as(intoOwn.err()).isEqualTo(ExitCode.OK);
        for (Path folder : List.of(made, own)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                            .isEqualTo("rw-------");
                }
            }
        }
    }

    @Test
    void a_binary_practice_file_is_named_as_not_utf8_text_and_a_folder_as_no_practice_file(@TempDir Path temp) throws IOException {
        Path binary = Files.write(temp.resolve("practice.yaml"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'n', 'p', 'i'});
        Path folder = Files.createDirectory(temp.resolve("practice-folder.yaml"));

        Cli.Run fromBinary = Cli.run("practice", "import", binary.toString(), "--data", temp.resolve("data").toString());
        Cli.Run fromFolder = Cli.run("practice", "import", folder.toString(), "--data", temp.resolve("data").toString());

        assertThat(fromBinary.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(fromBinary.err()).startsWith(binary.toString()).contains("is not UTF-8 text")
                .doesNotContain("MalformedInputException", "not valid YAML");
        assertThat(fromFolder.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(fromFolder.err().strip()).isEqualTo(folder + ": file: is a folder, not a practice file");
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void a_missing_file_is_named() {
        Cli.Run run = Cli.run("practice", "import", "no-such-practice.yaml", "--data", "target/unused-data");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no-such-practice.yaml", "no such file");
    }

    // The store keeps providers in its own order; the practice is the same whatever the order of its providers.
    private static PracticeFile sameProviderOrder(PracticeFile file) {
        Practice practice = file.practice();
        List<RenderingProvider> providers = practice.providers().stream().sorted(Comparator.comparing(RenderingProvider::npi)).toList();
        return new PracticeFile(new Practice(practice.billing(), practice.payTo(), practice.clearinghouse(), practice.placeOfService(),
                practice.medicareLocality(), practice.test(), providers, practice.payers()), file.fees());
    }
}

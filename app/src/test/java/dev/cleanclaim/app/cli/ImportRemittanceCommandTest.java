package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** cleanclaim import 835: posts files into the workspace database and prints one JSON line per file. */
class ImportRemittanceCommandTest {

    @Test
    void an_835_is_posted_to_the_workspace_and_importing_it_again_changes_nothing(@TempDir Path data) throws IOException {
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            DemoPractice.seedIfEmpty(database, Cli.RULES, Cli.CLOCK);
        }
        Path file = fixture(data, "unmatched-claim.835");

        Cli.Run first = Cli.run("import", "835", "--data", data.toString(), "--user", "ana", file.toString());
        Cli.Run again = Cli.run("import", "835", "--data", data.toString(), file.toString());

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("\"imported\":\"835\"", "\"posted\":0", "\"queued\":1", "\"trace\":\"0012349001\"",
                "\"result\":\"imported\"");
        assertThat(again.out()).contains("\"result\":\"imported before\"", "\"queued\":0");
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            assertThat(database.remittances().unmatched(1, 200).items()).hasSize(1);
            assertThat(database.remittances().summaries(10)).filteredOn(summary -> summary.fileName().equals("unmatched-claim.835"))
                    .singleElement().satisfies(summary -> assertThat(summary.receivedBy()).isEqualTo("cli:ana"));
        }
    }

    @Test
    void a_broken_file_is_refused_naming_the_segment_and_nothing_is_posted(@TempDir Path data) throws IOException {
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            DemoPractice.seedIfEmpty(database, Cli.RULES, Cli.CLOCK);
        }
        Path file = data.resolve("broken.835");
        Files.writeString(file, Files.readString(fixture(data, "full-payment.835")).replace("*107.5*107.5*", "*107.5*1O7.5*"));

        Cli.Run run = Cli.run("import", "835", "--data", data.toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("broken.835", "CLP", "1O7.5");
    }

    @Test
    void a_second_payment_under_a_stored_trace_with_another_amount_is_a_conflict_not_a_silent_skip(@TempDir Path data)
            throws IOException {
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            DemoPractice.seedIfEmpty(database, Cli.RULES, Cli.CLOCK);
        }
        Path first = fixture(data, "unmatched-claim.835");
        Path other = data.resolve("same-trace.835");
        String text = Files.readString(first);
        String bpr = text.substring(text.indexOf("BPR*"), text.indexOf('~', text.indexOf("BPR*")));
        String[] elements = bpr.split("\\*");
        Files.writeString(other, text.replace(bpr, bpr.replaceFirst("\\*" + java.util.regex.Pattern.quote(elements[2])
                + "\\*", "*999.99*")));

        Cli.Run imported = Cli.run("import", "835", "--data", data.toString(), first.toString());
        Cli.Run conflict = Cli.run("import", "835", "--data", data.toString(), other.toString());

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCode.OK);
        assertThat(conflict.exitCode()).as(conflict.out()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(conflict.err()).contains("refused", "same-trace.835", "0012349001", "999.99", "75.00",
                "imported on 2026-11-23", "unmatched-claim.835");
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            assertThat(database.remittances().summaries(10))
                    .filteredOn(summary -> summary.traceNumber().equals("0012349001")).singleElement()
                    .satisfies(summary -> assertThat(summary.fileName()).isEqualTo("unmatched-claim.835"));
        }
    }

    @Test
    void a_test_file_is_refused_saying_its_payments_are_not_real_money(@TempDir Path data) throws IOException {
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            DemoPractice.seedIfEmpty(database, Cli.RULES, Cli.CLOCK);
        }
        Path file = data.resolve("test.835");
        Files.writeString(file, Files.readString(fixture(data, "full-payment.835")).replace("*0*P*:~", "*0*T*:~"));

        Cli.Run run = Cli.run("import", "835", "--data", data.toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("test.835", "ISA15", "a test file's payments are not real money", "nothing was posted");
    }

    @Test
    void a_database_without_a_practice_is_named_rather_than_filled(@TempDir Path data) throws IOException {
        Cli.Run run = Cli.run("import", "835", "--data", data.toString(), fixture(data, "full-payment.835").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("holds no practice yet", "cleanclaim serve");
    }

    private static Path fixture(Path folder, String name) throws IOException {
        try (InputStream in = ImportRemittanceCommandTest.class.getResourceAsStream("/dev/cleanclaim/x12/remit/" + name)) {
            Path copy = folder.resolve(name);
            Files.copy(in, copy);
            return copy;
        }
    }
}

package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.testing.Ack277;
import dev.cleanclaim.app.workspace.DemoPractice;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import dev.cleanclaim.x12.OutsideValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** cleanclaim submit and cleanclaim import 999|277ca: the submission loop from the command line. */
class SubmitCommandTest {

    @Test
    void submit_writes_the_ready_claims_as_one_837_and_a_277ca_import_answers_them(@TempDir Path data) throws IOException {
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            DemoPractice.seedIfEmpty(database, Cli.RULES, Cli.CLOCK);
        }
        Path out = data.resolve("outbox").resolve("today.837");
        Files.createDirectories(out.getParent());

        Cli.Run sent = Cli.run("submit", "--data", data.toString(), "--out", out.toString(), "--user", "ana");

        assertThat(sent.exitCode()).as(sent.err()).isEqualTo(ExitCode.OK);
        assertThat(sent.out()).contains("\"claimsSent\":", "\"interchangeControlNumber\":\"000000001\"", "\"notSent\":[]");
        String edi = OutsideValidator.accepted(Files.readString(out, StandardCharsets.US_ASCII));
        Matcher claims = Pattern.compile("CLM\\*([^*]+)\\*").matcher(edi);
        assertThat(claims.find()).isTrue();
        String first = claims.group(1);
        assertThat(claims.find()).as("the demo has two ready insurance claims").isTrue();
        String second = claims.group(1);
        Path ack = data.resolve("277ca.edi");
        Files.writeString(ack, new Ack277().accepted(first, "PAYER-1").rejected(second).text(), StandardCharsets.US_ASCII);

        Cli.Run answered = Cli.run("import", "277ca", "--data", data.toString(), ack.toString());
        Cli.Run again = Cli.run("import", "999", "--data", data.toString(), ack.toString());

        assertThat(answered.exitCode()).as(answered.err()).isEqualTo(ExitCode.OK);
        assertThat(answered.out()).contains("\"kind\":\"277CA\"", "\"accepted\":1", "\"rejected\":1");
        assertThat(again.out()).contains("\"alreadyImported\":true");
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            assertThat(database.claims().findByControlNumber(second).orElseThrow().value().status())
                    .isEqualTo(ClaimStatus.REJECTED);
            assertThat(database.submissions().list(10, 0)).singleElement()
                    .satisfies(file -> assertThat(file.createdBy()).isEqualTo("cli:ana"));
        }
        Cli.Run nothing = Cli.run("submit", "--data", data.toString(), "--out", out.toString());
        assertThat(nothing.out()).contains("\"claimsSent\":0");
        assertThat(nothing.err()).contains("no claim was ready");
    }

    @Test
    void a_broken_acknowledgment_is_refused_naming_the_segment(@TempDir Path data) throws IOException {
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            DemoPractice.seedIfEmpty(database, Cli.RULES, Cli.CLOCK);
        }
        Path ack = data.resolve("broken.edi");
        Files.writeString(ack, new Ack277().rejected("A1-20261101").text().replace("STC*A7:21:85", "STC*"),
                StandardCharsets.US_ASCII);

        Cli.Run run = Cli.run("import", "277ca", "--data", data.toString(), ack.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("broken.edi", "(STC)", "STC01");
    }
}

package dev.cleanclaim.app.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HelpOptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "units", "code", "scrub", "claim", "serve", "submit", "import", "import 835", "import 999", "import ncci-ptp", "import mue", "import icd10cm",
            "practice", "practice import", "practice export"})
    void every_command_and_subcommand_shows_its_usage_with_help_and_exits_0(String command) {
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = "--help";
        Cli.Run run = Cli.run(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Usage: cleanclaim" + (command.isEmpty() ? "" : " " + command));
        assertThat(run.err()).isEmpty();
    }
}

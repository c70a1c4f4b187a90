package dev.cleanclaim.app.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's examples give the exit codes and findings it shows. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @ParameterizedTest(name = "{0} exits {1}")
    @CsvSource({
            "contract-example.json, 0, code.technique",
            "pt-medicare-8-minute-mix.json, 0, code.technique",
            "massage-coded-as-the-wrong-technique.json, 1, dx.invalid",
            "bad-input.json, 2, 8E0KX1Z"})
    void examplesBehaveAsTheReadmeShows(String example, int exitCode, String shown) {
        Path file = EXAMPLES.resolve(example);
        assertThat(file).exists();

        Cli.Run run = Cli.run("code", file.toString());

        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.out() + run.err()).contains(shown);
    }

    @ParameterizedTest(name = "README shows {0}")
    @CsvSource({"./cleanclaim code examples/contract-example.json", "./mvnw -B verify",
            "{\"method\":\"medicare\",\"totalTimedMinutes\":40,\"totalUnits\":3,\"lines\":[{\"code\":\"97110\",\"minutes\":33,\"units\":2},{\"code\":\"97140\",\"minutes\":7,\"units\":1}]}"})
    void theReadmeShowsTheSetUpCommandsAndTheUnitsContract(String text) throws Exception {
        assertThat(Files.readString(Path.of("..", "README.md"))).contains(text);
    }
}

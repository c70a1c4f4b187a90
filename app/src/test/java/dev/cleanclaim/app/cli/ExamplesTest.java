package dev.cleanclaim.app.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example visit against its golden claim (examples/expected/NAME.json), and the README's commands. After a
 * deliberate change, rewrite the goldens with {@code ./mvnw -pl app -am test -Dgolden.update=true} and review the diff.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path EXPECTED = EXAMPLES.resolve("expected");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> visits() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.equals("bad-input.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visits")
    void eachExampleScrubsToItsGoldenClaim(String example) throws IOException {
        Cli.Run run = Cli.run("scrub", EXAMPLES.resolve(example).toString());
        Path golden = EXPECTED.resolve(example);

        if (UPDATE) {
            Files.createDirectories(EXPECTED);
            Files.writeString(golden, run.out());
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(run.out()).isEqualTo(Files.readString(golden));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visits")
    void noFindingOfAnExampleShowsABillerAJsonPathOrTheDomainBrief(String example) {
        Cli.Run run = Cli.run("scrub", EXAMPLES.resolve(example).toString());

        BillersWords.assertReadable(run.out(), example);
    }

    @ParameterizedTest(name = "{0} exits {1} with {2}")
    @CsvSource({
            "lmt-self-pay-relaxation-massage.json, 0, code.technique",
            "lmt-medicare-patient.json, 1, provider.not-eligible",
            "chiro-98941-with-manual-therapy-to-shoulder.json, 0, cmt.region",
            "chiro-massage-on-the-manipulated-region.json, 1, cmt.region",
            "chiro-medicare-active-treatment.json, 0, modifier.at",
            "bcbs-chiropractors-employed-massage-therapist.json, 1, modifier.employed",
            "bcbs-chiropractor-massage-with-manipulation.json, 1, payer.excluded",
            "uhc-chiropractic-gp-on-everything.json, 0, modifier.therapy",
            "tricare-massage-by-a-massage-therapist.json, 1, provider.not-eligible",
            "pt-medicare-8-minute-mix.json, 0, units.remainder",
            "pt-medicare-hot-packs-with-massage.json, 1, ncci.mue",
            "pt-commercial-three-ten-minute-services.json, 0, ncci.ptp-quarter",
            "cupping-self-pay.json, 0, charge.missing",
            "pta-medicare-assistant-over-the-kx-threshold.json, 0, modifier.kx",
            "massage-coded-as-the-wrong-technique.json, 1, code.technique",
            "contract-example.json, 1, ncci.ptp"})
    void examplesExitAsTheirStoryExpects(String example, int exitCode, String rule) {
        Cli.Run run = Cli.run("scrub", EXAMPLES.resolve(example).toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.out()).contains("\"rule\" : \"" + rule + "\"");
    }

    @ParameterizedTest(name = "{0} exits {1}")
    @CsvSource({
            "contract-example.json, 0, code.technique",
            "pt-medicare-8-minute-mix.json, 0, units.remainder",
            "massage-coded-as-the-wrong-technique.json, 1, dx.invalid",
            "invalid/bad-input.json, 2, 8E0KX1Z"})
    void theCodeCommandExamplesBehaveAsTheReadmeShows(String example, int exitCode, String shown) {
        Cli.Run run = Cli.run("code", EXAMPLES.resolve(example).toString());

        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.out() + run.err()).contains(shown);
    }

    @ParameterizedTest(name = "README shows {0}")
    @CsvSource({"./cleanclaim serve --demo", "./cleanclaim practice import practice.yaml", "./cleanclaim scrub examples/chiro-98941-with-manual-therapy-to-shoulder.json", "./mvnw -B verify",
            "{\"method\":\"medicare\",\"totalTimedMinutes\":40,\"totalUnits\":3,\"lines\":[{\"code\":\"97110\",\"minutes\":33,\"units\":2},{\"code\":\"97140\",\"minutes\":7,\"units\":1}]}"})
    void theReadmeShowsTheSetUpCommandsAndTheUnitsContract(String text) throws IOException {
        assertThat(Files.readString(Path.of("..", "README.md"))).contains(text);
    }
}

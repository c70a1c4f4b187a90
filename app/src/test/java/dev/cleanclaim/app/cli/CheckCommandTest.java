package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** cleanclaim check: reads outside X12 files without a database and prints one JSON line per file. */
class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_readable_835_is_summed_and_exits_0_without_any_database(@TempDir Path folder) throws IOException {
        Path file = sample(folder, "835/dbx-sample_services.835");

        Cli.Run run = Cli.run("check", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode line = JSON.readTree(run.out());
        assertThat(line.get("kind").asText()).isEqualTo("835");
        assertThat(line.get("version").asText()).isEqualTo("005010X221A1");
        assertThat(line.get("interchanges").asInt()).isEqualTo(1);
        assertThat(line.get("transactions").asInt()).isEqualTo(1);
        assertThat(line.get("claims").asInt()).isEqualTo(2);
        assertThat(line.get("totals").get("BPR02").asText()).isEqualTo("391.05");
        assertThat(line.get("totals").get("CLP04").asText()).isEqualTo("395.00");
        assertThat(line.get("balanced").asBoolean()).isTrue();
        assertThat(line.get("test").asBoolean()).isTrue();
        assertThat(line.get("warnings").get(0).asText()).startsWith("a test file (ISA15 T)");
        assertThat(folder.resolve("cleanclaim.mv.db")).doesNotExist();
    }

    @Test
    void any_refused_file_exits_2_and_its_line_says_why_while_the_others_are_still_shown(@TempDir Path folder)
            throws IOException {
        Path good = sample(folder, "835/lfh-demo.835");
        Path old = sample(folder, "835-4010/oop-4010-Example1_GripElements.835");
        Path plxx = sample(folder, "835/dbx-no_plb_sample.835");

        Cli.Run run = Cli.run("check", good.toString(), old.toString(), plxx.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).has("refused")).isFalse();
        assertThat(lines.get(1).get("refused").asText()).contains("ISA12", "version 00401");
        assertThat(lines.get(2).get("refused").asText()).startsWith("segment 47 (PLXX): \"PLXX\" is not an X12 segment name");
    }

    @Test
    void every_outside_835_is_read_or_refused_and_none_is_an_internal_error(@TempDir Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        for (String name : List.of("835/dbx-sample.835", "835/oop-5010-WithMultipleInterchanges.835", "835/era-example_1.835",
                "835/cw-commercial-with-adjustments.835", "837p/lfh-demo.837", "broken/b3-no-hi.edi", "edge/thirteen-dx.json")) {
            files.add(sample(folder, name).toString());
        }

        Cli.Run run = Cli.run(files.toArray(String[]::new).length == 0 ? new String[0] : prepend("check", files));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1).get("interchanges").asInt()).isEqualTo(3);
        assertThat(lines.get(1).get("balanced").asBoolean()).isFalse();
        assertThat(lines.get(5).get("kind").asText()).isEqualTo("837P");
        assertThat(lines.get(5).get("refused").asText()).contains("HI");
        assertThat(run.err()).doesNotContain("internal error");
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\\R")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static Path sample(Path folder, String name) throws IOException {
        try (InputStream in = CheckCommandTest.class.getResourceAsStream("/dev/cleanclaim/x12/samples/" + name)) {
            assertThat(in).as(name).isNotNull();
            Path copy = folder.resolve(name.replace('/', '-'));
            Files.copy(in, copy);
            return copy;
        }
    }
}

package dev.cleanclaim.app.cli;

import dev.cleanclaim.core.rulebook.StandardRules;
import dev.cleanclaim.core.scrub.RuleDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule ids are a public contract: every one is defined in rule data and documented with an example. */
class RulesDocumentationTest {

    @Test
    void everyRuleIdIsDocumentedWithAnExampleAndItsFinding() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "rules.md"));

        for (RuleDefinition definition : Cli.RULES.definitions().all()) {
            String heading = "## `" + definition.id() + "`";
            assertThat(doc).as("docs/rules.md documents " + definition.id()).contains(heading);
            String section = doc.substring(doc.indexOf(heading));
            int next = section.indexOf("\n## ", 1);
            section = next < 0 ? section : section.substring(0, next);
            assertThat(section).contains("Visit:").contains("\"rule\": \"" + definition.id() + "\"");
        }
    }

    @Test
    void everyDocumentedExampleStillGivesItsFinding(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "rules.md"));
        Matcher sections = Pattern
                .compile("## `([a-z.-]+)`(.*?)Visit:\\s+```json\\s+(\\{.*?})\\s+```", Pattern.DOTALL)
                .matcher(doc);
        Pattern folderPack = Pattern
                .compile("Pack \\(`payers/([a-z0-9-]+)\\.yaml` in the rule folder.*?```yaml\\s+(.*?)```", Pattern.DOTALL);
        int checked = 0;
        while (sections.find()) {
            Path visit = Files.writeString(folder.resolve(sections.group(1) + ".json"), sections.group(3));
            // A rule no built-in pack turns on is shown with the pack of the rule folder its example is scrubbed with.
            Matcher pack = folderPack.matcher(sections.group(2));
            Cli.Run run;
            if (pack.find()) {
                Path rules = Files.createDirectories(folder.resolve(sections.group(1)).resolve("payers"));
                Files.writeString(rules.resolve(pack.group(1) + ".yaml"), pack.group(2));
                run = Cli.run("scrub", "--rules", rules.getParent().toString(), visit.toString());
            } else {
                run = Cli.run("scrub", visit.toString());
            }
            assertThat(run.out()).as("docs/rules.md example for " + sections.group(1))
                    .contains("\"rule\" : \"" + sections.group(1) + "\"");
            BillersWords.assertReadable(run.out(), "docs/rules.md example for " + sections.group(1));
            checked++;
        }
        assertThat(checked).isEqualTo(Cli.RULES.definitions().all().size());
    }

    @Test
    void everyRuleAPayerPackCanTurnOnHasADefinition() {
        for (String id : StandardRules.ids()) {
            assertThat(Cli.RULES.definitions().find(id)).as(id).isPresent();
        }
    }
}

package dev.cleanclaim.app.cli;

import dev.cleanclaim.core.rulebook.StandardRules;
import dev.cleanclaim.core.scrub.RuleDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
    void everyRuleAPayerPackCanTurnOnHasADefinition() {
        for (String id : StandardRules.ids()) {
            assertThat(Cli.RULES.definitions().find(id)).as(id).isPresent();
        }
    }
}

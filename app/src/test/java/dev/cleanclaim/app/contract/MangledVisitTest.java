package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.core.scrub.Scrubber;
import dev.cleanclaim.rules.BuiltInRuleData;
import dev.cleanclaim.core.ruledata.RuleData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mangling of a valid visit (fields dropped, replaced with other types, absurd values): whatever comes in,
 * the reader either accepts a visit the scrubber handles, or refuses it with problems that name a JSON path.
 * Nothing else may escape.
 */
class MangledVisitTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode[] ODD_VALUES = {
            JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.numberNode(-7),
            JsonNodeFactory.instance.numberNode(1e9), JsonNodeFactory.instance.numberNode(12.5),
            JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode("8E0KX1Z"),
            JsonNodeFactory.instance.textNode("2026-02-30"), JsonNodeFactory.instance.booleanNode(true),
            JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(),
            JsonNodeFactory.instance.textNode("left-sholder"), JsonNodeFactory.instance.textNode("97140")};

    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMangledVisitIsEitherScrubbedOrRefusedWithPaths(long seed) throws Exception {
        Random random = new Random(seed);
        ObjectNode visit = (ObjectNode) JSON.readTree(dev.cleanclaim.app.cli.CodeCommandTestAccess.contractExample());
        for (int i = 0, mutations = 1 + random.nextInt(4); i < mutations; i++) {
            mangle(visit, random);
        }
        VisitReader reader = new VisitReader(RULES, LocalDate.of(2026, 11, 23));
        try {
            var claim = new Scrubber(RULES).scrub(reader.read("mangled.json", JSON.writeValueAsString(visit)));
            assertThat(claim.findings()).allSatisfy(finding -> assertThat(finding.source()).isNotBlank());
        } catch (InputException refused) {
            assertThat(refused.problems()).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.path()).startsWith("$"));
        }
    }

    private static void mangle(ObjectNode root, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(4) == 0) {
            target.remove(name);
        } else {
            target.set(name, ODD_VALUES[random.nextInt(ODD_VALUES.length)].deepCopy());
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collect(children.next(), objects);
        }
    }
}

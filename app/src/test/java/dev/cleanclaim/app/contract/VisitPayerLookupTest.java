package dev.cleanclaim.app.contract;

import dev.cleanclaim.app.cli.CodeCommandTestAccess;
import dev.cleanclaim.core.payer.PracticePayers;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.core.visit.Visit;
import dev.cleanclaim.rules.BuiltInRuleData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A visit names its payer among the practice's directory entries as well as the rule packs. */
class VisitPayerLookupTest {

    private static final RuleData RULES = BuiltInRuleData.load();
    private static final PracticePayers DIRECTORY = new PracticePayers(RULES.payers(),
            Map.of("aetna", new PayerAccount("commercial", "Aetna", "60054", Optional.empty())));

    @Test
    void aVisitMayNameADirectoryEntryWhichIsBilledUnderItsPack() {
        Visit visit = read(CodeCommandTestAccess.contractExample().replace("\"payer\": \"medicare\"", "\"payer\": \"aetna\""));

        assertThat(visit.payer().id()).isEqualTo("aetna");
        assertThat(visit.payer().name()).isEqualTo("Aetna");
        assertThat(visit.payer().rules()).isEqualTo(RULES.payers().find("commercial").orElseThrow().rules());
    }

    @Test
    void aPackIdStillWorksBesideTheDirectory() {
        assertThat(read(CodeCommandTestAccess.contractExample()).payer().id()).isEqualTo("medicare");
    }

    @Test
    void anUnknownPayerIsRefusedNamingTheDirectoryEntriesAndThePacks() {
        String visit = CodeCommandTestAccess.contractExample().replace("\"payer\": \"medicare\"", "\"payer\": \"cigna\"");

        assertThatThrownBy(() -> read(visit)).isInstanceOfSatisfying(InputException.class, refused ->
                assertThat(refused.lines()).anySatisfy(line -> assertThat(line)
                        .contains("$.payer: unknown payer \"cigna\"; expected one of aetna, ")
                        .contains("medicare")));
    }

    private static Visit read(String text) {
        return new VisitReader(RULES, DIRECTORY, LocalDate.of(2026, 11, 23)).read("visit.json", text);
    }
}

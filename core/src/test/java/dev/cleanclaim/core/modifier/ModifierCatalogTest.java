package dev.cleanclaim.core.modifier;

import dev.cleanclaim.core.fees.ModifierShare;
import dev.cleanclaim.core.time.EffectivePeriod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModifierCatalogTest {

    private static final LocalDate X_MODIFIERS_FROM = LocalDate.of(2015, 1, 1);

    private static ModifierDefinition dated(String modifier, LocalDate from, String predecessor) {
        return new ModifierDefinition(modifier, "test " + modifier, EffectivePeriod.of(from, null),
                Optional.ofNullable(predecessor), Optional.empty(), "test");
    }

    private static final ModifierCatalog CATALOG = new ModifierCatalog(List.of(
            dated("59", null, null), dated("XS", X_MODIFIERS_FROM, "59"), dated("CQ", LocalDate.of(2020, 1, 1), null)));

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    @Test
    void aModifierInForceOnTheDateIsTheOneToBill() {
        assertThat(CATALOG.inForceFor("XS", day("2015-01-01"))).isEqualTo("XS");
    }

    @Test
    void beforeItsDateTheModifierItTookOverFromIsBilled() {
        assertThat(CATALOG.inForceFor("XS", day("2014-12-31"))).isEqualTo("59");
    }

    @Test
    void withNoPredecessorTheModifierAskedForIsKeptForTheDateRuleToReport() {
        assertThat(CATALOG.inForceFor("CQ", day("2019-06-01"))).isEqualTo("CQ");
        assertThat(CATALOG.inForce("CQ", day("2019-06-01"))).isFalse();
    }

    @Test
    void aModifierTheCatalogDoesNotListIsInForceWhateverTheDate() {
        assertThat(CATALOG.inForce("76", day("1990-01-01"))).isTrue();
        assertThat(CATALOG.inForceFor("76", day("1990-01-01"))).isEqualTo("76");
    }

    @Test
    void aPredecessorTheCatalogDoesNotListIsRefused() {
        assertThatThrownBy(() -> new ModifierCatalog(List.of(dated("XS", X_MODIFIERS_FROM, "59"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predecessor 59");
    }

    @Test
    void aLoopOfPredecessorsEndsWithTheModifierAskedFor() {
        ModifierCatalog loop = new ModifierCatalog(List.of(dated("XA", X_MODIFIERS_FROM, "XB"),
                dated("XB", X_MODIFIERS_FROM, "XA")));

        assertThat(loop.inForceFor("XA", day("2014-01-01"))).isEqualTo("XA");
    }

    @Test
    void theMedicareSharesAreThoseTheModifiersCarry() {
        ModifierShare share = new ModifierShare("CO", new BigDecimal("0.85"), LocalDate.of(2022, 1, 1));
        ModifierCatalog catalog = new ModifierCatalog(List.of(new ModifierDefinition("CO", "test", EffectivePeriod.ALWAYS,
                Optional.empty(), Optional.of(share), "test")));

        assertThat(catalog.medicareShares()).containsExactly(share);
        assertThat(share.appliesOn(LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(share.appliesOn(LocalDate.of(2022, 1, 1))).isTrue();
    }

    @Test
    void aShareAboveTheWholeFeeIsRefused() {
        assertThatThrownBy(() -> new ModifierShare("CQ", new BigDecimal("1.5"), LocalDate.of(2022, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CQ");
    }
}

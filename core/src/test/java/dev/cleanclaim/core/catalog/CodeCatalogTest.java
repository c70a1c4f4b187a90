package dev.cleanclaim.core.catalog;

import dev.cleanclaim.core.time.EffectivePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeCatalogTest {

    private static final LocalDate DELETED_AFTER = LocalDate.of(2016, 12, 31);

    private final CodeCatalog catalog = new CodeCatalog(List.of(
            code("97140", EffectivePeriod.ALWAYS),
            code("97001", EffectivePeriod.of(null, DELETED_AFTER)),
            code("97161", EffectivePeriod.of(LocalDate.of(2017, 1, 1), null))));

    @Test
    void aCodeInForceOnTheDateIsFound() {
        assertThat(catalog.lookup("97140", LocalDate.of(2026, 3, 2))).isInstanceOf(CodeLookup.Found.class);
    }

    @Test
    void codesAreFoundWhateverTheirCaseAndSurroundingSpace() {
        assertThat(catalog.find(" 97140 ")).isPresent();
    }

    @Test
    void aCodeIsStillBillableOnItsLastDay() {
        assertThat(catalog.lookup("97001", DELETED_AFTER)).isInstanceOf(CodeLookup.Found.class);
    }

    @Test
    void aCodeDeletedBeforeTheDateOfServiceIsDeletedAndNamesItsLastDay() {
        CodeLookup lookup = catalog.lookup("97001", LocalDate.of(2017, 1, 1));

        assertThat(lookup).isInstanceOfSatisfying(CodeLookup.Deleted.class, deleted -> {
            assertThat(deleted.code()).isEqualTo("97001");
            assertThat(deleted.deletedAfter()).isEqualTo(DELETED_AFTER);
        });
    }

    @Test
    void aCodeThatDidNotExistYetIsNotEffective() {
        assertThat(catalog.lookup("97161", LocalDate.of(2016, 6, 1))).isInstanceOf(CodeLookup.NotYetEffective.class);
    }

    @Test
    void anUnknownCodeIsNamedAndExplained() {
        assertThat(unknown("97999")).contains("97999").contains("not in cleanclaim's catalog");
        assertThat(unknown("1125F")).contains("Category II").contains("no payment");
        assertThat(unknown("0552T")).contains("Category III");
        assertThat(unknown("8E0KX1Z")).contains("ICD-10-PCS").contains("never go on a professional claim");
        assertThat(unknown("massage")).contains("not a CPT or HCPCS code");
    }

    @Test
    void aCodeListedTwiceIsRefused() {
        assertThatThrownBy(() -> new CodeCatalog(List.of(code("97140", EffectivePeriod.ALWAYS), code("97140", EffectivePeriod.ALWAYS))))
                .hasMessageContaining("97140 is listed twice");
    }

    private String unknown(String code) {
        CodeLookup lookup = catalog.lookup(code, LocalDate.of(2026, 1, 5));
        assertThat(lookup).isInstanceOf(CodeLookup.Unknown.class);
        return ((CodeLookup.Unknown) lookup).explanation();
    }

    private static CatalogCode code(String code, EffectivePeriod period) {
        return new CatalogCode(code, "test code " + code, UnitBasis.TIMED_15, CodeCategory.CPT_I, TherapyDesignation.ALWAYS,
                TherapyModifierRule.BY_PLAN_OF_CARE, period, Set.of(ProviderType.PT), List.of(), "therapeutic-procedure");
    }
}

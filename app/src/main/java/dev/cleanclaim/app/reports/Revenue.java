package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * What the period's sent claims billed and what the payers paid on them, per procedure code and per rendering
 * provider. Per code, "paid" is what the payers' service lines paid; a payer that pays a claim without lines pays no
 * code, so the two tables' paid totals can differ by that much.
 */
public record Revenue(Period period, List<CodeRow> byCode, List<ProviderRow> byProvider) {

    public Revenue {
        Objects.requireNonNull(period, "period");
        byCode = List.copyOf(byCode);
        byProvider = List.copyOf(byProvider);
    }

    /**
     * @param description the catalog's words for the code; empty for a code the catalog does not hold
     * @param units       units billed on the primary claims' lines
     */
    public record CodeRow(String code, String description, long units, Money charged, Money paid) {
    }

    public record ProviderRow(long providerId, String providerName, long claims, Money charged, Money paid) {
    }

    public CodeRow codeTotal() {
        return new CodeRow("", "All codes", byCode.stream().mapToLong(CodeRow::units).sum(),
                byCode.stream().map(CodeRow::charged).reduce(Money.ZERO, Money::plus),
                byCode.stream().map(CodeRow::paid).reduce(Money.ZERO, Money::plus));
    }

    public ProviderRow providerTotal() {
        return new ProviderRow(0, "All providers", byProvider.stream().mapToLong(ProviderRow::claims).sum(),
                byProvider.stream().map(ProviderRow::charged).reduce(Money.ZERO, Money::plus),
                byProvider.stream().map(ProviderRow::paid).reduce(Money.ZERO, Money::plus));
    }
}

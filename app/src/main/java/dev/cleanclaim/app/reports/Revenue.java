package dev.cleanclaim.app.reports;

import dev.cleanclaim.core.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * What the period's sent claims billed and what the payers paid on them, per procedure code and per rendering
 * provider. Per code, "paid" is what the payers' service lines paid; a payer that pays a claim without lines pays no
 * code, so the two tables' paid totals can differ by that much.
 */
public record Revenue(Period period, List<CodeRow> byCode, List<ProviderRow> byProvider, List<PatientRow> fromPatients) {

    public Revenue {
        Objects.requireNonNull(period, "period");
        byCode = List.copyOf(byCode);
        byProvider = List.copyOf(byProvider);
        fromPatients = List.copyOf(fromPatients);
    }

    public Revenue(Period period, List<CodeRow> byCode, List<ProviderRow> byProvider) {
        this(period, byCode, byProvider, List.of());
    }

    /**
     * What patients paid the practice directly by one method in the period (a self-pay session, a copay, an HSA card),
     * and what was refunded by it; voided payments add nothing and are counted apart.
     */
    public record PatientRow(String method, long payments, Money received, long voided, Money refunded) {
        public Money net() {
            return received.minus(refunded);
        }
    }

    public PatientRow patientTotal() {
        return new PatientRow("All methods", fromPatients.stream().mapToLong(PatientRow::payments).sum(),
                fromPatients.stream().map(PatientRow::received).reduce(Money.ZERO, Money::plus),
                fromPatients.stream().mapToLong(PatientRow::voided).sum(),
                fromPatients.stream().map(PatientRow::refunded).reduce(Money.ZERO, Money::plus));
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

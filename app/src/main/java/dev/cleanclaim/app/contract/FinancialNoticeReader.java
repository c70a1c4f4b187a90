package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.catalog.CodeCatalog;
import dev.cleanclaim.core.client.FinancialNotice;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerLookup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A financial responsibility notice sent to the API or typed into the client page's form:
 * {@code {"payer", "reason", "services": ["97124"], "visitId", "coversFrom", "coversThrough", "estimate": "95.00",
 * "signedOn", "signedBy"}}. Every bad field is named at once; nothing is read half-way. The payer defaults to the
 * client's plan; the period to the visit's date, or to a year from the signature.
 */
public final class FinancialNoticeReader {

    private static final Set<String> FIELDS = Set.of("payer", "reason", "services", "visitId", "coversFrom",
            "coversThrough", "estimate", "signedOn", "signedBy");
    private static final int SIGNER_LENGTH = 100;

    private final CodeCatalog codes;
    private final PayerLookup payers;

    public FinancialNoticeReader(CodeCatalog codes, PayerLookup payers) {
        this.codes = codes;
        this.payers = payers;
    }

    /**
     * @param clientPayer the client's plan, the payer when none is named
     * @param visitDate   the date of the visit named, when one is (the period it covers by default)
     */
    public FinancialNotice read(String name, JsonNode body, Optional<String> clientPayer,
                                java.util.function.LongFunction<Optional<LocalDate>> visitDate) {
        JsonFields fields = new JsonFields();
        if (!fields.object(body, "$", FIELDS)) {
            throw new InputException(name, fields.problems());
        }
        Optional<String> payer = fields.text(body, "payer", "$.payer", false, "the plan that won't pay, e.g. bcbs")
                .or(() -> clientPayer);
        if (payer.isEmpty()) {
            fields.problem("$.payer", "missing; name the plan that won't pay (this client has no insurance on file)");
        } else if (payers.find(payer.get()).isEmpty()) {
            fields.problem("$.payer", "unknown payer \"" + payer.get() + "\"; expected one of " + String.join(", ", payers.ids()));
        } else if (payers.find(payer.get()).filter(Payer::selfPay).isPresent()) {
            fields.problem("$.payer", "is self-pay: a notice names the plan that won't pay");
        }
        Optional<FinancialNotice.Reason> reason = fields.text(body, "reason", "$.reason", true, "one of " + reasons())
                .flatMap(text -> {
                    Optional<FinancialNotice.Reason> parsed = FinancialNotice.Reason.parse(text);
                    if (parsed.isEmpty()) {
                        fields.problem("$.reason", "unknown reason \"" + text + "\"; expected one of " + reasons());
                    }
                    return parsed;
                });
        List<String> services = services(body, fields);
        OptionalInt visit = fields.wholeNumber(body, "visitId", "$.visitId", 1, Integer.MAX_VALUE, "a visit id");
        Optional<LocalDate> ofVisit = visit.isPresent() ? visitDate.apply(visit.getAsInt()) : Optional.empty();
        if (visit.isPresent() && ofVisit.isEmpty()) {
            fields.problem("$.visitId", "visit " + visit.getAsInt() + " is not one of this client's visits");
        }
        Optional<LocalDate> signedOn = fields.date(body, "signedOn", "$.signedOn", true, "the day the client signed");
        Optional<String> signer = fields.text(body, "signedBy", "$.signedBy", true,
                "who signed: the client, or their parent, guardian or representative, by name");
        if (signer.filter(text -> text.length() > SIGNER_LENGTH).isPresent()) {
            fields.problem("$.signedBy", "too long: at most " + SIGNER_LENGTH + " characters");
        }
        Optional<LocalDate> from = fields.date(body, "coversFrom", "$.coversFrom", false, "the first date of service covered");
        Optional<LocalDate> through = fields.date(body, "coversThrough", "$.coversThrough", false,
                "the last date of service covered");
        LocalDate start = from.or(() -> ofVisit).or(() -> signedOn).orElse(null);
        LocalDate end = through.orElse(null);
        if (end == null && start != null) {
            end = ofVisit.orElse(start.plusYears(1).minusDays(1));
        }
        if (start != null && end != null && end.isBefore(start)) {
            fields.problem("$.coversThrough", "ends before the first date covered (" + start + ")");
        }
        Optional<Money> estimate = MoneyField.read(body, "estimate", "$.estimate", fields);
        if (!fields.problems().isEmpty()) {
            throw new InputException(name, fields.problems());
        }
        return new FinancialNotice(payer.orElseThrow(), reason.orElseThrow(), services,
                visit.isPresent() ? Optional.of((long) visit.getAsInt()) : Optional.empty(), start, end, estimate,
                signedOn.orElseThrow(), signer.orElseThrow());
    }

    /** The services, as a list of codes or one text of codes separated by spaces or commas (a form's box). */
    private List<String> services(JsonNode body, JsonFields fields) {
        JsonNode node = body.get("services");
        List<String> found = new ArrayList<>();
        if (node == null || node.isNull()) {
            fields.problem("$.services", "missing; list the services the plan won't pay, e.g. [\"97124\"]");
            return found;
        }
        List<String> given = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(code -> given.add(code.isTextual() ? code.asText() : JsonFields.describe(code)));
        } else if (node.isTextual()) {
            given.addAll(Arrays.asList(node.asText().split("[\\s,]+")));
        } else {
            fields.problem("$.services", "expected a list of procedure codes, got " + JsonFields.describe(node));
            return found;
        }
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i).trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (codes.find(code).isEmpty()) {
                fields.problem("$.services[" + i + "]", "\"" + given.get(i) + "\" is not a code in cleanclaim's catalog");
            } else if (!found.contains(code)) {
                found.add(code);
            }
        }
        if (found.isEmpty() && fields.problems().stream().noneMatch(problem -> problem.path().startsWith("$.services"))) {
            fields.problem("$.services", "missing; list the services the plan won't pay, e.g. [\"97124\"]");
        }
        return found;
    }

    private static String reasons() {
        return Arrays.stream(FinancialNotice.Reason.values()).map(FinancialNotice.Reason::id)
                .collect(Collectors.joining(", "));
    }
}

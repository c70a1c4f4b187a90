package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.identifier.FieldWidths;
import dev.cleanclaim.core.practice.ReferringProvider;
import dev.cleanclaim.core.referral.Referral;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a referral sent to POST /api/v1/patients/{id}/referrals: the referring physician (NPI with its check digit),
 * the payer's referral number, the dates it covers and the visits it authorizes.
 */
public final class ReferralReader {

    private static final Set<String> FIELDS =
            Set.of("referrer", "referralNumber", "validFrom", "validThrough", "visitsAuthorized", "visitsUsed");
    private static final Set<String> REFERRER_FIELDS = Set.of("firstName", "lastName", "npi");
    /** More visits than anyone gets on one referral: a typing error. */
    private static final int MOST_VISITS = 999;

    public Referral read(String name, JsonNode body) {
        JsonFields fields = new JsonFields();
        if (!fields.object(body, "$", FIELDS)) {
            throw new InputException(name, fields.problems());
        }
        Optional<ReferringProvider> referrer = referrer(body, fields);
        Optional<LocalDate> from = fields.date(body, "validFrom", "$.validFrom", true, "the first day the referral covers");
        Optional<LocalDate> through = fields.date(body, "validThrough", "$.validThrough", true, "the last day it covers");
        if (from.isPresent() && through.isPresent() && through.get().isBefore(from.get())) {
            fields.problem("$.validThrough", "the referral ends (" + through.get() + ") before it starts (" + from.get() + ")");
        }
        if (!body.hasNonNull("visitsAuthorized")) {
            fields.problem("$.visitsAuthorized", "missing; expected the number of visits the referral authorizes");
        }
        OptionalInt authorized = fields.wholeNumber(body, "visitsAuthorized", "$.visitsAuthorized", 1, MOST_VISITS,
                "a number of visits");
        OptionalInt used = fields.wholeNumber(body, "visitsUsed", "$.visitsUsed", 0, authorized.orElse(MOST_VISITS),
                "the visits already used (at most those authorized)");
        if (!fields.problems().isEmpty()) {
            throw new InputException(name, fields.problems());
        }
        return new Referral(referrer.orElseThrow(), from.orElseThrow(), through.orElseThrow(), authorized.getAsInt(),
                used.orElse(0));
    }

    private static Optional<ReferringProvider> referrer(JsonNode body, JsonFields fields) {
        // An identifier the payer matches: refused, never rewritten, when a character cannot go into an X12 element.
        Optional<String> number = PracticeFields.inX12(fields, "$.referralNumber", fields.claimText(body, "referralNumber",
                "$.referralNumber", false, "the payer's referral or authorization number", FieldWidths.REFERRAL_NUMBER));
        JsonNode node = body.get("referrer");
        if (node == null || node.isNull()) {
            fields.problem("$.referrer", "missing; expected the referring physician's firstName, lastName and npi");
            return Optional.empty();
        }
        if (!fields.object(node, "$.referrer", REFERRER_FIELDS)) {
            return Optional.empty();
        }
        Optional<String> first = fields.claimText(node, "firstName", "$.referrer.firstName", true,
                "the physician's first name", FieldWidths.FIRST_NAME);
        Optional<String> last = fields.claimText(node, "lastName", "$.referrer.lastName", true,
                "the physician's last name", FieldWidths.LAST_NAME);
        Optional<String> npi = fields.npi(node, "npi", "$.referrer.npi", true);
        if (first.isEmpty() || last.isEmpty() || npi.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReferringProvider(first.get(), last.get(), npi.get(), number));
    }
}

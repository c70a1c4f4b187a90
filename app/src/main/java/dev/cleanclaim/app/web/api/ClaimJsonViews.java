package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.ClaimJson;
import dev.cleanclaim.app.workspace.ClaimView;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.store.ClaimEvent;
import dev.cleanclaim.store.ClaimLinks;
import dev.cleanclaim.store.ClaimSummary;
import dev.cleanclaim.store.Stored;

/**
 * A stored claim as the API shows it: in a list, the numbers a biller scans; alone, also the claim contract with
 * its findings, the statuses it may move to next, and its history (who moved it when, and why).
 */
final class ClaimJsonViews {

    private ClaimJsonViews() {
    }

    static ObjectNode summary(Stored<ClaimSummary> stored) {
        ClaimSummary claim = stored.value();
        return ApiJson.object().put("id", stored.id()).put("version", stored.version())
                .put("visitId", claim.visitId()).put("patientId", claim.patientId()).put("payer", claim.payerId())
                .put("dateOfService", claim.dateOfService().toString()).put("status", claim.status().id())
                .put("controlNumber", claim.patientControlNumber()).put("totalCharge", claim.totalCharge().toString())
                .put("ruleDataVersion", claim.ruleDataVersion());
    }

    static ObjectNode detail(ClaimView view) {
        ObjectNode node = summary(ClaimSummary.of(view.claim()));
        ArrayNode next = node.putArray("next");
        view.claim().value().status().next().stream().map(ClaimStatus::id).forEach(next::add);
        node.set("claim", ClaimJson.toTree(view.claim().value().draft()));
        ClaimLinks links = view.links();
        node.put("frequency", links.frequency().id());
        node.put("payerClaimNumber", links.payerClaimNumber().orElse(null));
        links.corrects().ifPresentOrElse(original -> node.putObject("corrects").put("claimId", original)
                        .put("href", ClaimResource.PATH + "/" + original).put("reason", links.reason().orElse(null))
                        .put("payerClaimNumber", links.correctedPayerClaimNumber().orElse(null)),
                () -> node.putNull("corrects"));
        ArrayNode correctedBy = node.putArray("correctedBy");
        links.correctedBy().forEach(later -> correctedBy.addObject().put("claimId", later)
                .put("href", ClaimResource.PATH + "/" + later));
        ArrayNode history = node.putArray("history");
        for (ClaimEvent event : view.history()) {
            // the event's copy of the claim stays out: the claim above is the one that counts, and it can be large
            history.addObject().put("at", event.occurredAt().toString()).put("user", event.user())
                    .put("from", event.from().map(ClaimStatus::id).orElse(null)).put("to", event.to().id())
                    .put("note", event.note().orElse(null));
        }
        return node;
    }
}

package dev.cleanclaim.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.workspace.SentClaim;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.store.DatabaseRefusal;

import java.util.List;

/**
 * An RFC 9457 problem document: what went wrong, for whom to fix it, and for bad input every field with its
 * problem, so a client shows each next to the field it concerns.
 */
final class Problem {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPES = "https://cleanclaim.dev/problems/";

    private Problem() {
    }

    static ObjectNode of(int status, String type, String title, String detail, String instance) {
        return JsonNodeFactory.instance.objectNode()
                .put("type", TYPES + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
    }

    /** Bad input: the problems as "errors", each naming its field (a JSON path into the request body). */
    static ObjectNode invalid(String instance, List<InputProblem> problems) {
        ObjectNode problem = of(422, "invalid-input", "The request is not valid",
                problems.size() + " problem(s); each names its field", instance);
        ArrayNode errors = problem.putArray("errors");
        for (InputProblem input : problems) {
            errors.addObject().put("field", input.path()).put("detail", input.message());
        }
        return problem;
    }

    /**
     * What the database refused although the readers let it through: a clear 409 or 422 saying what kind of value
     * it was, never the SQL or the value (the failure is logged as an incident, so the missed check gets fixed).
     */
    static ObjectNode refusedByDatabase(DatabaseRefusal refusal, String instance) {
        return switch (refusal) {
            case CLASHES_WITH_STORED -> of(409, "conflict", "Clashes with what is stored", refusal.sentence(), instance);
            case VALUE_DOES_NOT_FIT -> invalid(instance, List.of(new InputProblem("$", refusal.sentence())));
        };
    }

    /**
     * A new client who looks like a record on file: each record it looks like (id, name, birth date, account, link and
     * why), so a client can offer to open it, or to save again with {@code "confirmDuplicate": true}.
     */
    static ObjectNode likelyDuplicates(WorkspaceException.LikelyDuplicates refused, String instance) {
        ObjectNode problem = of(409, "likely-duplicate", "This client may be on file already", refused.getMessage(), instance);
        ArrayNode duplicates = problem.putArray("duplicates");
        refused.candidates().forEach(candidate -> {
            ObjectNode node = duplicates.addObject().put("id", candidate.id()).put("name", candidate.name())
                    .put("birthDate", candidate.birthDate().toString()).put("accountNumber", candidate.accountNumber())
                    .put("href", "/api/v1/patients/" + candidate.id());
            candidate.reasons().forEach(reason -> node.withArray("reasons").add(reason.id()));
        });
        problem.put("hidden", refused.hidden());
        return problem;
    }

    /**
     * A visit whose claim was sent: the claim that freezes it, and, when the payer has the claim, the request that
     * corrects it with a replacement, so a client can offer it without parsing the message.
     */
    static ObjectNode visitFrozen(WorkspaceException.VisitFrozen frozen, String instance) {
        SentClaim claim = frozen.claim();
        ObjectNode problem = of(409, "claim-sent", "The visit's claim was sent", frozen.getMessage(), instance);
        problem.putObject("claim").put("id", claim.claimId()).put("patientControlNumber", claim.controlNumber())
                .put("status", claim.status().id());
        claim.correction().ifPresentOrElse(correction -> problem.putObject("correction")
                .put("method", correction.method()).put("href", correction.path())
                .put("kind", SentClaim.REPLACEMENT), () -> problem.putNull("correction"));
        return problem;
    }
}

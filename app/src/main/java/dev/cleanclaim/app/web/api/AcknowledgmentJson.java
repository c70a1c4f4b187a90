package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.workspace.AcknowledgmentImport;

/** What importing a 999 or 277CA did, as the API and the CLI print it. */
public final class AcknowledgmentJson {

    private AcknowledgmentJson() {
    }

    public static ObjectNode of(String fileName, AcknowledgmentImport imported) {
        ObjectNode json = ApiJson.object();
        json.put("file", fileName);
        json.put("acknowledgmentId", imported.acknowledgmentId());
        json.put("kind", imported.kind());
        json.put("alreadyImported", imported.alreadyImported());
        json.put("accepted", imported.count("accepted"));
        json.put("rejected", imported.count("rejected"));
        json.put("pending", imported.count("pending"));
        ArrayNode claims = json.putArray("claims");
        for (AcknowledgmentImport.Answer answer : imported.answers()) {
            claims.addObject().put("claimId", answer.claimId()).put("controlNumber", answer.patientControlNumber())
                    .put("outcome", answer.outcome()).put("words", answer.words()).put("moved", answer.moved())
                    .put("href", ClaimResource.PATH + "/" + answer.claimId());
        }
        imported.unmatched().forEach(json.putArray("unmatched")::add);
        imported.warnings().forEach(json.putArray("warnings")::add);
        return json;
    }
}

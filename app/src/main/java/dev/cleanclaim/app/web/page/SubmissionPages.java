package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.workspace.AcknowledgmentImport;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.SubmissionResult;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.app.workspace.WorkspaceException;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.store.ClaimAcknowledgmentRow;
import dev.cleanclaim.store.ClaimFilter;
import dev.cleanclaim.store.ClaimRecord;
import dev.cleanclaim.store.ClaimSummary;
import dev.cleanclaim.store.Stored;
import dev.cleanclaim.store.SubmissionSummary;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sending claims and reading back what came of them: the ready claims and a button that sends them, the rejected
 * claims to fix, the 999/277CA upload, and the files sent (each downloadable exactly as written). Billing staff only.
 */
public final class SubmissionPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final long LARGEST_FILE = 20L * 1024 * 1024;
    private static final int LISTED = 200;

    private final Workspace workspace;

    public SubmissionPages(Workspace workspace) {
        this.workspace = workspace;
    }

    public void register(RoutesConfig routes) {
        routes.get("/submissions", ctx -> show(ctx, FormState.of(Map.of()), null, HttpStatus.OK));
        routes.post("/submissions", this::send);
        routes.post("/acknowledgments", this::upload);
    }

    private void send(Context ctx) {
        Actor actor = Requests.actor(ctx);
        try {
            SubmissionResult result = workspace.submissions().send(actor, Optional.empty());
            List<String> lines = new ArrayList<>();
            for (SubmissionSummary file : result.sent()) {
                lines.add("Interchange " + file.controlNumber() + " to " + file.receiverId() + ": " + file.claimCount()
                        + " claim(s), $" + file.totalCharge());
            }
            List<String> left = result.notSent().stream().map(notSent -> "Claim " + notSent.patientControlNumber()
                    + " stays ready: " + String.join("; ", notSent.problems())).toList();
            String heading = result.sent().isEmpty() ? "Nothing was sent" : "Sent " + result.claimsSent() + " claim(s)";
            show(ctx, FormState.of(Map.of()), new SubmissionsView.Outcome("send-result", heading, lines, left), HttpStatus.OK);
        } catch (WorkspaceException.Conflict conflict) {
            show(ctx, FormState.of(Map.of()).withMessage(conflict.getMessage()), null, HttpStatus.CONFLICT);
        }
    }

    private void upload(Context ctx) {
        Actor actor = Requests.actor(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            show(ctx, FormState.refused(Map.of(), new InputException("upload", List.of(
                    new InputProblem("file", "choose the 999 or 277CA file to upload")))), null, HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        if (file.size() > LARGEST_FILE) {
            show(ctx, FormState.refused(Map.of(), new InputException(file.filename(), List.of(new InputProblem("file",
                    "is " + file.size() / 1024 / 1024 + " MB; an acknowledgment of more than 20 MB is not expected")))),
                    null, HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        try (InputStream in = file.content()) {
            AcknowledgmentImport imported = workspace.acknowledgments().importFile(actor, file.filename(), in.readAllBytes());
            List<String> lines = imported.answers().stream().map(answer -> "Claim " + answer.patientControlNumber() + ": "
                    + answer.outcome() + " — " + answer.words()).toList();
            List<String> warnings = new ArrayList<>(imported.unmatched());
            warnings.addAll(imported.warnings());
            String heading = imported.alreadyImported() ? file.filename() + " was imported before; nothing changed"
                    : "Imported " + imported.kind() + " " + file.filename() + ": " + imported.count("accepted") + " accepted, "
                    + imported.count("rejected") + " rejected";
            show(ctx, FormState.of(Map.of()), new SubmissionsView.Outcome("ack-result", heading, lines, warnings), HttpStatus.OK);
        } catch (InputException refused) {
            show(ctx, FormState.refused(Map.of(), refused), null, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (WorkspaceException.Conflict conflict) {
            show(ctx, FormState.of(Map.of()).withMessage(conflict.getMessage()), null, HttpStatus.CONFLICT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(Context ctx, FormState form, SubmissionsView.Outcome outcome, HttpStatus status) {
        Actor actor = Requests.actor(ctx);
        List<SubmissionsView.SentFile> sent = workspace.submissions().list(actor, LISTED, 0).stream()
                .map(file -> new SubmissionsView.SentFile(file.id(), file.controlNumber(), file.receiverId(), file.claimCount(),
                        "$" + file.totalCharge(), WHEN.format(file.createdAt()), file.createdBy(),
                        "T".equals(file.usage()) ? "test" : "production")).toList();
        List<Stored<ClaimRecord>> toSend = workspace.submissions().readyToSend(actor);
        List<SubmissionsView.ClaimLine> ready = toSend.stream().limit(LISTED).map(ClaimSummary::of).map(claim -> line(claim, ""))
                .toList();
        List<SubmissionsView.ClaimLine> rejected = claims(actor, ClaimStatus.REJECTED).stream()
                .map(claim -> line(claim, workspace.database().acknowledgments().forClaim(claim.id()).stream()
                        .filter(answer -> answer.outcome().equals("rejected")).reduce((first, last) -> last)
                        .map(ClaimAcknowledgmentRow::words).orElse("rejected"))).toList();
        ctx.status(status);
        Pages.render(ctx, "submissions/list.jte", Map.of("frame", Frame.of(ctx, "Send claims", "submissions"),
                "view", new SubmissionsView(form, toSend.size(), ready, rejected, sent, outcome)));
    }

    private List<Stored<ClaimSummary>> claims(Actor actor, ClaimStatus status) {
        return workspace.claims().list(actor, new ClaimFilter(Optional.of(status), Optional.empty(), Optional.empty(),
                Optional.empty(), LISTED));
    }

    private static SubmissionsView.ClaimLine line(Stored<ClaimSummary> claim, String note) {
        ClaimSummary record = claim.value();
        return new SubmissionsView.ClaimLine(claim.id(), record.patientControlNumber(), record.payerId(),
                record.dateOfService().toString(), "$" + record.totalCharge(), note);
    }
}

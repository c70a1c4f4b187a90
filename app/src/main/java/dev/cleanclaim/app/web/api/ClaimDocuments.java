package dev.cleanclaim.app.web.api;

import dev.cleanclaim.app.web.Requests;
import dev.cleanclaim.app.web.ServerParts;
import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.forms.Cms1500Pdf;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Set;
import java.util.function.BiFunction;

/**
 * A claim's documents as downloads: the 837P file for the clearinghouse, the CMS-1500 (drawn whole, or with
 * {@code ?form=red} data only for the pre-printed red OCR form) and the superbill (the patient's receipt). A sent claim's 837P is the bytes it was sent as; the others are rendered from the claim's stored
 * record, the practice as it was made with and the patient as stored now. Each download is audited.
 * File names carry the claim id only, never the patient's name or account.
 */
public final class ClaimDocuments {

    private final Workspace workspace;

    public ClaimDocuments(ServerParts parts) {
        this.workspace = parts.workspace();
    }

    public void register(RoutesConfig routes) {
        routes.get(ClaimResource.PATH + "/{id}/837", ctx -> download(ctx, "application/edi-x12", ".837",
                (actor, id) -> workspace.claims().edi(actor, id)));
        routes.get(ClaimResource.PATH + "/{id}/cms1500.pdf", ctx -> {
            Cms1500Pdf.Mode mode = cms1500Mode(ctx);
            download(ctx, "application/pdf", mode == Cms1500Pdf.Mode.RED_FORM ? "-cms1500-red.pdf" : "-cms1500.pdf",
                    (actor, id) -> workspace.claims().cms1500(actor, id, mode));
        });
        routes.get(ClaimResource.PATH + "/{id}/superbill.pdf", ctx -> download(ctx, "application/pdf", "-superbill.pdf",
                (actor, id) -> workspace.claims().superbill(actor, id)));
    }

    /**
     * {@code ?form=red} prints the data only, at the NUCC grid, for the pre-printed red OCR form; {@code full} (the
     * default) draws the whole form. Anything else is refused rather than quietly printing the other one.
     */
    private static Cms1500Pdf.Mode cms1500Mode(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of("form"));
        String form = ctx.queryParam("form");
        if (form == null || form.equals("full")) {
            return Cms1500Pdf.Mode.FULL_FORM;
        }
        if (form.equals("red")) {
            return Cms1500Pdf.Mode.RED_FORM;
        }
        throw ApiJson.invalid("form", "expected red (data only, for the pre-printed red OCR form) or full "
                + "(the whole form drawn), got " + form);
    }

    private static void download(Context ctx, String contentType, String suffix, BiFunction<Actor, Long, byte[]> render) {
        long id = ApiJson.id(ctx);
        byte[] document = render.apply(Requests.actor(ctx), id);
        ctx.header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"claim-" + id + suffix + "\"")
                .contentType(contentType).result(document);
    }
}

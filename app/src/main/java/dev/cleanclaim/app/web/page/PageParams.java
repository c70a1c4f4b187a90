package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.workspace.WorkspaceException;
import io.javalin.http.Context;

/** Path parameters of the pages: an id that is not a number names no record, so it is "not found". */
final class PageParams {

    private PageParams() {
    }

    static long id(Context ctx) {
        return id(ctx, "id");
    }

    static long id(Context ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new WorkspaceException.NotFound("page for " + name, -1);
        }
    }
}

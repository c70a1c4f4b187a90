package dev.cleanclaim.app.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleanclaim.app.workspace.HistoryPaging;
import dev.cleanclaim.store.FieldChange;
import dev.cleanclaim.store.HistoryEntry;
import dev.cleanclaim.store.HistoryPage;
import io.javalin.http.Context;

import java.util.Optional;
import java.util.Set;

/**
 * A record's history of changes as the API shows it: newest first, a page at a time, each change with who made it,
 * when, the version it made and its fields before and after. The answer links the next older page.
 */
final class HistoryJson {

    private HistoryJson() {
    }

    /** The page the request asks for; unknown or malformed parameters are refused naming them. */
    static HistoryPaging paging(Context ctx) {
        ApiJson.onlyQueryParameters(ctx, Set.of(HistoryPaging.OFFSET, HistoryPaging.LIMIT));
        return HistoryPaging.of(Optional.ofNullable(ctx.queryParam(HistoryPaging.OFFSET)),
                Optional.ofNullable(ctx.queryParam(HistoryPaging.LIMIT)));
    }

    static ObjectNode write(HistoryPage page, HistoryPaging paging, String path) {
        ArrayNode items = ApiJson.array();
        page.entries().forEach(entry -> items.add(entry(entry)));
        ObjectNode node = ApiJson.page(items);
        node.put("total", page.total()).put(HistoryPaging.OFFSET, page.offset()).put(HistoryPaging.LIMIT, page.limit());
        if (page.hasOlder()) {
            HistoryPaging older = paging.older();
            node.put("next", path + "?" + HistoryPaging.OFFSET + "=" + older.offset() + "&" + HistoryPaging.LIMIT + "="
                    + older.limit());
        } else {
            node.putNull("next");
        }
        return node;
    }

    private static ObjectNode entry(HistoryEntry entry) {
        ObjectNode node = ApiJson.object().put("id", entry.id()).put("version", entry.version())
                .put("at", entry.occurredAt().toString()).put("user", entry.user()).put("kind", entry.kind().id());
        ArrayNode changes = node.putArray("changes");
        for (FieldChange change : entry.changes()) {
            ObjectNode field = changes.addObject().put("field", change.field());
            field.put("before", change.before().orElse(null));
            field.put("after", change.after().orElse(null));
        }
        return node;
    }
}

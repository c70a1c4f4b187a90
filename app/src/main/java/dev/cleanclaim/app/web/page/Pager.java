package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.web.PageRequest;
import dev.cleanclaim.store.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The page links under a paged list: where the previous and next pages are (null at either end), with the count.
 */
public record Pager(long page, long pages, long total, String previous, String next) {

    static Pager of(String path, Page<?> page) {
        return of(path, Map.of(), page);
    }

    /** Links that keep the list's filter ({@code query}, name to value), so the next page is of the same list. */
    static Pager of(String path, Map<String, String> query, Page<?> page) {
        StringBuilder kept = new StringBuilder();
        query.forEach((name, value) -> kept.append(encode(name)).append('=').append(encode(value)).append('&'));
        String limit = page.limit() == PageRequest.DEFAULT_LIMIT ? "" : "&limit=" + page.limit();
        return new Pager(page.page(), page.pages(), page.total(),
                page.hasPrevious() ? path + "?" + kept + "page=" + (page.page() - 1) + limit : null,
                page.hasNext() ? path + "?" + kept + "page=" + (page.page() + 1) + limit : null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.web.PageRequest;
import dev.cleanclaim.store.Page;

/**
 * The page links under a paged list: where the previous and next pages are (null at either end), with the count.
 */
public record Pager(long page, long pages, long total, String previous, String next) {

    static Pager of(String path, Page<?> page) {
        String limit = page.limit() == PageRequest.DEFAULT_LIMIT ? "" : "&limit=" + page.limit();
        return new Pager(page.page(), page.pages(), page.total(),
                page.hasPrevious() ? path + "?page=" + (page.page() - 1) + limit : null,
                page.hasNext() ? path + "?page=" + (page.page() + 1) + limit : null);
    }
}

package dev.cleanclaim.store;

import java.util.List;

/**
 * One page of a list the database pages (LIMIT/OFFSET), with the count of the whole list so pages can link on.
 *
 * @param page  1 for the first page
 * @param limit the most items a page holds
 */
public record Page<T>(List<T> items, long total, int page, int limit) {

    /** The largest page anyone may ask for: a page is for reading, an export is for everything. */
    public static final int MOST = 200;

    public Page {
        items = List.copyOf(items);
        if (page < 1 || limit < 1 || limit > MOST) {
            throw new IllegalArgumentException("page from 1, limit from 1 to " + MOST + "; got page " + page
                    + ", limit " + limit);
        }
    }

    public long offset() {
        return offset(page, limit);
    }

    static long offset(int page, int limit) {
        return (long) (page - 1) * limit;
    }

    public long pages() {
        return Math.max(1, (total + limit - 1) / limit);
    }

    public boolean hasNext() {
        return (long) page * limit < total;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}

package dev.cleanclaim.store;

import java.util.List;

/**
 * Part of a record's history, newest first.
 *
 * @param total  how many changes the record has in all
 * @param offset how many newer changes come before this page
 */
public record HistoryPage(List<HistoryEntry> entries, long total, int offset, int limit) {
    public HistoryPage {
        entries = List.copyOf(entries);
    }

    /** Whether older changes follow this page. */
    public boolean hasOlder() {
        return offset + entries.size() < total;
    }
}

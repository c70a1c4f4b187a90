package dev.cleanclaim.app.web.page;

import dev.cleanclaim.store.FieldChange;
import dev.cleanclaim.store.HistoryPage;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The "History" section of a patient's or a visit's page: the newest changes, who made them and when, each field
 * before and after; where the rest is (the API's history, which pages on).
 *
 * @param older the API address of the older changes, or null when this is all of them
 */
public record HistoryView(List<Change> changes, long total, String older) {

    public HistoryView {
        changes = List.copyOf(changes);
    }

    /**
     * @param valueOf how a field's stored value reads on the page (a therapist's id as their name); the value itself
     *                when there is nothing better
     */
    public static HistoryView of(HistoryPage page, String apiPath, BiFunction<String, String, String> valueOf) {
        List<Change> changes = page.entries().stream().map(entry -> new Change(entry.occurredAt().toString(),
                entry.user(), entry.kind().id(), "version " + entry.version(),
                entry.changes().stream().map(change -> line(change, valueOf)).toList())).toList();
        String older = page.hasOlder() ? apiPath + "?offset=" + (page.offset() + page.entries().size()) : null;
        return new HistoryView(changes, page.total(), older);
    }

    private static Line line(FieldChange change, BiFunction<String, String, String> valueOf) {
        return new Line(change.field(), change.before().map(value -> valueOf.apply(change.field(), value)).orElse("—"),
                change.after().map(value -> valueOf.apply(change.field(), value)).orElse("—"));
    }

    /** One change: when, by whom, what kind, and its fields. */
    public record Change(String at, String user, String kind, String version, List<Line> lines) {
        public Change {
            lines = List.copyOf(lines);
        }
    }

    /** One field of a change, before and after ("—" for none). */
    public record Line(String field, String before, String after) {
    }
}

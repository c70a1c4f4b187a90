package dev.cleanclaim.app.workspace;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.store.ChangeHistory;

import java.util.List;
import java.util.Optional;

/**
 * Which page of a record's history to read: {@code offset} newer changes skipped, at most {@code limit} shown. Read
 * from the API's query parameters and the pages' links; a value out of bounds is refused naming its parameter.
 */
public record HistoryPaging(int offset, int limit) {

    public static final String OFFSET = "offset";
    public static final String LIMIT = "limit";
    /** What a page shows when the reader does not say: enough for a screen, little enough to read quickly. */
    public static final int DEFAULT_LIMIT = 20;

    public HistoryPaging {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is below 0");
        }
        if (limit < 1 || limit > ChangeHistory.MOST_PER_PAGE) {
            throw new IllegalArgumentException("limit " + limit + " is not from 1 to " + ChangeHistory.MOST_PER_PAGE);
        }
    }

    public static HistoryPaging first() {
        return new HistoryPaging(0, DEFAULT_LIMIT);
    }

    /** The page the parameters name (absent: the newest page), or bad input naming the parameter at fault. */
    public static HistoryPaging of(Optional<String> offset, Optional<String> limit) {
        int from = number(OFFSET, offset, 0, Integer.MAX_VALUE, 0);
        int most = number(LIMIT, limit, 1, ChangeHistory.MOST_PER_PAGE, DEFAULT_LIMIT);
        return new HistoryPaging(from, most);
    }

    /** The next older page. */
    public HistoryPaging older() {
        return new HistoryPaging(offset + limit, limit);
    }

    private static int number(String name, Optional<String> text, int least, int most, int absent) {
        if (text.isEmpty() || text.get().isBlank()) {
            return absent;
        }
        String value = text.get().strip();
        if (value.matches("\\d{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= least && number <= most) {
                return number;
            }
        }
        throw new InputException("history page", List.of(new InputProblem(name, "expected a whole number from "
                + least + (most == Integer.MAX_VALUE ? " up" : " to " + most) + ", got \"" + value + "\"")));
    }
}

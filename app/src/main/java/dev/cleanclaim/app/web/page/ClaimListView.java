package dev.cleanclaim.app.web.page;

import java.util.List;

/** The claims list with the filter that chose them. */
public record ClaimListView(FormState filter, List<Choice> statuses, List<Choice> payers, List<ClaimRow> claims) {
    public ClaimListView {
        statuses = List.copyOf(statuses);
        payers = List.copyOf(payers);
        claims = List.copyOf(claims);
    }
}

package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * One page of the claims list with the filter that chose them.
 *
 * @param total how many claims the filter picks on all pages
 */
public record ClaimListView(FormState filter, List<Choice> statuses, List<Choice> payers, List<ClaimRow> claims,
                            long total, Pager pager) {
    public ClaimListView {
        statuses = List.copyOf(statuses);
        payers = List.copyOf(payers);
        claims = List.copyOf(claims);
    }
}

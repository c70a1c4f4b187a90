package dev.cleanclaim.app.web.page;

import java.util.List;

/** The denials to work, a page of denied lines, each with its claim, code and reason in words. */
public record DenialsToWorkView(List<Row> rows, Pager pager) {

    public DenialsToWorkView {
        rows = List.copyOf(rows);
    }

    /** @param line "line 2", or "claim" for a claim denied whole */
    public record Row(long claimId, String controlNumber, String line, String code, String payer, String paymentDate,
                      String adjustment, String amount, String reason) {
    }
}

package dev.cleanclaim.app.web;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.store.Page;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/** ?page= and ?limit= of a paged list, read the same way by the API and the pages; bad values name the parameter. */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_LIMIT = 50;

    public static PageRequest of(Context ctx) {
        List<InputProblem> problems = new ArrayList<>();
        int page = number(ctx, "page", 1, Integer.MAX_VALUE / Page.MOST, 1, problems);
        int limit = number(ctx, "limit", 1, Page.MOST, DEFAULT_LIMIT, problems);
        if (!problems.isEmpty()) {
            throw new InputException("request", problems);
        }
        return new PageRequest(page, limit);
    }

    private static int number(Context ctx, String name, int least, int most, int otherwise, List<InputProblem> problems) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(new InputProblem(name, "expected a whole number from " + least + " to " + most + ", got \"" + text + "\""));
        return otherwise;
    }
}

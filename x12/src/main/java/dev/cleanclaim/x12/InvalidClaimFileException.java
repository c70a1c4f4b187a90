package dev.cleanclaim.x12;

import java.util.List;

/**
 * The 837P cleanclaim produced breaks its own schema: a bug or data the upstream checks let through. The file is
 * not written; the problems say where it broke.
 */
public final class InvalidClaimFileException extends RuntimeException {

    private final transient List<EdiProblem> problems;

    public InvalidClaimFileException(List<EdiProblem> problems) {
        super("the 837P file breaks the 005010X222A1 schema, so it was not written:\n  "
                + String.join("\n  ", problems.stream().map(EdiProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<EdiProblem> problems() {
        return problems;
    }
}

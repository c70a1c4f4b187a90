package dev.cleanclaim.app.contract;

import java.util.List;

/** Input that cannot be used as given: names the file and every problem found in it. */
public final class InputException extends RuntimeException {

    private final String file;
    private final List<InputProblem> problems;

    public InputException(String file, List<InputProblem> problems) {
        super(file + ": " + problems.size() + " problem(s)");
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** One line a problem, each starting with the file, as a biller's terminal shows them. */
    public List<String> lines() {
        return problems.stream().map(problem -> file + ": " + problem).toList();
    }
}

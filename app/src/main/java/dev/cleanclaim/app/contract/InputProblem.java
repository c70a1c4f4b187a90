package dev.cleanclaim.app.contract;

/** One thing wrong with an input file: where (a JSON path such as $.services[1].minutes) and what was expected. */
public record InputProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

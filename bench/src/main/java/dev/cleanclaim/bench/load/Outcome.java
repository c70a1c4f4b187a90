package dev.cleanclaim.bench.load;

/** How one request ended: answered with a status, or failed before an answer came. */
sealed interface Outcome {

    /** How the summary names it: the status code, or the exception's simple class name. */
    String label();

    boolean ok();

    /** The server answered; anything outside 2xx counts as a failed request. */
    record Answered(int status) implements Outcome {
        @Override
        public String label() {
            return String.valueOf(status);
        }

        @Override
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** No answer: refused connection, reset, timeout. */
    record Failed(String exception) implements Outcome {
        @Override
        public String label() {
            return exception;
        }

        @Override
        public boolean ok() {
            return false;
        }
    }
}

package dev.cleanclaim.app.cli;

/** Lets tests in other packages reuse the visit contract example. */
public final class CodeCommandTestAccess {

    private CodeCommandTestAccess() {
    }

    public static String contractExample() {
        return CodeCommandTest.CONTRACT_EXAMPLE;
    }
}

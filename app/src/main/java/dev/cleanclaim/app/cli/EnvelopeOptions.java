package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.forms.LetterTerms;
import picocli.CommandLine.Option;

import java.util.List;

/** The finer settings of `cleanclaim claim`: the 837P envelope, the amount paid on a receipt, the letter's terms. */
final class EnvelopeOptions {

    @Option(names = "--control-number", paramLabel = "N",
            description = "ISA13/GS06 interchange control number (default: from the clock, so each file gets a new one).")
    Integer controlNumber;

    @Option(names = "--test-file", description = "Mark the 837P as test data (ISA15 = T) for a clearinghouse's test mode.")
    boolean testFile;

    @Option(names = "--paid", paramLabel = "AMOUNT", defaultValue = "0.00",
            description = "What the patient paid for each visit, shown on the superbill (default ${DEFAULT-VALUE}).")
    String paid = "0.00";

    @Option(names = "--frequency", paramLabel = "TEXT", defaultValue = "once a week",
            description = "Recommended frequency in the letter of medical necessity (default \"${DEFAULT-VALUE}\").")
    String frequency = "once a week";

    @Option(names = "--sessions", paramLabel = "N", defaultValue = "12",
            description = "Recommended number of sessions in the letter of medical necessity (default ${DEFAULT-VALUE}).")
    int sessions = 12;

    Money paidAmount() {
        try {
            return Money.parse(paid);
        } catch (IllegalArgumentException e) {
            throw new InputException("cleanclaim claim", List.of(new InputProblem("--paid",
                    "expected an amount like 85.00, got \"" + paid + "\"")));
        }
    }

    LetterTerms letterTerms() {
        try {
            return new LetterTerms(frequency, sessions);
        } catch (IllegalArgumentException e) {
            throw new InputException("cleanclaim claim", List.of(new InputProblem("--frequency/--sessions", e.getMessage())));
        }
    }
}

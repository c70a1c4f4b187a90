package dev.cleanclaim.app.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** Where `cleanclaim claim` writes: any of the 837P, the CMS-1500, the superbill, the letter and FHIR. */
final class ClaimOutputOptions {

    @Option(names = "--837", paramLabel = "out.edi", description = "X12 837P (005010X222A1) file with every insurance claim, grouped by payer.")
    Path edi;

    @Option(names = "--pdf", paramLabel = "out.pdf", description = "CMS-1500 (02/12) claim forms, one claim per page (six lines a page).")
    Path pdf;

    @Option(names = "--red-form", description = "Print data only, positioned for the pre-printed red OCR form (Medicare); default draws the whole form.")
    boolean redForm;

    @Option(names = "--superbill", paramLabel = "out.pdf", description = "Superbill and receipt for self-pay, HSA/FSA and out-of-network clients.")
    Path superbill;

    @Option(names = "--lmn", paramLabel = "out.pdf", description = "Letter of medical necessity for the referring physician to sign.")
    Path letter;

    @Option(names = "--fhir", paramLabel = "out.json", description = "FHIR R4 Claim (a Bundle of Claims for several visits).")
    Path fhir;

    boolean any() {
        return edi != null || pdf != null || superbill != null || letter != null || fhir != null;
    }

    boolean insurance() {
        return edi != null || pdf != null || fhir != null;
    }

    boolean papers() {
        return superbill != null || letter != null;
    }

    Optional<Path> edi() {
        return Optional.ofNullable(edi);
    }
}

package dev.cleanclaim.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The visits the scrub requests send. By default the examples of the repository, which the app jar carries as its
 * demo practice's visits: they cover chiropractic, PT, massage, Medicare and self-pay, and each scrubs to a claim.
 */
final class VisitBodies {

    private static final String DEMO = "/dev/cleanclaim/app/demo/";

    /** Listed rather than found, since a folder inside a jar cannot be listed portably. */
    static final List<String> EXAMPLES = List.of(
            "bcbs-chiropractor-massage-with-manipulation.json",
            "bcbs-chiropractors-employed-massage-therapist.json",
            "chiro-98941-with-manual-therapy-to-shoulder.json",
            "chiro-massage-on-the-manipulated-region.json",
            "chiro-medicare-active-treatment.json",
            "contract-example.json",
            "cupping-self-pay.json",
            "lmt-medicare-patient.json",
            "lmt-self-pay-relaxation-massage.json",
            "massage-coded-as-the-wrong-technique.json",
            "pt-commercial-three-ten-minute-services.json",
            "pt-medicare-8-minute-mix.json",
            "pt-medicare-hot-packs-with-massage.json",
            "pta-medicare-assistant-over-the-kx-threshold.json",
            "tricare-massage-by-a-massage-therapist.json",
            "uhc-chiropractic-gp-on-everything.json");

    private VisitBodies() {
    }

    static List<String> examples() {
        List<String> bodies = new ArrayList<>();
        for (String name : EXAMPLES) {
            try (InputStream in = VisitBodies.class.getResourceAsStream(DEMO + name)) {
                if (in == null) {
                    throw new IllegalStateException("the example visit " + name + " is not on the class path; is the app jar?");
                }
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bodies;
    }

    static List<String> files(List<Path> files) {
        List<String> bodies = new ArrayList<>();
        for (Path file : files) {
            try {
                bodies.add(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the visit " + file + ": " + e.getMessage(), e);
            }
        }
        return bodies;
    }
}

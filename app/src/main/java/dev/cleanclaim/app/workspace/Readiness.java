package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.payer.Payer;
import dev.cleanclaim.core.payer.PayerLookup;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * What the practice still lacks before its first claim can go out, each item with the page and the practice-file
 * key where it is set: what an admin sees after the set-up, so nothing is discovered one refused claim at a time.
 */
public final class Readiness {

    private Readiness() {
    }

    /** One thing still missing. */
    public record Missing(String what, String page, String fileKey) {
        public String sentence() {
            return what + ": set it on " + page + " or `" + fileKey + "` in the practice file";
        }
    }

    public static List<Missing> of(Practice practice, boolean ownFees, PayerLookup payers) {
        List<Missing> missing = new ArrayList<>();
        if (practice.clearinghouse().isEmpty()) {
            missing.add(new Missing("the clearinghouse's submitter and receiver ids (837P 1000A/1000B), needed to send"
                    + " claims electronically", "the Practice page (/admin/practice)", "submitter, receiver"));
        }
        if (practice.providers().stream().noneMatch(RenderingProvider::active)) {
            missing.add(new Missing("a rendering provider (name, type, NPI, taxonomy)", "the Providers page (/admin/providers)",
                    "providers"));
        }
        for (RenderingProvider provider : practice.providers()) {
            if (provider.active() && provider.type().isAssistant() && provider.supervisorNpi().isEmpty()) {
                missing.add(new Missing(provider.fullName() + " (" + provider.type() + ") has no supervising therapist;"
                        + " an assistant's claims name the supervisor as rendering provider",
                        "the Providers page (/admin/providers)", "providers[].supervisor"));
            }
        }
        boolean billsInsurance = practice.payers().keySet().stream()
                .anyMatch(id -> payers.find(id).filter(payer -> !Claims.isSelfPay(payer)).isPresent());
        if (!billsInsurance) {
            missing.add(new Missing("an insurer to bill (name, electronic payer id, rule pack)", "the Payers page (/admin/payers)",
                    "payers"));
        }
        boolean billsMedicare = practice.payers().keySet().stream()
                .anyMatch(id -> payers.find(id).filter(Payer::medicareAllowed).isPresent());
        if (billsMedicare && practice.medicareLocality().isEmpty()) {
            missing.add(new Missing("the practice's Medicare locality (contractor and locality number, e.g. 02302-01);"
                    + " until then Medicare claims show the national allowed amounts, not the locality's",
                    "the Practice page (/admin/practice)", "medicareLocality"));
        }
        if (!ownFees) {
            missing.add(new Missing("the practice's own fees (claims are priced from cleanclaim's default schedule until"
                    + " then)", "the Fees page (/admin/fees)", "fees"));
        }
        return missing;
    }
}

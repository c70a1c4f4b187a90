package dev.cleanclaim.core.fees;

import dev.cleanclaim.core.claim.FindingCollector;

import java.util.List;

/**
 * What a Medicare claim says about its allowed amounts when they are not simply the practice's locality's: that
 * the rule data has no fee schedule for the date (fee.medicare-year), or that they are the national amounts
 * (fee.medicare-locality). Quiet when the practice's locality priced the claim.
 */
final class MedicarePricingFindings {

    static final String YEAR = "fee.medicare-year";
    static final String LOCALITY = "fee.medicare-locality";

    private MedicarePricingFindings() {
    }

    static void explain(MedicareRates rates, FindingCollector findings) {
        if (rates instanceof MedicareRates.Unknown unknown) {
            findings.warning(YEAR, List.of(), "No Medicare allowed amounts on this claim: " + unknown.reason()
                    + ", and it does not price one year with another year's figures.", fixFor(unknown));
        } else if (rates instanceof MedicareRates.Known known
                && known.geography() instanceof MedicareRates.Geography.National national) {
            national(known, national, findings);
        }
    }

    private static String fixFor(MedicareRates.Unknown unknown) {
        return switch (unknown.missing()) {
            case RVUS -> "Have CMS's " + unknown.year() + " physician fee schedule RVU file (RVU"
                    + String.valueOf(unknown.year()).substring(2) + "A.zip or later, from cms.gov) imported with"
                    + " `cleanclaim import rvu`, then scrub the visit again.";
            case CONVERSION_FACTOR -> "Have the " + unknown.year() + " conversion factor added to the rule folder's"
                    + " mpfs/conversion-factors.csv, or the year's RVU file imported with `cleanclaim import rvu`.";
        };
    }

    private static void national(MedicareRates.Known known, MedicareRates.Geography.National national,
                                 FindingCollector findings) {
        String amounts = "The Medicare allowed amounts are the national ones of " + known.year().release() + " at $"
                + known.conversionFactor().toPlainString() + " per RVU";
        String locality = national.asked().map(String::valueOf).orElse("");
        switch (national.why()) {
            case LOCALITY_NOT_SET -> findings.info(LOCALITY, List.of(), amounts + ", not your locality's: the"
                    + " practice's Medicare locality is not set. Set it (contractor and locality number, e.g. 02302-01"
                    + " for Portland, Oregon) on the Practice page or as medicareLocality in the practice file.");
            case NO_GPCI_FOR_YEAR -> findings.info(LOCALITY, List.of(), amounts + ": cleanclaim has no "
                    + known.year().year() + " GPCIs to price locality " + locality + " with.");
            case LOCALITY_NOT_LISTED -> findings.warning(LOCALITY, List.of(), amounts + ": the practice's Medicare"
                            + " locality " + locality + " is not in CMS's " + known.year().year() + " GPCI file.",
                    "Check the practice's Medicare locality (contractor and locality number as CMS lists them, e.g."
                            + " 02302-01) on the Practice page.");
        }
    }
}

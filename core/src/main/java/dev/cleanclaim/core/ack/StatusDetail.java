package dev.cleanclaim.core.ack;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One STC composite (STC01, STC10 or STC11): a category (how far the claim got) and a status (why).
 *
 * @param categoryCode  e.g. A7, from X12 external code source 507
 * @param categoryWords the category in words
 * @param statusCode    e.g. 164, from X12 external code source 508
 * @param statusWords   the status in words; for a status that speaks of an "entity", followed by the entity the
 *                      payer named, e.g. "Entity's contract/member number (entity: Insured or subscriber)"
 * @param entityCode    the entity identifier code (e.g. IL, the subscriber) the status is about
 * @param date          STC02, when the payer set the status
 */
public record StatusDetail(String categoryCode, String categoryWords, String statusCode, String statusWords,
                           Optional<String> entityCode, Optional<LocalDate> date) {

    /** E.g. {@code A7 Acknowledgement/Rejected for Invalid Information: 164 Entity's contract/member number}. */
    public String words() {
        return categoryCode + " " + categoryWords + ": " + statusCode + " " + statusWords;
    }
}

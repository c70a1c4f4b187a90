package dev.cleanclaim.app.web.page;

/**
 * A visit in a patient's list, with its claim when it has one.
 *
 * @param claimId null while the visit has no claim
 */
public record VisitRow(long id, String dateOfService, String payer, String provider, Long claimId, String claimStatus) {
}

package dev.cleanclaim.app.web.page;

/**
 * A referral on file, with where it stands today.
 *
 * @param usable whether a visit today can be billed under it
 */
public record ReferralRow(String referrer, String npi, String number, String validFrom, String validThrough,
                          int visitsAuthorized, int visitsUsed, String standing, boolean usable) {
}

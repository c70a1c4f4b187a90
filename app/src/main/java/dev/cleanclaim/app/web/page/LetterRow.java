package dev.cleanclaim.app.web.page;

/**
 * A letter of medical necessity as the client's pages list it.
 *
 * @param standing "valid", "expired" or "not yet valid" on today's date
 */
public record LetterRow(long id, String issuedOn, String physician, String npi, String diagnoses, String condition,
                        String validFrom, String validThrough, String standing, String pdf) {

    public boolean valid() {
        return "valid".equals(standing);
    }
}

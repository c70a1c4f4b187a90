package dev.cleanclaim.store;

/** An unrevoked API token and its active user, as one look-up finds them for every API request. */
public record TokenHolder(ApiToken token, UserAccount user) {
}

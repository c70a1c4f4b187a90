/**
 * What a payer or clearinghouse says back about the claims sent: the 999 implementation acknowledgment (was the X12
 * file well formed, transaction by transaction) and the 277CA claim acknowledgment (was each claim accepted into the
 * payer's system or rejected before adjudication). Values only: the X12 readers fill the words for each code from
 * their code lists, so that everything here can be shown to a biller as it is.
 */
package dev.cleanclaim.core.ack;

package dev.cleanclaim.store;

import dev.cleanclaim.core.practice.PayerAccount;

import java.util.Objects;

/**
 * One payer of the practice's directory as stored.
 *
 * @param payerId the directory id patients' insurance and visits name ("aetna-ppo"), not the electronic payer id
 */
public record PayerEntry(String payerId, PayerAccount account) {
    public PayerEntry {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(account, "account");
    }
}

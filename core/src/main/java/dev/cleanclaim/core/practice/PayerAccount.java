package dev.cleanclaim.core.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * How the practice reaches one payer: the payer pack it follows and the payer's electronic id (837P loop 2010BB).
 *
 * @param pack the cleanclaim payer pack id (medicare, bcbs, ...) whose rules this payer follows
 */
public record PayerAccount(String pack, String name, String electronicId, Optional<Address> address) {

    public PayerAccount {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(electronicId, "electronicId");
        Objects.requireNonNull(address, "address");
    }
}

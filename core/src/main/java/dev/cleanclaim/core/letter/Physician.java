package dev.cleanclaim.core.letter;

import dev.cleanclaim.core.practice.Address;

import java.util.Objects;

/**
 * The physician who signs a letter of medical necessity, as the HSA or FSA administrator checks them: name,
 * credential (MD, DO, NP ...), NPI, and where to reach them.
 */
public record Physician(String firstName, String lastName, String credential, String npi, Address address, String phone) {
    public Physician {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
    }

    public String name() {
        return firstName + " " + lastName + (credential.isBlank() ? "" : ", " + credential);
    }
}

package dev.cleanclaim.core.patient;

import dev.cleanclaim.core.practice.Address;

import java.time.LocalDate;
import java.util.Objects;

/** A patient or an insurance subscriber: who a claim is about or whose policy pays. */
public record Person(String firstName, String lastName, LocalDate birthDate, Sex sex, Address address) {

    public Person {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
    }
}

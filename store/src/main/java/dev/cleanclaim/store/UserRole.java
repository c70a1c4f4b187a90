package dev.cleanclaim.store;

/** What a user may do: admins manage users and rules, billers work every claim, therapists their own patients. */
public enum UserRole {
    ADMIN, BILLER, THERAPIST
}

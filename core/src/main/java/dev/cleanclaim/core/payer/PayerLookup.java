package dev.cleanclaim.core.payer;

import java.util.List;
import java.util.Optional;

/** Finds the payer a patient's insurance or a visit names, by id, with the pack rules it is billed under. */
public interface PayerLookup {

    Optional<Payer> find(String id);

    /** Every id {@link #find} knows, to name in a message when an id is unknown. */
    List<String> ids();
}

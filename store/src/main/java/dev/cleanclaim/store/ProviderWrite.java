package dev.cleanclaim.store;

import dev.cleanclaim.core.practice.RenderingProvider;

/** What adding or changing a rendering provider gives. Nothing is saved unless it is {@link Saved}. */
public sealed interface ProviderWrite {

    record Saved(Stored<RenderingProvider> stored) implements ProviderWrite {
    }

    /** @param current the provider as the other writer left it */
    record Conflict(Stored<RenderingProvider> current) implements ProviderWrite {
    }

    /** No such provider in the practice (or, adding, no such practice). */
    record NotFound(long id) implements ProviderWrite {
    }

    /** Another provider of the practice has this NPI. */
    record DuplicateNpi(String npi) implements ProviderWrite {
    }

    /** The supervisor's NPI names no other provider of the practice. */
    record UnknownSupervisor(String npi) implements ProviderWrite {
    }
}

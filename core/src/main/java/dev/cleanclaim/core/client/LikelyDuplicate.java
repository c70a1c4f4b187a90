package dev.cleanclaim.core.client;

import dev.cleanclaim.core.patient.Person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether two client records are likely the same person: the same name and birth date, or the same policy (payer
 * and member id). Names are compared without case, accents, spaces or punctuation ("O'Neil" is "ONeil", "José" is
 * "Jose"), member ids without case, spaces or dashes, since that is how the same card gets typed twice.
 */
public final class LikelyDuplicate {

    /** Why a record looks like the same person. */
    public enum Reason {
        NAME_AND_BIRTH_DATE("same name and birth date"), SAME_POLICY("same payer and member id");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** An insurance policy as its card says: the payer and the member id. */
    public record Policy(String payerId, String memberId) {
        public Policy {
            Objects.requireNonNull(payerId, "payerId");
            Objects.requireNonNull(memberId, "memberId");
        }
    }

    private LikelyDuplicate() {
    }

    /** Why {@code existing} looks like the person {@code candidate} describes; empty when it does not. */
    public static List<Reason> reasons(Person candidate, List<Policy> candidatePolicies, Person existing,
                                       List<Policy> existingPolicies) {
        List<Reason> reasons = new ArrayList<>(2);
        if (candidate.birthDate().equals(existing.birthDate())
                && name(candidate.firstName()).equals(name(existing.firstName()))
                && name(candidate.lastName()).equals(name(existing.lastName()))) {
            reasons.add(Reason.NAME_AND_BIRTH_DATE);
        }
        boolean samePolicy = candidatePolicies.stream().anyMatch(mine -> existingPolicies.stream().anyMatch(theirs ->
                mine.payerId().equals(theirs.payerId()) && memberId(mine.memberId()).filter(id ->
                        memberId(theirs.memberId()).filter(id::equals).isPresent()).isPresent()));
        if (samePolicy) {
            reasons.add(Reason.SAME_POLICY);
        }
        return reasons;
    }

    /** A name as compared: letters and digits only, accents dropped, lower case. */
    static String name(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A member id as compared; empty when nothing is left of it (no id at all is nobody's policy). */
    static Optional<String> memberId(String memberId) {
        String plain = memberId.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return plain.isEmpty() ? Optional.empty() : Optional.of(plain);
    }
}

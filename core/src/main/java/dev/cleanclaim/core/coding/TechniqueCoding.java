package dev.cleanclaim.core.coding;

import java.util.List;

/** What the technique map makes of a technique written in the notes, for one provider. */
public sealed interface TechniqueCoding {

    /** The technique is billed as the entry's code. */
    record Coded(TechniqueEntry entry) implements TechniqueCoding {
    }

    /** The map cannot pick one code: the biller chooses among candidates, by what the notes say. */
    sealed interface Uncoded extends TechniqueCoding {
        List<TechniqueCandidate> candidates();
    }

    /** Several codes fit the technique, and the notes decide which (dry needling: by the number of muscles). */
    record SeveralCodes(List<TechniqueCandidate> candidates) implements Uncoded {
        public SeveralCodes {
            candidates = List.copyOf(candidates);
        }
    }

    /** The map codes the technique only for other providers (neuromuscular therapy by a massage therapist). */
    record OtherProviders(List<TechniqueEntry> entries, List<TechniqueCandidate> candidates) implements Uncoded {
        public OtherProviders {
            entries = List.copyOf(entries);
            candidates = List.copyOf(candidates);
        }
    }

    /** The map does not know the technique. */
    record Unlisted(List<TechniqueCandidate> candidates) implements Uncoded {
        public Unlisted {
            candidates = List.copyOf(candidates);
        }
    }
}

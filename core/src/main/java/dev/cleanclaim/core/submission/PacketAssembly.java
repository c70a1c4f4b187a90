package dev.cleanclaim.core.submission;

import java.util.List;

/** What assembling a claim packet gives: a packet ready to write, or the facts still missing, each with its field. */
public sealed interface PacketAssembly {

    record Assembled(ClaimPacket packet) implements PacketAssembly {
    }

    /** @param missing one sentence per missing fact, naming the visit or practice field that would supply it */
    record Incomplete(List<String> missing) implements PacketAssembly {
        public Incomplete {
            missing = List.copyOf(missing);
        }
    }
}

package dev.cleanclaim.bench.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which kinds of request the load sends and in what proportion, as {@code scrub=3,claims=1}. Request number n of a
 * run is of kind {@code cycle[n % cycle.length]}: every client draws its numbers from one counter, so a run bounded
 * by a request count gets exactly the proportions asked for, with no randomness to reproduce.
 *
 * @param weights each kind with its positive weight, in the order given
 */
record RequestMix(List<Weighted> weights) {

    static final String DEFAULT = "scrub=3,claims=1";

    record Weighted(RequestKind kind, int weight) {
    }

    RequestMix {
        weights = List.copyOf(weights);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("the mix names no request kind; give e.g. " + DEFAULT);
        }
    }

    /** Parses {@code kind=weight,...}; a kind without a weight counts once. Problems are named for the user to fix. */
    static RequestMix parse(String text) {
        List<Weighted> weights = new ArrayList<>();
        Set<RequestKind> seen = EnumSet.noneOf(RequestKind.class);
        for (String part : text.split(",", -1)) {
            String[] pair = part.split("=", -1);
            RequestKind kind = RequestKind.named(pair[0]).orElseThrow(() -> new IllegalArgumentException(
                    "'" + pair[0].trim() + "' is not a request kind; the kinds are " + RequestKind.labels()));
            if (!seen.add(kind)) {
                throw new IllegalArgumentException(kind.label() + " appears twice in the mix");
            }
            weights.add(new Weighted(kind, pair.length == 1 ? 1 : weight(kind, pair)));
        }
        return new RequestMix(weights);
    }

    private static int weight(RequestKind kind, String[] pair) {
        try {
            int weight = pair.length == 2 ? Integer.parseInt(pair[1].trim()) : -1;
            if (weight > 0 && weight <= 1000) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below, which says what is allowed
        }
        throw new IllegalArgumentException("the weight of " + kind.label() + " must be a whole number from 1 to 1000 (leave "
                + "the kind out to send none of it), got '" + String.join("=", pair).trim() + "'");
    }

    /** The kind of request number {@code sequence} (0-based): the weights laid out one after another, repeated. */
    RequestKind kindOf(long sequence) {
        long position = Math.floorMod(sequence, total());
        for (Weighted weighted : weights) {
            position -= weighted.weight();
            if (position < 0) {
                return weighted.kind();
            }
        }
        throw new AssertionError("position is below the total weight");
    }

    List<RequestKind> kinds() {
        return weights.stream().map(Weighted::kind).toList();
    }

    private int total() {
        return weights.stream().mapToInt(Weighted::weight).sum();
    }

    @Override
    public String toString() {
        return weights.stream().map(weighted -> weighted.kind().label() + "=" + weighted.weight()).collect(Collectors.joining(","));
    }
}

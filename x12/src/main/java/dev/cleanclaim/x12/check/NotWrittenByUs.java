package dev.cleanclaim.x12.check;

import io.xlate.edi.stream.Location;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parts of another system's 837P that the guide allows but cleanclaim never writes (a service facility's address,
 * drug pricing, supporting documentation, a second contact, the ICD-9 qualifiers of an old claim): cleanclaim's schema reads them against the X12 standard,
 * not against the guide's finer rules for each place. A biller needs to know that once, not once per segment, so they
 * are gathered into one warning, each place with how often it occurs.
 */
final class NotWrittenByUs {

    private final Map<String, Integer> places = new LinkedHashMap<>();

    /** @param wholeSegment a segment the guide's rules do not place here, named without an element number */
    void add(Location location, String loop, boolean wholeSegment) {
        String tag = location.getSegmentTag() == null ? "?" : location.getSegmentTag();
        String element = !wholeSegment && location.getElementPosition() > 0
                ? String.format("%02d", location.getElementPosition()) : "";
        String place = tag + element + (loop == null || loop.isEmpty() ? "" : " (loop " + loopName(loop) + ")");
        places.merge(place, 1, Integer::sum);
    }

    Optional<String> summary() {
        if (places.isEmpty()) {
            return Optional.empty();
        }
        int total = places.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(total + " part(s) the guide allows but cleanclaim never writes (segments, elements or codes)"
                + " were read against the X12 standard only, not the guide's rules for their place: " + places.entrySet().stream()
                .map(place -> place.getKey() + (place.getValue() > 1 ? " x" + place.getValue() : ""))
                .collect(Collectors.joining(", ")));
    }

    /**
     * The guide's loop id: a loop of cleanclaim's own (2300C, the claim of a patient who is not the subscriber) by its
     * guide name, and the standard's loop codes (L2420) without their letter.
     */
    static String loopName(String loop) {
        String name = loop.matches("L\\d{4}") ? loop.substring(1) : loop;
        return name.endsWith("-C") ? name.substring(0, name.length() - 2) : name.replaceAll("^(2[34]\\d0)C$", "$1");
    }
}

package dev.cleanclaim.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** An X12 file read back with StAEDI into plain segments, for tests that compare what was written with what was meant. */
record ParsedSegments(List<Segment> segments) {

    /** @param elements each element's components joined by ':' as written (a simple element has one component) */
    record Segment(String tag, List<String> elements) {
        String element(int position) {
            return position <= elements.size() ? elements.get(position - 1) : "";
        }
    }

    static ParsedSegments parse(byte[] file) throws Exception {
        List<Segment> segments = new ArrayList<>();
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(file))) {
            String tag = null;
            List<String> elements = null;
            StringBuilder composite = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements = new ArrayList<>();
                    }
                    case START_COMPOSITE -> composite = new StringBuilder();
                    case END_COMPOSITE -> {
                        elements.add(composite.toString().replaceAll(":+$", ""));
                        composite = null;
                    }
                    case ELEMENT_DATA -> {
                        if (composite != null) {
                            composite.append(composite.isEmpty() && reader.getLocation().getComponentPosition() <= 1 ? "" : ":")
                                    .append(reader.getText());
                        } else {
                            elements.add(reader.getText());
                        }
                    }
                    case END_SEGMENT -> segments.add(new Segment(tag, List.copyOf(elements)));
                    default -> {
                    }
                }
            }
        }
        return new ParsedSegments(segments);
    }

    List<Segment> all(String tag) {
        return segments.stream().filter(segment -> segment.tag().equals(tag)).toList();
    }

    Segment first(String tag, String firstElement) {
        return segments.stream().filter(segment -> segment.tag().equals(tag) && segment.element(1).equals(firstElement))
                .findFirst().orElseThrow(() -> new AssertionError("no " + tag + "*" + firstElement));
    }
}

package dev.cleanclaim.x12.read;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns StAEDI's events into whole segments, one at a time, so a reader (835, 999, 277CA) never holds the file.
 * StAEDI takes the delimiters from the ISA and checks the envelope with its built-in X12 control schema; no transaction schema is
 * set, so any segment inside ST..SE comes through and the reader decides what it knows.
 *
 * <p>Envelope problems StAEDI reports in a header (ISA, GS, ST) are fatal: without a sound header the file cannot be
 * trusted to be what it says. Problems in a trailer (a wrong SE01 count, a GE02 that differs from GS06) become
 * warnings: the payments or acknowledgments inside are still readable, and a payer's sloppy trailer must not hold
 * up posting.
 */
public final class SegmentSource implements AutoCloseable {

    private static final Set<String> HEADERS = Set.of("ISA", "GS", "ST");

    /** Enough of the file's start to check the ISA (106 characters) after blank lines. */
    private static final int PEEK = 1024;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final EDIStreamReader reader;
    private final RecentBytes recent;
    private final char elementSeparator;
    private final byte terminator;
    private final List<String> warnings;
    private Segment last;

    private SegmentSource(EDIStreamReader reader, RecentBytes recent, String start, List<String> warnings) {
        this.reader = reader;
        this.recent = recent;
        this.elementSeparator = start.charAt(3);
        this.terminator = (byte) start.charAt(Math.min(105, start.length() - 1));
        this.warnings = warnings;
    }

    /**
     * Opens the file, refusing at once one that is empty, not X12, a transaction without its envelope, an ISA that is
     * not its fixed width, or an interchange of another version than 5010 ({@link SegmentProblem}).
     */
    public static SegmentSource open(InputStream in, List<String> warnings) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        String start;
        try {
            skipByteOrderMark(buffered);
            buffered.mark(PEEK);
            start = new String(buffered.readNBytes(PEEK), StandardCharsets.ISO_8859_1).stripLeading();
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InterchangeHeader.check(start);
        RecentBytes recent = new RecentBytes(buffered);
        EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(recent);
        return new SegmentSource(reader, recent, start, warnings);
    }

    /**
     * Files saved by a Windows editor or downloaded from some portals start with a UTF-8 byte order mark; X12 has no
     * place for one, and StAEDI would take it for the start of the ISA and fail to find the delimiters.
     */
    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(BOM.length);
        byte[] start = in.readNBytes(BOM.length);
        if (!Arrays.equals(start, BOM)) {
            in.reset();
        }
    }

    /** The next whole segment, or null at the end of the file. */
    public Segment next() {
        try {
            return read();
        } catch (EDIStreamException e) {
            throw unreadable(e);
        }
    }

    private Segment read() throws EDIStreamException {
        String tag = null;
        int position = 0;
        List<List<String>> elements = new ArrayList<>();
        List<String> composite = null;
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            Location location = reader.getLocation();
            switch (event) {
                case START_SEGMENT -> {
                    tag = reader.getText();
                    position = location.getSegmentPosition();
                    elements = new ArrayList<>();
                }
                case START_COMPOSITE -> composite = new ArrayList<>();
                case END_COMPOSITE -> {
                    if (firstOccurrence(location)) {
                        putElement(elements, location.getElementPosition(), composite);
                    }
                    composite = null;
                }
                case ELEMENT_DATA -> {
                    if (firstOccurrence(location) && composite != null) {
                        putComponent(composite, location.getComponentPosition(), reader.getText());
                    } else if (firstOccurrence(location)) {
                        putElement(elements, location.getElementPosition(), List.of(reader.getText()));
                    }
                }
                case END_SEGMENT -> {
                    last = new Segment(tag, position, elements);
                    return last;
                }
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> envelopeProblem(location);
                default -> {
                }
            }
        }
        return null;
    }

    /** A repeated element's later occurrences carry nothing the readers use. */
    private static boolean firstOccurrence(Location location) {
        return location.getElementOccurrence() <= 1;
    }

    /** Places an element at its position: StAEDI reports positions, and an empty element may come without data. */
    private static void putElement(List<List<String>> elements, int position, List<String> element) {
        while (elements.size() < position - 1) {
            elements.add(List.of());
        }
        elements.add(element);
    }

    private static void putComponent(List<String> components, int position, String component) {
        while (components.size() < position - 1) {
            components.add("");
        }
        components.add(component);
    }

    private void envelopeProblem(Location location) {
        String tag = location.getSegmentTag() == null ? "" : location.getSegmentTag();
        String element = location.getElementPosition() > 0 ? tag + String.format("%02d", location.getElementPosition()) : "";
        String problem = X12Words.of(reader.getErrorType());
        SegmentProblem found = new SegmentProblem(location.getSegmentPosition(), tag, element, problem);
        if (HEADERS.contains(tag)) {
            throw found;
        }
        warnings.add("segment " + found.position() + " (" + tag + ")" + (element.isEmpty() ? "" : ", element " + element)
                + ": " + problem);
    }

    /**
     * Where StAEDI stopped, in words. StAEDI names the last segment it finished, one before the segment at fault
     * (a "PLXX" at segment 47 came back as "after segment DTM at position 46"); the segment at fault is the one that
     * follows, shown from the bytes read.
     */
    private SegmentProblem unreadable(EDIStreamException e) {
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            // A byte that is not UTF-8 (a Latin-1 accent, a binary file): the sender's file, not our fault.
            int after = last == null ? 0 : last.position();
            return new SegmentProblem(after + 1, "", "", "a byte that is not text (UTF-8) after segment " + after
                    + "; X12 files are plain text: ask the sender for a corrected file");
        }
        if (e.getCause() instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        String code = message.startsWith("EDIE") && message.length() >= 7 ? message.substring(0, 7) : "";
        Location location = e.getLocation();
        java.util.Optional<String> text = location == null || location.getCharacterOffset() < 0
                ? java.util.Optional.empty() : recent.segmentAround(location.getCharacterOffset(), terminator);
        if (last == null) {
            return new SegmentProblem(1, "ISA", "", "not a valid interchange header: "
                    + text.map(segment -> X12Words.failure(code, segment, elementSeparator)).orElse(message));
        }
        if (text.isEmpty() || text.get().isEmpty()) {
            return new SegmentProblem(last.position(), last.tag(), "", code.equals("EDIE005") || text.isPresent()
                    ? "the file ends after this segment, before its trailers (SE, GE, IEA): it was cut short; ask the"
                    + " sender for the whole file"
                    : "the X12 cannot be read past this segment");
        }
        return new SegmentProblem(last.position() + 1, X12Words.tag(text.get(), elementSeparator), "",
                X12Words.failure(code, text.get(), elementSeparator));
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

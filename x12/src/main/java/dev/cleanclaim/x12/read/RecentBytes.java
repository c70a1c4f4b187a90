package dev.cleanclaim.x12.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Keeps the last bytes StAEDI read, so that when it stops at a fault (reported as a character offset, and at the
 * segment before the one at fault) the segment actually at fault can be shown. StAEDI reads ahead a few kilobytes at
 * most; the window holds more than that, and a file of any size is still read as a stream.
 */
final class RecentBytes extends FilterInputStream {

    private static final int WINDOW = 64 * 1024;

    private final byte[] window = new byte[WINDOW];
    private long read;

    RecentBytes(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            keep(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        for (int i = 0; i < count; i++) {
            keep(buffer[offset + i]);
        }
        return count;
    }

    private void keep(int b) {
        window[(int) (read % WINDOW)] = (byte) b;
        read++;
    }

    private boolean holds(long offset) {
        return offset >= 0 && offset < read && offset >= read - WINDOW;
    }

    private byte at(long offset) {
        return window[(int) (offset % WINDOW)];
    }

    /** At most this much more is read to show the rest of the segment at fault. */
    private static final int REST = 200;

    /**
     * The text of the segment holding the character StAEDI stopped at (its offset counts the characters read, so
     * the last one read is at fault): from after the terminator before it to the next terminator, reading on a little
     * when StAEDI stopped mid-segment; line breaks removed. Empty when the window no longer holds it.
     */
    Optional<String> segmentAround(long offset, byte terminator) {
        long at = Math.min(offset, read) - 1;
        if (!holds(at)) {
            return Optional.empty();
        }
        long start = at;
        while (holds(start - 1) && at(start - 1) != terminator) {
            start--;
        }
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        long end = start;
        while (end < read && at(end) != terminator) {
            text.write(at(end));
            end++;
        }
        if (end == read) {
            readRest(text, terminator);
        }
        return Optional.of(text.toString(StandardCharsets.UTF_8).replaceAll("[\\r\\n]", "").strip());
    }

    /** The rest of the segment StAEDI stopped in, read straight from the file: the read has failed anyway. */
    private void readRest(java.io.ByteArrayOutputStream text, byte terminator) {
        try {
            for (int i = 0; i < REST; i++) {
                int b = in.read();
                if (b < 0 || b == terminator) {
                    return;
                }
                text.write(b);
            }
        } catch (IOException e) {
            // what was read is shown; the refusal does not depend on the rest
        }
    }
}

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

    /**
     * The text of the segment around the offset: from after the terminator before it to the terminator after it
     * (or as far as was read), line breaks removed; empty when the window no longer holds it.
     */
    Optional<String> segmentAround(long offset, byte terminator) {
        if (!holds(offset)) {
            return Optional.empty();
        }
        long start = offset;
        while (holds(start - 1) && at(start - 1) != terminator) {
            start--;
        }
        long end = offset;
        while (holds(end) && at(end) != terminator) {
            end++;
        }
        byte[] text = new byte[(int) (end - start)];
        for (long i = start; i < end; i++) {
            text[(int) (i - start)] = at(i);
        }
        return Optional.of(new String(text, StandardCharsets.UTF_8).replaceAll("[\\r\\n]", "").strip());
    }
}

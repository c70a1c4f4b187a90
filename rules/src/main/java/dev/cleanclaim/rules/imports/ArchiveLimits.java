package dev.cleanclaim.rules.imports;

import dev.cleanclaim.rules.RuleDataException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Bounds on what a CMS file may expand to, so a small archive cannot fill the memory or the disk (a "zip bomb"):
 * the total uncompressed size, the ratio of uncompressed to compressed bytes, and the length of one line. CMS's own
 * files stay far below each: a quarter's PTP edits are some 300 MB of text, compressed about 10 to 1.
 */
final class ArchiveLimits {

    /** The most bytes all entries of one archive may expand to. */
    static final long MOST_UNCOMPRESSED = 1L << 30;
    /** The largest spreadsheet read (it is held in memory): CMS's are some 30 MB. */
    static final int MOST_SPREADSHEET = 256 << 20;
    /** The most an archive may expand by: text compresses about 10 to 1, zeros 1,000 to 1. */
    static final long MOST_RATIO = 100;
    /** Compressed bytes always allowed before the ratio is checked: a tiny archive's header is not a bomb. */
    private static final long RATIO_ALLOWANCE = 1L << 20;
    /** The longest line of a text file: CMS rows are under 200 characters. */
    static final int LONGEST_LINE = 1 << 20;

    private ArchiveLimits() {
    }

    /** Counts the compressed bytes read from the archive file itself. */
    static final class Compressed extends FilterInputStream {
        private long count;

        Compressed(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** The uncompressed bytes of every entry of one archive, refused once past the size or ratio bound. */
    static final class Expanded extends FilterInputStream {
        private final Compressed compressed;
        private final String location;
        private long count;

        Expanded(ZipInputStream zip, Compressed compressed, String location) {
            super(zip);
            this.compressed = compressed;
            this.location = location;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public void close() {
            // one entry read to its end; the archive stays open for the next
        }

        private void counted(int n) {
            count += n;
            if (count > MOST_UNCOMPRESSED) {
                throw new RuleDataException(location, "expands to more than " + (MOST_UNCOMPRESSED >> 20)
                        + " MB; refused as an archive bomb (CMS files are far smaller)");
            }
            if (count > MOST_RATIO * (compressed.count + RATIO_ALLOWANCE)) {
                throw new RuleDataException(location, "expands more than " + MOST_RATIO + " times its compressed size;"
                        + " refused as an archive bomb (CMS files compress about 10 to 1)");
            }
        }
    }

    /**
     * Reads every entry of a spreadsheet (an XLSX is a ZIP) through the bounds before fastexcel opens it, so the
     * library never meets an entry that expands past them. Read as fastexcel reads it (its central directory, with
     * commons-compress): a ZIP stream reader trips on the data descriptors spreadsheet writers use.
     */
    static void check(byte[] archive, String location) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MOST_UNCOMPRESSED || total > MOST_RATIO * (archive.length + RATIO_ALLOWANCE)) {
                            throw new RuleDataException(location, "expands more than " + MOST_RATIO + " times its size"
                                    + " (or past " + (MOST_UNCOMPRESSED >> 20) + " MB); refused as an archive bomb");
                        }
                    }
                }
            }
        }
    }
}

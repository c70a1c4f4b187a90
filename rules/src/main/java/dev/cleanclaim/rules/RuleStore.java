package dev.cleanclaim.rules;

import dev.cleanclaim.core.ncci.NcciQuarter;
import dev.cleanclaim.core.ncci.PackedPtpTable;
import dev.cleanclaim.core.ncci.PtpTable;

import java.io.ByteArrayOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The imported NCCI PTP table in a rule folder: ncci/ptp.bin holds the hash table's two long arrays as they are
 * in memory, so loading the full 2.5-million-row table is two bulk reads, not a parse. Written to a temporary
 * file and moved into place, so a failed import never leaves a half-written table behind.
 */
public final class RuleStore {

    public static final String PTP_FILE = "ncci/ptp.bin";
    /** Which CMS files the folder's imported tables came from, for findings to cite. */
    public static final String IMPORTED_EDITIONS = "ncci/imported.properties";
    private static final int MAGIC = 0x43435054; // "CCPT"
    private static final int VERSION = 1;

    private RuleStore() {
    }

    public static void writePtp(Path rulesRoot, PackedPtpTable table) throws IOException {
        Path target = rulesRoot.resolve(PTP_FILE);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "ptp", ".tmp");
        try {
            // The header goes first with its own length, so the arrays start at an offset the reader need not compute.
            ByteArrayOutputStream headerBytes = new ByteArrayOutputStream();
            try (DataOutputStream header = new DataOutputStream(headerBytes)) {
                header.writeUTF(table.edition());
                header.writeInt(table.rationales().size());
                for (String rationale : table.rationales()) {
                    header.writeUTF(rationale);
                }
                header.writeInt(table.size());
                header.writeInt(table.keys().length);
            }
            try (OutputStream file = Files.newOutputStream(temporary);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(headerBytes.size());
                headerBytes.writeTo(out);
                out.flush();
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    writeLongs(channel, table.keys());
                    writeLongs(channel, table.rows());
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static Optional<PtpTable> readPtp(Path rulesRoot) {
        Path file = rulesRoot.resolve(PTP_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new RuleDataException(file.toString(), "is not a cleanclaim NCCI table of this version; import the CMS files again");
            }
            int headerLength = in.readInt();
            String edition = in.readUTF();
            int rationaleCount = in.readInt();
            List<String> rationales = new ArrayList<>(rationaleCount);
            for (int i = 0; i < rationaleCount; i++) {
                rationales.add(in.readUTF());
            }
            int size = in.readInt();
            int capacity = in.readInt();
            long header = 12L + headerLength;
            long[] keys = new long[capacity];
            long[] rows = new long[capacity];
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.position(header);
                readLongs(channel, keys);
                readLongs(channel, rows);
            }
            Optional<NcciQuarter> recorded = recordedQuarter(rulesRoot);
            // an older import recorded no quarter: read the table under a stand-in quarter, then learn it from the rows
            PackedPtpTable table = PackedPtpTable.fromArrays(keys, rows, size, rationales, edition,
                    recorded.orElse(NcciQuarter.of(LocalDate.EPOCH)));
            return Optional.of(recorded.isPresent() ? table : table.inQuarter(learnedQuarter(table, file)));
        } catch (IOException | IllegalArgumentException e) {
            throw new RuleDataException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The quarter the import recorded (ncci.ptp.quarter in ncci/imported.properties), if it did. */
    private static Optional<NcciQuarter> recordedQuarter(Path rulesRoot) {
        Path editions = rulesRoot.resolve(IMPORTED_EDITIONS);
        if (!Files.isRegularFile(editions)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(editions)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new RuleDataException(editions.toString(), "cannot be read: " + e.getMessage(), e);
        }
        String quarter = properties.getProperty("ncci.ptp.quarter", "").trim();
        try {
            return quarter.isEmpty() ? Optional.empty() : Optional.of(NcciQuarter.parse(quarter));
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(editions.toString(), "ncci.ptp.quarter: " + e.getMessage(), e);
        }
    }

    // A table imported before imports recorded their quarter: its newest edit's quarter, else the quarter it was stored.
    private static NcciQuarter learnedQuarter(PackedPtpTable table, Path file) throws IOException {
        Optional<LocalDate> latest = table.latestEffective();
        if (latest.isPresent()) {
            return NcciQuarter.of(latest.get());
        }
        return NcciQuarter.of(LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC));
    }

    private static void writeLongs(FileChannel channel, long[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        for (long value : values) {
            if (!buffer.hasRemaining()) {
                flush(channel, buffer);
            }
            buffer.putLong(value);
        }
        flush(channel, buffer);
    }

    private static void flush(FileChannel channel, ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    private static void readLongs(FileChannel channel, long[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        int index = 0;
        while (index < values.length) {
            buffer.clear();
            int wanted = Math.min(buffer.capacity(), (values.length - index) * Long.BYTES);
            buffer.limit(wanted);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new IOException("the table ends early");
                }
            }
            buffer.flip();
            buffer.asLongBuffer().get(values, index, wanted / Long.BYTES);
            index += wanted / Long.BYTES;
        }
    }
}

package dev.cleanclaim.x12;

import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.submission.ClaimPacket;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Writes claims as one X12 837P (005010X222A1) interchange: one functional group, one transaction set per payer
 * (claims grouped by payer pack, in the order first met), each with the practice as submitter and billing
 * provider. The bytes are read back through {@link Claim837Validator} before they are returned: a file that
 * breaks the schema is never handed out.
 */
public final class Claim837Writer {

    static final String VERSION = "005010X222A1";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /** Files smaller than this (some 100 claims) are read back whole: cutting them saves nothing. */
    private static final int PARTS_FROM_BYTES = 128 * 1024;

    private final Claim837Validator validator;

    public Claim837Writer(Claim837Validator validator) {
        this.validator = validator;
    }

    /** @throws InvalidClaimFileException when the result would break the schema; nothing is returned then */
    public byte[] write(List<ClaimPacket> packets, Interchange interchange) {
        byte[] bytes = writeUnread(packets, interchange);
        List<EdiProblem> problems = readBack(bytes);
        if (!problems.isEmpty()) {
            throw new InvalidClaimFileException(problems);
        }
        return bytes;
    }

    /**
     * The file {@link #write} writes, not yet read back: for a caller that reads it back itself ({@link #readBack})
     * while it does other work, and hands the file out only once that passed.
     */
    public byte[] writeUnread(List<ClaimPacket> packets, Interchange interchange) {
        if (packets.isEmpty()) {
            throw new IllegalArgumentException("an 837P file needs at least one claim");
        }
        Practice practice = packets.get(0).practice();
        for (ClaimPacket packet : packets) {
            if (packet.payer().isEmpty() || packet.patient().memberId().isEmpty()) {
                throw new IllegalArgumentException(packet.patientControlNumber() + ": a claim for the 837P needs the"
                        + " payer's electronic id and the member id; assemble it for an insurance claim");
            }
            if (packet.prior().filter(prior -> prior.coverage().memberId().isEmpty()).isPresent()) {
                throw new IllegalArgumentException(packet.patientControlNumber() + ": a secondary claim names the"
                        + " primary's subscriber by the member id on the primary card (loop 2330A); it is missing");
            }
            if (!sameSender(packet.practice(), practice)) {
                throw new IllegalArgumentException("one 837P file carries one billing provider's claims through one"
                        + " clearinghouse");
            }
        }
        return envelope(byPayer(packets), practice.billing(), interchange);
    }

    /** The problems reading a written file back through the schema finds; none when it may be handed out. */
    public List<EdiProblem> readBack(byte[] file) {
        return validator.validate(file);
    }

    /**
     * {@link #readBack(byte[])} on the executor, a large file in parts at once (see {@link ReadBackParts}): the
     * reader takes the same time for every segment, so a batch of 10,000 claims reads back in half the time on two
     * cores. When a part finds a problem the whole file is read back again, so each problem is reported at its place
     * in the file.
     */
    public CompletableFuture<List<EdiProblem>> readBack(byte[] file, Executor executor) {
        Optional<List<byte[]>> parts = file.length < PARTS_FROM_BYTES ? Optional.empty()
                : ReadBackParts.of(file, Math.max(2, Runtime.getRuntime().availableProcessors()));
        if (parts.isEmpty()) {
            return CompletableFuture.supplyAsync(() -> readBack(file), executor);
        }
        List<CompletableFuture<List<EdiProblem>>> reading = parts.get().stream()
                .map(part -> CompletableFuture.supplyAsync(() -> readBack(part), executor)).toList();
        return CompletableFuture.allOf(reading.toArray(CompletableFuture[]::new)).thenApplyAsync(done ->
                reading.stream().allMatch(part -> part.join().isEmpty()) ? List.<EdiProblem>of() : readBack(file), executor);
    }

    /**
     * Whether two claims' practices write the same envelope and billing provider loop: claims made with different
     * snapshots of one practice (another fee, another payer in the directory) still travel in one file.
     */
    public static boolean sameSender(Practice one, Practice other) {
        return one.billing().equals(other.billing()) && one.clearinghouse().equals(other.clearinghouse())
                && one.test() == other.test();
    }

    /**
     * One claim's own copy of a file {@link #write} wrote and the validator read back: the claim alone under that
     * file's interchange (and the transaction it went in), written the same way and not read back again. The file
     * that held it passed, and one claim of it in the same envelope breaks nothing the file did not; reading 10,000
     * copies back was most of the time a submission of 10,000 claims took.
     */
    public byte[] copyOfWritten(ClaimPacket packet, Interchange alone) {
        return envelope(byPayer(List.of(packet)), packet.practice().billing(), alone);
    }

    /**
     * The claims of each transaction set in the order {@link #write} writes them: the n-th list (from 1) is the
     * transaction numbered {@link Interchange#transactionControlNumber}(n), which a 999 names when it rejects it.
     */
    public static List<List<ClaimPacket>> transactions(List<ClaimPacket> packets) {
        return List.copyOf(byPayer(packets).values());
    }

    private static Map<String, List<ClaimPacket>> byPayer(List<ClaimPacket> packets) {
        Map<String, List<ClaimPacket>> groups = new LinkedHashMap<>();
        for (ClaimPacket packet : packets) {
            groups.computeIfAbsent(packet.payerPack().id(), id -> new ArrayList<>()).add(packet);
        }
        return groups;
    }

    private static byte[] envelope(Map<String, List<ClaimPacket>> groups, BillingProvider billing,
                                   Interchange interchange) {
        SegmentWriter out = new SegmentWriter();
        String control = String.format("%09d", interchange.controlNumber());
        out.interchangeHeader("00", " ".repeat(10), "00", " ".repeat(10), "ZZ", pad(interchange.senderId()), "ZZ",
                pad(interchange.receiverId()), YYMMDD.format(interchange.created()), HHMM.format(interchange.created()),
                String.valueOf(SegmentWriter.REPETITION), "00501", control, "0", interchange.usage().code(),
                String.valueOf(SegmentWriter.COMPONENT));
        out.segment("GS", "HC", interchange.senderId(), interchange.receiverId(),
                X12Values.date(interchange.created().toLocalDate()), HHMM.format(interchange.created()),
                Integer.toString(interchange.controlNumber()), "X", VERSION);
        int transaction = 0;
        for (List<ClaimPacket> claims : groups.values()) {
            transaction++;
            new Transaction837(out, billing).write(claims, interchange.transactionControlNumber(transaction), interchange);
        }
        out.segment("GE", Integer.toString(transaction), Integer.toString(interchange.controlNumber()));
        out.segment("IEA", "1", control);
        return out.bytes();
    }

    /** ISA06 and ISA08 are fixed width: 15 characters, padded with spaces. */
    private static String pad(String id) {
        return String.format("%-15s", id);
    }
}

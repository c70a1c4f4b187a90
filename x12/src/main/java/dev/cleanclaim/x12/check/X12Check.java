package dev.cleanclaim.x12.check;

import dev.cleanclaim.core.ack.ClaimAckOutcome;
import dev.cleanclaim.core.ack.ClaimAcknowledgment;
import dev.cleanclaim.core.ack.ImplementationAcknowledgment;
import dev.cleanclaim.core.ack.TransactionResponse;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.remit.Remittance;
import dev.cleanclaim.x12.Usage;
import dev.cleanclaim.x12.ack.Acknowledgment277CAReader;
import dev.cleanclaim.x12.ack.Acknowledgment999Reader;
import dev.cleanclaim.x12.read.SegmentProblem;
import dev.cleanclaim.x12.read.UnreadableFileException;
import dev.cleanclaim.x12.remit.Remittance835Reader;
import dev.cleanclaim.x12.remit.RemittanceFile;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads any X12 file cleanclaim knows (an 835 remittance, an 837P claim file, a 999 or a 277CA acknowledgment)
 * without posting anything, and says what it holds or why it cannot be read: what a biller runs on a file a
 * clearinghouse sent before importing it. The kind is told by the first transaction's ST01 and its group's GS08.
 * Holds no state; never throws for a bad file, only for a fault of cleanclaim's own.
 */
public final class X12Check {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final Map<String, String> OTHER_SETS = Map.of("997", "a 997 functional acknowledgment (the 4010"
                    + " answer; 5010 clearinghouses send a 999)", "270", "a 270 eligibility inquiry", "271",
            "a 271 eligibility response", "276", "a 276 claim status inquiry", "275", "a 275 attachment",
            "820", "an 820 premium payment", "834", "an 834 enrollment");

    public CheckResult check(String file, byte[] content) {
        // A byte order mark is stripped once here, for every reader behind (the 837P schema pass reads raw bytes)
        byte[] bytes = startsWithBom(content) ? Arrays.copyOfRange(content, BOM.length, content.length) : content;
        EnvelopeScan envelope;
        try {
            envelope = EnvelopeScan.of(bytes);
        } catch (SegmentProblem problem) {
            return refused(file, Optional.empty(), problem);
        }
        String set = envelope.firstTransactionSet();
        String version = envelope.firstVersion();
        try {
            return switch (set) {
                case "835" -> remittance(file, bytes, envelope);
                case "837" -> version.startsWith("005010X222")
                        ? Claim837Check.check(file, bytes, envelope)
                        : new CheckResult.Refused(file, Optional.of("837"), "version \"" + version + "\" (GS08) is not"
                        + " an 837 professional claim (837P, 005010X222A1): cleanclaim checks professional claims only"
                        + (version.contains("X223") ? "; this is an institutional claim (837I)" : "")
                        + (version.contains("X224") ? "; this is a dental claim (837D)" : ""));
                case "999" -> implementation(file, bytes, envelope);
                case "277" -> claims(file, bytes, envelope);
                case "" -> new CheckResult.Refused(file, Optional.empty(), "the file holds no transaction (ST)");
                default -> new CheckResult.Refused(file, Optional.of(set), "the file holds "
                        + OTHER_SETS.getOrDefault(set, "transaction set " + set) + " (ST01 " + set
                        + "); cleanclaim reads 835, 837P, 999 and 277CA files");
            };
        } catch (UnreadableFileException e) {
            return new CheckResult.Refused(file, Optional.of(kind(set)), reason(e));
        } catch (SegmentProblem problem) {
            return refused(file, Optional.of(kind(set)), problem);
        }
    }

    private static CheckResult remittance(String file, byte[] bytes, EnvelopeScan envelope) throws UnreadableFileException {
        RemittanceFile read = new Remittance835Reader().read(file, new ByteArrayInputStream(bytes));
        List<Remittance> remittances = read.remittances();
        Money paid = sum(remittances.stream().map(Remittance::totalPaid).toList());
        Money claimsPaid = sum(remittances.stream().map(Remittance::claimsPaid).toList());
        Money adjusted = sum(remittances.stream().map(Remittance::providerAdjusted).toList());
        Money charged = sum(remittances.stream().flatMap(r -> r.claims().stream()).map(c -> c.charge()).toList());
        List<String> warnings = new java.util.ArrayList<>(read.warnings());
        if (read.usage() == Usage.TEST) {
            warnings.add(0, "a test file (ISA15 T): its payments are not real money, so `cleanclaim import 835`"
                    + " refuses to post it");
        }
        return new CheckResult.Read(file, "835", envelope.firstVersion(), read.interchanges(), read.groups(),
                remittances.size(), remittances.stream().mapToInt(r -> r.claims().size()).sum(),
                List.of(new CheckResult.Total("BPR02", paid.toString()), new CheckResult.Total("CLP03", charged.toString()),
                        new CheckResult.Total("CLP04", claimsPaid.toString()), new CheckResult.Total("PLB", adjusted.toString())),
                Optional.of(remittances.stream().allMatch(Remittance::balances)), read.usage() == Usage.TEST, warnings);
    }

    private static CheckResult implementation(String file, byte[] bytes, EnvelopeScan envelope) throws UnreadableFileException {
        ImplementationAcknowledgment read = new Acknowledgment999Reader().read(file, new ByteArrayInputStream(bytes));
        List<TransactionResponse> answered = read.transactions();
        long rejected = answered.stream().filter(TransactionResponse::rejected).count();
        return new CheckResult.Read(file, "999", envelope.firstVersion(), envelope.interchanges(), envelope.groups(),
                envelope.transactions(), answered.size(), List.of(new CheckResult.Total("accepted",
                String.valueOf(answered.size() - rejected)), new CheckResult.Total("rejected", String.valueOf(rejected))),
                Optional.empty(), envelope.test(), read.warnings());
    }

    private static CheckResult claims(String file, byte[] bytes, EnvelopeScan envelope) throws UnreadableFileException {
        ClaimAcknowledgment read = new Acknowledgment277CAReader().read(file, new ByteArrayInputStream(bytes));
        List<CheckResult.Total> totals = Arrays.stream(ClaimAckOutcome.values()).map(outcome -> new CheckResult.Total(
                outcome.name().toLowerCase(java.util.Locale.ROOT), String.valueOf(read.claims(outcome).size()))).toList();
        return new CheckResult.Read(file, "277CA", envelope.firstVersion(), envelope.interchanges(), envelope.groups(),
                envelope.transactions(), read.claims().size(), totals, Optional.empty(), envelope.test(), read.warnings());
    }

    private static String kind(String set) {
        return switch (set) {
            case "837" -> "837P";
            case "277" -> "277CA";
            default -> set;
        };
    }

    private static CheckResult refused(String file, Optional<String> kind, SegmentProblem problem) {
        String place = problem.position() <= 0 ? "" : "segment " + problem.position() + " (" + problem.tag() + ")"
                + (problem.element().isEmpty() ? "" : ", element " + problem.element()) + ": ";
        return new CheckResult.Refused(file, kind, place + problem.getMessage());
    }

    /** The exception's message without the file name it starts with: the JSON names the file apart. */
    private static String reason(UnreadableFileException e) {
        String message = e.getMessage();
        String prefix = e.fileName() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= BOM.length && Arrays.equals(Arrays.copyOf(content, BOM.length), BOM);
    }
}

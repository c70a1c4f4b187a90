package dev.cleanclaim.x12.ack;

import dev.cleanclaim.core.ack.ClaimAckOutcome;
import dev.cleanclaim.core.ack.ClaimStatusReport;
import dev.cleanclaim.core.ack.LineStatus;
import dev.cleanclaim.core.ack.StatusDetail;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.x12.read.Segment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One 277CA transaction (ST .. SE). Its HL hierarchy is information source (20), information receiver (21), billing
 * provider (19), patient (PT); each patient level carries one or more claims (2200D, each opened by TRN) with their
 * service lines (2220D, each opened by SVC). A rejection at the receiver or billing provider level rejects every
 * claim below it, so each level remembers its rejections and the claims below take them on.
 */
final class ClaimTransaction277Reader implements Envelope.TransactionReader<ClaimTransaction277Reader.Result> {

    /** What one transaction yields. */
    record Result(String informationSource, List<ClaimStatusReport> claims) {
    }

    private static final Set<String> LEVELS = Set.of("20", "21", "19", "PT");
    private static final Set<String> SOURCE_ENTITIES = Set.of("PR", "AY");

    private final Segment st;
    private final List<String> warnings;
    private final Map<String, Level> levels = new HashMap<>();
    private final List<ClaimStatusReport> claims = new ArrayList<>();
    private boolean bht;
    private String informationSource = "";
    private Level level;
    private ClaimBuilder claim;
    private LineBuilder line;
    private Integer acceptedCount;
    private Integer rejectedCount;

    ClaimTransaction277Reader(Segment st, List<String> warnings) {
        this.st = st;
        this.warnings = warnings;
    }

    @Override
    public void accept(Segment segment) {
        if (!bht && !segment.tag().equals("BHT")) {
            throw segment.problem("the 277CA has no BHT (beginning of hierarchical transaction) before this segment");
        }
        switch (segment.tag()) {
            case "BHT" -> checkBeginning(segment);
            case "HL" -> level(segment);
            case "NM1" -> name(segment);
            case "TRN" -> trace(segment);
            case "STC" -> status(segment);
            case "REF" -> reference(segment);
            case "DTP" -> date(segment);
            case "SVC" -> serviceLine(segment);
            case "QTY" -> quantity(segment);
            case "AMT" -> {
                // AMT*YU / AMT*YY total accepted and rejected charges: the claims carry their own charges
            }
            default -> warnings.add("segment " + segment.position() + " (" + segment.tag()
                    + ") is not part of a 277CA and was skipped");
        }
    }

    @Override
    public Result finish(Segment se) {
        if (!bht) {
            throw se.problem("the 277CA has no BHT (beginning of hierarchical transaction)");
        }
        closeClaim();
        checkCounts();
        return new Result(informationSource, claims);
    }

    private void checkBeginning(Segment segment) {
        if (bht) {
            throw segment.problem("a second BHT in one transaction");
        }
        String purpose = segment.text(2);
        if (!purpose.equals("08")) {
            throw segment.problem(2, "transaction set purpose \"" + purpose + "\" is not a 277CA acknowledgment (08):"
                    + " this 277 is " + (purpose.equals("06") ? "a claim status response or notification" : "of another kind"));
        }
        bht = true;
    }

    private void level(Segment hl) {
        closeClaim();
        String id = hl.required(1, "the hierarchical ID number");
        String code = hl.required(3, "the hierarchical level code");
        if (!LEVELS.contains(code)) {
            throw hl.problem(3, "not a 277CA hierarchical level: \"" + code + "\" (20, 21, 19 or PT)");
        }
        Level parent = null;
        if (hl.has(2)) {
            parent = levels.get(hl.text(2));
            if (parent == null) {
                throw hl.problem(2, "parent " + hl.text(2) + " is not an earlier HL of this transaction");
            }
        }
        level = new Level(code, parent);
        if (levels.putIfAbsent(id, level) != null) {
            throw hl.problem(1, "HL " + id + " appears twice");
        }
    }

    private Level inLevel(Segment segment) {
        if (level == null) {
            throw segment.problem("a " + segment.tag() + " before the first HL");
        }
        return level;
    }

    private void name(Segment nm1) {
        // The patient's name (2100D) is never kept: the claim is known by its control number
        if (inLevel(nm1).code.equals("20") && SOURCE_ENTITIES.contains(nm1.text(1))) {
            informationSource = nm1.text(3);
            level.source = nm1.text(3);
        }
    }

    private void trace(Segment trn) {
        if (inLevel(trn).code.equals("19") && trn.text(1).equals("2")) {
            // A claim's trace (TRN*2, our CLM01) under a billing provider with no patient level would be read as the
            // provider's and its claim lost: refuse the file instead.
            throw trn.problem("a claim's TRN (TRN01 2) under the billing provider level (HL 19) with no patient level"
                    + " (HL PT) between them");
        }
        if (!inLevel(trn).code.equals("PT")) {
            return;
        }
        closeClaim();
        claim = new ClaimBuilder(trn, trn.required(2, "the patient control number (our CLM01)"), level);
    }

    private void status(Segment stc) {
        List<StatusDetail> statuses = statuses(stc);
        statuses.stream().filter(detail -> CodeList.CATEGORIES.column(detail.categoryCode(), 1).isEmpty())
                .forEach(detail -> warnings.add("segment " + stc.position() + " (STC): category " + detail.categoryCode()
                        + " is not in cleanclaim's list, so the claim is taken as pending: read the status yourself"));
        Level current = inLevel(stc);
        if (current.code.equals("PT")) {
            if (claim == null) {
                throw stc.problem("an STC before the claim's TRN (loop 2200D): the status belongs to no claim");
            }
            if (line != null) {
                line.statuses.addAll(statuses);
            } else {
                claim.statuses.addAll(statuses);
                // read every STC04, so that a broken amount is refused even when an earlier STC gave the charge
                Optional<Money> charge = stc.optionalAmount(4);
                if (claim.charge.isEmpty()) {
                    claim.charge = charge;
                }
                claim.stc = true;
            }
        } else {
            current.statuses.addAll(statuses);
        }
    }

    /** STC01, STC10 and STC11 each carry category:status:entity; STC02 dates them all. */
    private static List<StatusDetail> statuses(Segment stc) {
        Optional<LocalDate> date = stc.has(2) ? Optional.of(stc.date(2)) : Optional.empty();
        List<StatusDetail> statuses = new ArrayList<>();
        statuses.add(detail(stc, 1, date));
        for (int element : new int[] {10, 11}) {
            if (stc.has(element)) {
                statuses.add(detail(stc, element, date));
            }
        }
        return statuses;
    }

    private static StatusDetail detail(Segment stc, int element, Optional<LocalDate> date) {
        String category = stc.component(element, 1);
        String status = stc.component(element, 2);
        if (category.isEmpty() || status.isEmpty()) {
            throw stc.problem(element, "must be category:status codes, got \"" + String.join(":", stc.components(element))
                    + "\"");
        }
        Optional<String> entity = Optional.of(stc.component(element, 3)).filter(code -> !code.isEmpty());
        String statusWords = CodeList.STATUSES.words(status)
                + entity.map(code -> " (entity: " + CodeList.ENTITIES.words(code) + ")").orElse("");
        return new StatusDetail(category, CodeList.CATEGORIES.words(category), status, statusWords, entity, date);
    }

    /** What a category means for a claim, from the category list; a category cleanclaim does not know is pending. */
    static ClaimAckOutcome outcome(StatusDetail status) {
        return CodeList.CATEGORIES.column(status.categoryCode(), 1).map(ClaimAckOutcome::valueOf)
                .orElse(ClaimAckOutcome.PENDING);
    }

    private void reference(Segment ref) {
        if (claim == null) {
            return;
        }
        String qualifier = ref.text(1);
        if (line != null) {
            if (qualifier.equals("FJ")) {
                line.controlNumber = ref.optional(2);
            }
        } else if (qualifier.equals("1K")) {
            claim.payerClaimNumber = ref.optional(2);
        } else if (qualifier.equals("D9")) {
            claim.clearinghouseTrace = ref.optional(2);
        }
    }

    private void date(Segment dtp) {
        if (claim == null || line != null || !dtp.text(1).equals("472")) {
            return;
        }
        claim.serviceDate = Optional.of(serviceDate(dtp));
    }

    /** DTP*472 as D8 (one day) or RD8 (a range, of which the first day is kept). */
    private static LocalDate serviceDate(Segment dtp) {
        String format = dtp.text(2);
        String value = dtp.text(3);
        if (format.equals("D8")) {
            return dtp.date(3);
        }
        if (!format.equals("RD8")) {
            throw dtp.problem(2, "not a date format for a service date: \"" + format + "\" (D8 or RD8)");
        }
        try {
            if (value.matches("\\d{8}-\\d{8}")) {
                return LocalDate.parse(value.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            }
        } catch (DateTimeParseException e) {
            // falls through to the same refusal as a range of the wrong shape
        }
        throw dtp.problem(3, "not a date range (CCYYMMDD-CCYYMMDD): \"" + value + "\"");
    }

    private void serviceLine(Segment svc) {
        if (claim == null) {
            throw svc.problem("a service line (SVC) outside any claim (loop 2200D)");
        }
        String procedure = svc.component(1, 2);
        if (procedure.isEmpty()) {
            throw svc.problem(1, "the procedure code (SVC01-2) is missing");
        }
        closeLine();
        line = new LineBuilder(procedure);
    }

    private void quantity(Segment qty) {
        if (!inLevel(qty).code.equals("21") || !qty.has(2)) {
            return;
        }
        int count = Numbers.parse(qty, 2, qty.text(2));
        switch (qty.text(1)) {
            case "90" -> acceptedCount = (acceptedCount == null ? 0 : acceptedCount) + count;
            case "AA" -> rejectedCount = (rejectedCount == null ? 0 : rejectedCount) + count;
            default -> {
            }
        }
    }

    /** The receiver level's counts are the payer's own summary; a mismatch means a claim may be missing here. */
    private void checkCounts() {
        long accepted = claims.stream().filter(report -> report.outcome() == ClaimAckOutcome.ACCEPTED).count();
        long rejected = claims.stream().filter(report -> report.outcome() == ClaimAckOutcome.REJECTED).count();
        if (acceptedCount != null && acceptedCount != accepted) {
            warnings.add("transaction " + st.text(2) + ": QTY*90 counts " + acceptedCount + " accepted claims but "
                    + accepted + " were read as accepted");
        }
        if (rejectedCount != null && rejectedCount != rejected) {
            warnings.add("transaction " + st.text(2) + ": QTY*AA counts " + rejectedCount + " rejected claims but "
                    + rejected + " were read as rejected");
        }
    }

    private void closeLine() {
        if (line != null) {
            claim.lines.add(new LineStatus(line.controlNumber, line.procedureCode, line.statuses));
            line = null;
        }
    }

    private void closeClaim() {
        if (claim == null) {
            return;
        }
        closeLine();
        if (!claim.stc) {
            throw claim.trn.problem("claim " + claim.patientControlNumber + " has no STC (its status)");
        }
        claims.add(claim.finish());
        claim = null;
    }

    /** One HL level and the statuses said at it. */
    private static final class Level {
        private final String code;
        private final Level parent;
        private final List<StatusDetail> statuses = new ArrayList<>();
        private String source = "";

        Level(String code, Level parent) {
            this.code = code;
            this.parent = parent;
        }

        /** The information source this level answers under: its own name (level 20), else its parent's. */
        String source() {
            return !source.isEmpty() || parent == null ? source : parent.source();
        }

        /** The rejections said at this level and every level above: each rejects all the claims below. */
        List<StatusDetail> rejections() {
            List<StatusDetail> rejections = new ArrayList<>(parent == null ? List.of() : parent.rejections());
            statuses.stream().filter(status -> outcome(status) == ClaimAckOutcome.REJECTED).forEach(rejections::add);
            return rejections;
        }
    }

    private static final class ClaimBuilder {
        private final Segment trn;
        private final String patientControlNumber;
        private final Level level;
        private final List<StatusDetail> statuses = new ArrayList<>();
        private final List<LineStatus> lines = new ArrayList<>();
        private Optional<String> payerClaimNumber = Optional.empty();
        private Optional<String> clearinghouseTrace = Optional.empty();
        private Optional<Money> charge = Optional.empty();
        private Optional<LocalDate> serviceDate = Optional.empty();
        private boolean stc;

        ClaimBuilder(Segment trn, String patientControlNumber, Level level) {
            this.trn = trn;
            this.patientControlNumber = patientControlNumber;
            this.level = level;
        }

        /**
         * The claim's own statuses, then the rejections from above; the outcome weighs them all and the lines'
         * too, since a rejected line rejects its claim.
         */
        ClaimStatusReport finish() {
            List<StatusDetail> all = new ArrayList<>(statuses);
            level.rejections().stream().filter(status -> !all.contains(status)).forEach(all::add);
            ClaimAckOutcome outcome = ClaimAckOutcome.PENDING;
            for (StatusDetail status : all) {
                outcome = outcome.and(outcome(status));
            }
            for (LineStatus line : lines) {
                for (StatusDetail status : line.statuses()) {
                    if (outcome(status) == ClaimAckOutcome.REJECTED) {
                        outcome = ClaimAckOutcome.REJECTED;
                    }
                }
            }
            return new ClaimStatusReport(patientControlNumber, payerClaimNumber, clearinghouseTrace, charge,
                    serviceDate, all, lines, outcome, level.source());
        }
    }

    private static final class LineBuilder {
        private final String procedureCode;
        private final List<StatusDetail> statuses = new ArrayList<>();
        private Optional<String> controlNumber = Optional.empty();

        LineBuilder(String procedureCode) {
            this.procedureCode = procedureCode;
        }
    }
}

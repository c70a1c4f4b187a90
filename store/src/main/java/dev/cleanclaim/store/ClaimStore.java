package dev.cleanclaim.store;

import dev.cleanclaim.core.claim.ClaimDraft;
import dev.cleanclaim.core.lifecycle.ClaimStatus;
import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.submission.ClaimFrequency;
import dev.cleanclaim.core.submission.Correction;
import dev.cleanclaim.core.units.UnitMethod;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Claims and their history. A claim is never deleted: every status change and every revision adds a claim event
 * holding the claim as it was, and each write names the version it read.
 */
public final class ClaimStore {

    /** Control numbers per IN list: well under any database's limit on bound parameters. */
    private static final int CHUNK = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    ClaimStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Stored<ClaimRecord> create(ClaimRecord claim, String user) {
        return jdbi.inTransaction(handle -> insert(handle, claim, null, user));
    }

    /**
     * Stores the claim with the practice, provider and payer facts it was made with (JSON the app writes and
     * reads), so a later change to the practice does not rewrite it.
     */
    public Stored<ClaimRecord> create(ClaimRecord claim, String practiceFacts, String user) {
        Objects.requireNonNull(practiceFacts, "practiceFacts");
        return jdbi.inTransaction(handle -> insert(handle, claim, MadeWith.practice(practiceFacts), user));
    }

    /**
     * Makes a claim as one use case: the claim with the facts it was made with, its first moves (scrubbed, ready),
     * the referral visit it uses and its audit row commit together or not at all.
     *
     * @param referral the referral whose visit count the claim uses; empty when none applies
     */
    public Stored<ClaimRecord> create(ClaimRecord claim, MadeWith madeWith, List<StatusStep> steps,
                                      Optional<Long> referral, AuditNote note) {
        return jdbi.inTransaction(handle -> {
            Stored<ClaimRecord> created = steps(handle, insert(handle, claim, madeWith, note.user()), steps, note.user());
            referral.ifPresent(id -> handle.createUpdate("""
                            UPDATE referral SET visits_used = visits_used + 1, version = version + 1
                            WHERE id = :id AND visits_used < visits_authorized""").bind("id", id).execute());
            AuditLog.insert(handle, clock, note, "claim", created.id());
            return created;
        });
    }

    /**
     * Makes the claim that replaces or voids {@code original} and closes the original as corrected or voided, both
     * with the reason, in one transaction. The new claim points back to the original; nothing of the original changes
     * but its status.
     *
     * @return empty when the original moved since it was read (nothing written)
     */
    public Optional<Stored<ClaimRecord>> createCorrection(ClaimRecord correction, MadeWith madeWith,
                                                          Stored<ClaimRecord> original, Correction correcting,
                                                          String reason, List<StatusStep> steps, AuditNote note) {
        ClaimFrequency frequency = correcting.frequency();
        ClaimStatus closes = frequency == ClaimFrequency.VOID ? ClaimStatus.VOIDED : ClaimStatus.CORRECTED;
        try {
            return Optional.of(jdbi.inTransaction(handle -> {
                Stored<ClaimRecord> created = insert(handle, correction, madeWith, note.user());
                handle.createUpdate("""
                                UPDATE claim SET frequency = :frequency, corrects_claim_id = :original, correction_reason = :reason,
                                  corrected_payer_claim_number = :number,
                                  payer_priority = (SELECT payer_priority FROM claim WHERE id = :original),
                                  primary_claim_id = (SELECT primary_claim_id FROM claim WHERE id = :original)
                                WHERE id = :id""")
                        .bind("frequency", frequency.code()).bind("original", original.id())
                        .bind("number", Columns.fit("payer claim number", correcting.payerClaimNumber(), 50))
                        .bind("reason", Columns.fit("correction reason", reason, 400)).bind("id", created.id()).execute();
                Transition moved = move(handle, original.id(), original.version(), closes, note.user(),
                        Optional.of((frequency == ClaimFrequency.VOID ? "voided by claim " : "replaced by claim ")
                                + created.value().patientControlNumber() + ": " + reason));
                if (!(moved instanceof Transition.Moved)) {
                    throw new ClaimMovedMeanwhile(original.id());
                }
                Stored<ClaimRecord> made = steps(handle, created, steps, note.user());
                AuditLog.insert(handle, clock, note, "claim", made.id());
                AuditLog.insert(handle, clock, new AuditNote(note.user(), note.remoteAddress(), "update",
                        Optional.of("status " + closes.id())), "claim", original.id());
                return made;
            }));
        } catch (ClaimMovedMeanwhile moved) {
            return Optional.empty();
        }
    }

    private Stored<ClaimRecord> steps(Handle handle, Stored<ClaimRecord> claim, List<StatusStep> steps, String user) {
        Stored<ClaimRecord> current = claim;
        for (StatusStep step : steps) {
            Transition moved = move(handle, current.id(), current.version(), step.target(), user, Optional.of(step.note()));
            if (!(moved instanceof Transition.Moved done)) {
                throw new IllegalStateException("a new claim cannot make the move " + step.target().id() + ": " + moved);
            }
            current = done.claim();
        }
        return current;
    }

    /** What the claim does to the payer's record, what it corrects, what corrected it, and the payer's number. */
    public ClaimLinks links(long claimId) {
        return jdbi.withHandle(handle -> {
            ClaimLinks own = handle.createQuery("""
                            SELECT frequency, corrects_claim_id, correction_reason, payer_claim_number, corrected_payer_claim_number
                            FROM claim WHERE id = :id""")
                    .bind("id", claimId)
                    .map((rs, ctx) -> links(rs, List.of()))
                    .findOne().orElseThrow(() -> new IllegalArgumentException("no claim " + claimId));
            List<Long> correctedBy = handle.createQuery("SELECT id FROM claim WHERE corrects_claim_id = :id ORDER BY id")
                    .bind("id", claimId).mapTo(Long.class).list();
            return new ClaimLinks(own.frequency(), own.corrects(), own.reason(), correctedBy, own.payerClaimNumber(),
                    own.correctedPayerClaimNumber());
        });
    }

    /**
     * What sending needs of each of these claims beyond its record, a few hundred claims per query: sending 10,000
     * claims asked five questions per claim one at a time, which on PostgreSQL was most of the submission's time.
     * A claim id not stored has no entry.
     */
    public java.util.Map<Long, SendingFacts> sendingFacts(java.util.Collection<Long> claimIds) {
        java.util.Map<Long, SendingFacts> found = new java.util.HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(claimIds));
        jdbi.useHandle(handle -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                java.util.Map<Long, List<Long>> correctedBy = new java.util.HashMap<>();
                handle.createQuery("SELECT corrects_claim_id, id FROM claim WHERE corrects_claim_id IN (<ids>) ORDER BY id")
                        .bindList("ids", chunk)
                        .map((rs, ctx) -> java.util.Map.entry(rs.getLong("corrects_claim_id"), rs.getLong("id")))
                        .forEach(link -> correctedBy.computeIfAbsent(link.getKey(), id -> new ArrayList<>()).add(link.getValue()));
                handle.createQuery("""
                                SELECT id, frequency, corrects_claim_id, correction_reason, payer_claim_number,
                                  corrected_payer_claim_number, practice_facts, patient_facts, primary_claim_id
                                FROM claim WHERE id IN (<ids>)""")
                        .bindList("ids", chunk)
                        .map((rs, ctx) -> {
                            long id = rs.getLong("id");
                            ClaimLinks links = links(rs, correctedBy.getOrDefault(id, List.of()));
                            return java.util.Map.entry(id, new SendingFacts(
                                    Optional.ofNullable(rs.getString("practice_facts")),
                                    Optional.ofNullable(rs.getString("patient_facts")),
                                    Optional.ofNullable(rs.getObject("primary_claim_id", Long.class)), links));
                        })
                        .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
            }
        });
        return found;
    }

    /** A claim row's links, with the claims that corrected it. */
    private static ClaimLinks links(ResultSet rs, List<Long> correctedBy) throws SQLException {
        return new ClaimLinks(ClaimFrequency.ofCode(rs.getString("frequency").trim()).orElse(ClaimFrequency.ORIGINAL),
                Optional.ofNullable(rs.getObject("corrects_claim_id", Long.class)),
                Optional.ofNullable(rs.getString("correction_reason")), correctedBy,
                Optional.ofNullable(rs.getString("payer_claim_number")),
                Optional.ofNullable(rs.getString("corrected_payer_claim_number")));
    }

    /** The practice facts the claim was made with; empty for a claim made before claims kept them. */
    public Optional<String> practiceFacts(long claimId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT practice_facts FROM claim WHERE id = :id")
                .bind("id", claimId).mapTo(String.class).findOne());
    }

    /** The patient as the claim billed them; empty for a claim made before claims kept them. */
    public Optional<String> patientFacts(long claimId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT patient_facts FROM claim WHERE id = :id")
                .bind("id", claimId).mapTo(String.class).findOne());
    }

    /**
     * Stores the claim that bills the patient's second insurance for what the primary claim's payer left, with its
     * first moves and its audit row, in one transaction. Its own control number tells the secondary payer's remittance
     * apart from the primary's.
     */
    public Stored<ClaimRecord> createSecondary(ClaimRecord claim, long primaryClaimId, MadeWith madeWith,
                                               List<StatusStep> steps, AuditNote note) {
        return jdbi.inTransaction(handle -> {
            Stored<ClaimRecord> created = insert(handle, claim, madeWith, note.user());
            handle.createUpdate("UPDATE claim SET payer_priority = 2, primary_claim_id = :primary WHERE id = :id")
                    .bind("primary", primaryClaimId).bind("id", created.id()).execute();
            Stored<ClaimRecord> made = steps(handle, created, steps, note.user());
            AuditLog.insert(handle, clock, note, "claim", made.id());
            return made;
        });
    }

    /** The secondary claim made from a primary claim, if there is one. */
    public Optional<Stored<ClaimRecord>> secondaryOf(long primaryClaimId) {
        // A secondary claim that was corrected has its replacement beside it: the newest one still standing bills.
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM claim WHERE primary_claim_id = :primary"
                        + " AND status NOT IN ('CORRECTED', 'VOIDED') ORDER BY id DESC LIMIT 1")
                .bind("primary", primaryClaimId).map(ClaimStore::head).findOne().map(head -> record(handle, head)));
    }

    /** The primary claim a secondary claim was made from; empty for a primary claim. */
    public Optional<Long> primaryOf(long claimId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT primary_claim_id FROM claim WHERE id = :id")
                .bind("id", claimId).mapTo(Long.class).findOne());
    }

    private Stored<ClaimRecord> insert(Handle handle, ClaimRecord claim, MadeWith madeWith, String user) {
        Timestamp now = Timestamp.from(clock.instant());
        ClaimDraft draft = claim.draft();
        long id = handle.createUpdate("""
                        INSERT INTO claim (visit_id, patient_id, payer_id, date_of_service, status, patient_control_number,
                          total_charge_cents, rule_data_version, unit_method, total_timed_minutes, total_timed_units,
                          scrubbed_payer_id, practice_facts, patient_facts, created_at, updated_at)
                        VALUES (:visit, :patient, :payer, :date, :status, :pcn, :total, :rules, :method, :minutes, :units,
                          :scrubbedPayer, :facts, :patientFacts, :now, :now)""")
                .bind("visit", claim.visitId()).bind("patient", claim.patientId()).bind("payer", claim.payerId())
                .bind("date", Date.valueOf(claim.dateOfService())).bind("status", claim.status().name())
                .bind("pcn", claim.patientControlNumber()).bind("total", claim.totalCharge().cents())
                .bind("rules", claim.ruleDataVersion()).bind("method", draft.unitMethod().id())
                .bind("minutes", draft.totalTimedMinutes()).bind("units", draft.totalTimedUnits())
                .bind("scrubbedPayer", scrubbedPayer(claim))
                .bind("facts", madeWith == null ? null : madeWith.practiceFacts())
                .bind("patientFacts", madeWith == null ? null : madeWith.patientFacts().orElse(null)).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        ClaimRows.insert(handle, id, draft);
        event(handle, id, user, null, claim.status(), "created", ClaimVersionJson.write(draft));
        return new Stored<>(id, 0, claim);
    }

    /** Kept only when the draft was scrubbed for another payer than the one billed (a secondary claim's). */
    private static String scrubbedPayer(ClaimRecord claim) {
        return claim.draft().payerId().equals(claim.payerId()) ? null : claim.draft().payerId();
    }

    public Optional<Stored<ClaimRecord>> find(long id) {
        return jdbi.withHandle(handle -> find(handle, id));
    }

    public Optional<Stored<ClaimRecord>> findByControlNumber(String patientControlNumber) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM claim WHERE patient_control_number = :pcn")
                .bind("pcn", patientControlNumber).map(ClaimStore::head).findOne().map(head -> record(handle, head)));
    }

    /**
     * The claims with these control numbers, by control number, read a few hundred at a time: posting a payer's
     * 835 of thousands of claims asks once per chunk instead of once per claim.
     */
    public java.util.Map<String, Stored<ClaimRecord>> findByControlNumbers(java.util.Collection<String> controlNumbers) {
        java.util.Map<String, Stored<ClaimRecord>> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(controlNumbers));
        jdbi.useHandle(handle -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                records(handle, handle.createQuery("SELECT * FROM claim WHERE patient_control_number IN (<pcns>)")
                        .bindList("pcns", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .map(ClaimStore::head).list())
                        .forEach(claim -> found.put(claim.value().patientControlNumber(), claim));
            }
        });
        return found;
    }

    /** The secondary claims made from these primary claims, by primary claim id. */
    public java.util.Map<Long, Stored<ClaimRecord>> secondariesOf(java.util.Collection<Long> primaryClaimIds) {
        java.util.Map<Long, Stored<ClaimRecord>> found = new java.util.HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(primaryClaimIds));
        jdbi.useHandle(handle -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                java.util.Map<Long, Long> primaries = new java.util.HashMap<>();
                List<Head> heads = handle.createQuery("SELECT * FROM claim WHERE primary_claim_id IN (<ids>)"
                                + " AND status NOT IN ('CORRECTED', 'VOIDED') ORDER BY id")
                        .bindList("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .map((rs, ctx) -> {
                            Head head = head(rs, ctx);
                            primaries.put(head.id(), rs.getLong("primary_claim_id"));
                            return head;
                        }).list();
                records(handle, heads).forEach(claim -> found.put(primaries.get(claim.id()), claim));
            }
        });
        return found;
    }

    /**
     * Adds a note to the claim's history without changing it (a payment posted over a difference, a payment
     * reversed), inside the caller's transaction.
     */
    void note(Handle handle, long claimId, String user, String note) {
        ClaimStatus status = ClaimStatus.valueOf(handle.createQuery("SELECT status FROM claim WHERE id = :id")
                .bind("id", claimId).mapTo(String.class).one());
        event(handle, claimId, user, status, status, note.length() <= 400 ? note : note.substring(0, 400), null);
    }

    /** A patient's claims, newest visit first: what the patient's page lists beside their visits. */
    public List<Stored<ClaimRecord>> forPatient(long patientId) {
        return jdbi.withHandle(handle -> records(handle, handle.createQuery(
                        "SELECT * FROM claim WHERE patient_id = :patient ORDER BY date_of_service DESC, id DESC")
                .bind("patient", patientId).map(ClaimStore::head).list()));
    }

    /** Every claim standing in the status, oldest first (what a submission of ready claims sends, in order). */
    public List<Stored<ClaimRecord>> inStatus(ClaimStatus status) {
        return jdbi.withHandle(handle -> records(handle, handle.createQuery(
                        "SELECT * FROM claim WHERE status = :status ORDER BY id")
                .bind("status", status.name()).map(ClaimStore::head).list()));
    }

    /** The claims made from one visit (a primary, its secondary, a correction), oldest first. */
    public List<Stored<ClaimRecord>> forVisit(long visitId) {
        return jdbi.withHandle(handle -> records(handle, handle.createQuery(
                        "SELECT * FROM claim WHERE visit_id = :visit ORDER BY id")
                .bind("visit", visitId).map(ClaimStore::head).list()));
    }

    /** The claims the filter selects, as a list shows them: read from the claim rows alone, without their lines. */
    /** One page of the claims the filter picks, newest date of service first. */
    public List<Stored<ClaimSummary>> list(ClaimFilter filter) {
        String sql = "SELECT * FROM claim" + where(filter) + " ORDER BY date_of_service DESC, id DESC LIMIT "
                + filter.limit() + " OFFSET " + filter.offset();
        return jdbi.withHandle(handle -> bind(handle.createQuery(sql), filter)
                .map(ClaimStore::head).map(Head::stored).list());
    }

    /** How many claims the filter picks on all its pages: what a page of them says "of". */
    public long count(ClaimFilter filter) {
        return jdbi.withHandle(handle -> bind(handle.createQuery("SELECT COUNT(*) FROM claim" + where(filter)), filter)
                .mapTo(Long.class).one());
    }

    private static String where(ClaimFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        filter.status().ifPresent(status -> sql.append(" AND status = :status"));
        filter.payerId().ifPresent(payer -> sql.append(" AND payer_id = :payer"));
        filter.from().ifPresent(from -> sql.append(" AND date_of_service >= :from"));
        filter.through().ifPresent(through -> sql.append(" AND date_of_service <= :through"));
        filter.therapistId().ifPresent(therapist -> sql.append(
                " AND patient_id IN (SELECT id FROM patient WHERE therapist_id = :therapist)"));
        return sql.toString();
    }

    private static Query bind(Query query, ClaimFilter filter) {
        filter.status().ifPresent(status -> query.bind("status", status.name()));
        filter.payerId().ifPresent(payer -> query.bind("payer", payer));
        filter.from().ifPresent(from -> query.bind("from", Date.valueOf(from)));
        filter.through().ifPresent(through -> query.bind("through", Date.valueOf(through)));
        filter.therapistId().ifPresent(therapist -> query.bind("therapist", therapist));
        return query;
    }

    /** Moves the claim to another status if the lifecycle allows it and nobody changed it since it was read. */
    public Transition move(long id, int expectedVersion, ClaimStatus target, String user, Optional<String> note) {
        return jdbi.inTransaction(handle -> move(handle, id, expectedVersion, target, user, note));
    }

    /** A person's move, with its audit row in the same transaction: a move is never kept without it. */
    public Transition move(long id, int expectedVersion, ClaimStatus target, Optional<String> note, AuditNote audit) {
        return jdbi.inTransaction(handle -> {
            Transition moved = move(handle, id, expectedVersion, target, audit.user(), note);
            if (moved instanceof Transition.Moved) {
                AuditLog.insert(handle, clock, audit, "claim", id);
            }
            return moved;
        });
    }

    /** The move inside a caller's transaction, so that posting a remittance moves claims all or nothing. */
    Transition move(Handle handle, long id, int expectedVersion, ClaimStatus target, String user, Optional<String> note) {
        Optional<Stored<ClaimRecord>> current = find(handle, id);
        if (current.isEmpty()) {
            return new Transition.NotFound(id);
        }
        ClaimStatus from = current.get().value().status();
        if (current.get().version() != expectedVersion) {
            return new Transition.Conflict(current.get());
        }
        if (!from.canMoveTo(target)) {
            return new Transition.NotAllowed(from, target);
        }
        int changed = handle.createUpdate("""
                        UPDATE claim SET status = :status, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .bind("status", target.name()).bind("now", Timestamp.from(clock.instant()))
                .bind("id", id).bind("version", expectedVersion).execute();
        if (changed == 0) {
            return new Transition.Conflict(find(handle, id).orElseThrow());
        }
        event(handle, id, user, from, target, note.orElse(null), null);
        return new Transition.Moved(new Stored<>(id, expectedVersion + 1, current.get().value().withStatus(target)));
    }

    /**
     * Makes many claims' status moves inside the caller's transaction as batches, step by step (a claim moved twice
     * moves in two rounds): first each history row (the status the claim stood in, read by the version planned; no
     * copy of its unchanged contents), then the moves. The caller has decided each move is one the lifecycle allows.
     *
     * @return the id of a claim someone changed since its move was planned (the caller rolls back); empty when every
     * claim moved
     */
    Optional<Long> moveAll(Handle handle, List<BatchMove> moves, String user) {
        Timestamp now = Timestamp.from(clock.instant());
        java.util.Map<Long, Integer> steps = new java.util.HashMap<>();
        List<List<BatchMove>> rounds = new ArrayList<>();
        for (BatchMove move : moves) {
            int step = steps.merge(move.claimId(), 1, Integer::sum) - 1;
            while (rounds.size() <= step) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(step).add(move);
        }
        for (List<BatchMove> round : rounds) {
            try (RowBatch events = RowBatch.of(handle, """
                    INSERT INTO claim_event (claim_id, occurred_at, user_name, from_status, to_status, note, body)
                    SELECT id, ?, ?, status, ?, ?, NULL FROM claim WHERE id = ? AND version = ?""", false);
                 RowBatch updates = RowBatch.of(handle, """
                    UPDATE claim SET status = ?, updated_at = ?, version = version + 1
                    WHERE id = ? AND version = ?""", false)) {
                for (BatchMove move : round) {
                    String note = move.note().length() <= 400 ? move.note() : move.note().substring(0, 400);
                    events.add(now, user, move.target().name(), note, move.claimId(), move.expectedVersion());
                    updates.add(move.target().name(), now, move.claimId(), move.expectedVersion());
                }
                int[] written = events.execute();
                int[] moved = updates.execute();
                for (int i = 0; i < round.size(); i++) {
                    if (written[i] == 0 || moved[i] == 0) {
                        return Optional.of(round.get(i).claimId());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** One claim's move in a batch: from the version its mover read, to the target, with the history's note. */
    record BatchMove(long claimId, int expectedVersion, ClaimStatus target, String note) {
    }

    /**
     * A new version of a claim not yet sent (or rejected), scrubbed again under the practice's terms of now: its
     * contents, status and practice facts change together, the old contents stay in the history, and the audit row
     * commits with them.
     */
    public Update<ClaimRecord> revise(long id, int expectedVersion, ClaimRecord revised, MadeWith madeWith,
                                      AuditNote audit, String note) {
        return jdbi.inTransaction(handle -> {
            Update<ClaimRecord> update = revise(handle, id, expectedVersion, revised, audit.user(), note, true);
            if (update instanceof Update.Saved<ClaimRecord>) {
                handle.createUpdate("UPDATE claim SET practice_facts = :facts, patient_facts = :patientFacts WHERE id = :id")
                        .bind("facts", madeWith.practiceFacts()).bind("patientFacts", madeWith.patientFacts().orElse(null))
                        .bind("id", id).execute();
                AuditLog.insert(handle, clock, audit, "claim", id);
            }
            return update;
        });
    }

    /** Replaces the claim's contents (a re-scrub, an applied fix); the old contents stay in the history. */
    public Update<ClaimRecord> revise(long id, int expectedVersion, ClaimRecord revised, String user, String note) {
        return jdbi.inTransaction(handle -> revise(handle, id, expectedVersion, revised, user, note, false));
    }

    /** A claim's contents change only while it is open for change; a claim sent meanwhile is left as it was. */
    private static final String OPEN_FOR_CHANGE = " AND status IN ('DRAFT', 'SCRUBBED', 'READY', 'REJECTED')";

    Update<ClaimRecord> revise(Handle handle, long id, int expectedVersion, ClaimRecord revised, String user,
                               String note, boolean onlyOpen) {
        {
            ClaimDraft draft = revised.draft();
            // The history says what the claim was before this version (rejected, ready, ...), not just what it became.
            Optional<ClaimStatus> was = handle.createQuery("SELECT status FROM claim WHERE id = :id").bind("id", id)
                    .mapTo(String.class).findOne().map(ClaimStatus::valueOf);
            int changed = handle.createUpdate("""
                            UPDATE claim SET status = :status, payer_id = :payer, date_of_service = :date,
                              total_charge_cents = :total, rule_data_version = :rules, unit_method = :method,
                              total_timed_minutes = :minutes, total_timed_units = :units, scrubbed_payer_id = :scrubbedPayer,
                              updated_at = :now, version = version + 1
                            WHERE id = :id AND version = :version""" + (onlyOpen ? OPEN_FOR_CHANGE : ""))
                    .bind("status", revised.status().name()).bind("payer", revised.payerId())
                    .bind("date", Date.valueOf(revised.dateOfService())).bind("total", revised.totalCharge().cents())
                    .bind("rules", revised.ruleDataVersion()).bind("method", draft.unitMethod().id())
                    .bind("minutes", draft.totalTimedMinutes()).bind("units", draft.totalTimedUnits())
                    .bind("scrubbedPayer", scrubbedPayer(revised))
                    .bind("now", Timestamp.from(clock.instant())).bind("id", id).bind("version", expectedVersion).execute();
            if (changed == 0) {
                return find(handle, id).<Update<ClaimRecord>>map(Update.Conflict::new).orElse(new Update.NotFound<>(id));
            }
            ClaimRows.replace(handle, id, draft);
            event(handle, id, user, was.orElse(null), revised.status(), note, ClaimVersionJson.write(draft));
            return new Update.Saved<>(new Stored<>(id, expectedVersion + 1, revised));
        }
    }

    /**
     * The claim's history, oldest first. An entry that changed the claim's contents (made, revised) carries them as
     * they stood then; a status move carries none.
     */
    public List<ClaimEvent> history(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM claim_event WHERE claim_id = :id ORDER BY id")
                .bind("id", id)
                .map((rs, ctx) -> new ClaimEvent(rs.getLong("claim_id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("user_name"), Optional.ofNullable(rs.getString("from_status")).map(ClaimStatus::valueOf),
                        ClaimStatus.valueOf(rs.getString("to_status")), Optional.ofNullable(rs.getString("note")),
                        Optional.ofNullable(rs.getString("body"))))
                .list());
    }

    /**
     * Claims per status with their charges, for the dashboard, counted by the database.
     *
     * @param therapistId only claims of patients whose therapist is this provider; empty: every claim
     */
    public List<StatusCount> countByStatus(Optional<Long> therapistId) {
        return countByStatus(therapistId, Set.of());
    }

    /**
     * The claims by status with their charges, leaving out the claims to the payers named (a self-pay visit's
     * receipt is the client's to pay, no insurance work).
     */
    public List<StatusCount> countByStatus(Optional<Long> therapistId, Set<String> leftOutPayers) {
        List<String> where = new ArrayList<>();
        therapistId.ifPresent(therapist -> where.add("patient_id IN (SELECT id FROM patient WHERE therapist_id = :therapist)"));
        if (!leftOutPayers.isEmpty()) {
            where.add("payer_id NOT IN (<leftOut>)");
        }
        String mine = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return jdbi.withHandle(handle -> {
            List<StatusCount> counts = new ArrayList<>();
            Query query = handle.createQuery("SELECT status, COUNT(*) AS claims, SUM(total_charge_cents) AS cents FROM claim"
                    + mine + " GROUP BY status");
            therapistId.ifPresent(therapist -> query.bind("therapist", therapist));
            if (!leftOutPayers.isEmpty()) {
                query.bindList("leftOut", List.copyOf(leftOutPayers));
            }
            query.map((rs, ctx) -> new StatusCount(ClaimStatus.valueOf(rs.getString("status")), rs.getLong("claims"),
                            new Money(rs.getLong("cents"))))
                    .forEach(counts::add);
            return counts;
        });
    }

    public record StatusCount(ClaimStatus status, long claims, Money total) {
    }

    private Optional<Stored<ClaimRecord>> find(Handle handle, long id) {
        return handle.createQuery("SELECT * FROM claim WHERE id = :id").bind("id", id).map(ClaimStore::head).findOne()
                .map(head -> record(handle, head));
    }

    private void event(Handle handle, long claimId, String user, ClaimStatus from, ClaimStatus to, String note, String body) {
        handle.createUpdate("""
                        INSERT INTO claim_event (claim_id, occurred_at, user_name, from_status, to_status, note, body)
                        VALUES (:claim, :now, :user, :from, :to, :note, :body)""")
                .bind("claim", claimId).bind("now", Timestamp.from(clock.instant())).bind("user", user)
                .bind("from", from == null ? null : from.name()).bind("to", to.name()).bind("note", note)
                .bind("body", body).execute();
    }

    /**
     * A claim row: everything a list shows and the claim's own facts of its scrub; its lines, diagnoses and findings
     * are rows of their own, read for many claims at once.
     */
    private record Head(long id, int version, ClaimSummary summary, UnitMethod unitMethod, int totalTimedMinutes,
                        int totalTimedUnits, Optional<String> scrubbedPayerId) {
        Stored<ClaimSummary> stored() {
            return new Stored<>(id, version, summary);
        }

        Stored<ClaimRecord> with(ClaimRows.Contents contents) {
            ClaimDraft draft = new ClaimDraft(summary.dateOfService(), scrubbedPayerId.orElse(summary.payerId()),
                    unitMethod, totalTimedMinutes, totalTimedUnits, contents.diagnoses(), contents.lines(),
                    contents.findings(), summary.ruleDataVersion());
            return new Stored<>(id, version, new ClaimRecord(summary.visitId(), summary.patientId(), summary.payerId(),
                    summary.status(), summary.patientControlNumber(), summary.totalCharge(), draft));
        }
    }

    private static Head head(ResultSet rs, StatementContext context) throws SQLException {
        String method = rs.getString("unit_method");
        long id = rs.getLong("id");
        return new Head(id, rs.getInt("version"), new ClaimSummary(rs.getLong("visit_id"), rs.getLong("patient_id"),
                rs.getString("payer_id"), rs.getDate("date_of_service").toLocalDate(),
                ClaimStatus.valueOf(rs.getString("status")), rs.getString("patient_control_number"),
                new Money(rs.getLong("total_charge_cents")), rs.getString("rule_data_version")),
                UnitMethod.parse(method).orElseThrow(() -> new IllegalStateException("claim " + id
                        + " names unit method \"" + method + "\"")),
                rs.getInt("total_timed_minutes"), rs.getInt("total_timed_units"),
                Optional.ofNullable(rs.getString("scrubbed_payer_id")));
    }

    private static Stored<ClaimRecord> record(Handle handle, Head head) {
        return head.with(ClaimRows.read(handle, List.of(head.id())).get(head.id()));
    }

    /** The claims of these rows, in their order, their contents read a table at a time. */
    private static List<Stored<ClaimRecord>> records(Handle handle, List<Head> heads) {
        java.util.Map<Long, ClaimRows.Contents> contents = ClaimRows.read(handle, heads.stream().map(Head::id).toList());
        return heads.stream().map(head -> head.with(contents.get(head.id()))).toList();
    }
}

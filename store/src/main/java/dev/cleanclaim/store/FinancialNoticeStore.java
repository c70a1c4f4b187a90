package dev.cleanclaim.store;

import dev.cleanclaim.core.client.FinancialNotice;
import dev.cleanclaim.core.money.Money;
import org.jdbi.v3.core.Jdbi;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The financial responsibility notices clients signed (V28), kept with the client: added with their audit row in one
 * transaction, never changed or removed. A visit moved to self-pay names the notice that allowed it.
 */
public final class FinancialNoticeStore {

    private static final String ENTITY = "financial-notice";

    private final Jdbi jdbi;
    private final Clock clock;

    FinancialNoticeStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Stored<FinancialNotice> create(long patientId, FinancialNotice notice, AuditNote audit) {
        return jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO financial_notice (patient_id, payer_id, reason, codes, visit_id, covers_from,
                              covers_through, estimate_cents, signed_on, signed_by, recorded_at, recorded_by)
                            VALUES (:patient, :payer, :reason, :codes, :visit, :from, :through, :estimate, :signedOn,
                              :signedBy, :now, :user)""")
                    .bind("patient", patientId).bind("payer", Columns.fit("payer", notice.payerId(), 40))
                    .bind("reason", notice.reason().id())
                    .bind("codes", Columns.fit("codes", String.join(",", notice.codes()), 200))
                    .bind("visit", notice.visitId().orElse(null))
                    .bind("from", Date.valueOf(notice.coversFrom())).bind("through", Date.valueOf(notice.coversThrough()))
                    .bind("estimate", notice.estimate().map(Money::cents).orElse(null))
                    .bind("signedOn", Date.valueOf(notice.signedOn()))
                    .bind("signedBy", Columns.fit("signedBy", notice.signedBy(), 100))
                    .bind("now", Timestamp.from(clock.instant())).bind("user", Columns.fit("user", audit.user(), 60))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.insert(handle, clock, audit, ENTITY, id);
            return new Stored<>(id, 0, notice);
        });
    }

    /** The client's notices, newest signature first. */
    public List<Stored<FinancialNotice>> forPatient(long patientId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM financial_notice WHERE patient_id = :patient ORDER BY signed_on DESC, id DESC")
                .bind("patient", patientId).map((rs, ctx) -> row(rs)).list());
    }

    private static Stored<FinancialNotice> row(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        long estimate = rs.getLong("estimate_cents");
        Optional<Money> estimated = rs.wasNull() ? Optional.empty() : Optional.of(new Money(estimate));
        return new Stored<>(rs.getLong("id"), 0, new FinancialNotice(rs.getString("payer_id"),
                FinancialNotice.Reason.parse(reason).orElseThrow(() -> new IllegalStateException(
                        "unknown notice reason " + reason)),
                Arrays.asList(rs.getString("codes").split(",")),
                Optional.ofNullable(rs.getObject("visit_id", Long.class)),
                rs.getDate("covers_from").toLocalDate(), rs.getDate("covers_through").toLocalDate(), estimated,
                rs.getDate("signed_on").toLocalDate(), rs.getString("signed_by")));
    }
}

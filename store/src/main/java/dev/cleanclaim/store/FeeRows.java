package dev.cleanclaim.store;

import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.fees.SessionPrice;
import dev.cleanclaim.core.money.Money;
import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practice's fee schedule: practice_fee (a code's own fee under modifier '', a modifier's fee under its
 * modifier) and session_price. Always replaced as a whole.
 */
final class FeeRows {

    /** The modifier column of a code's own fee: a key column cannot hold NULL. */
    private static final String NO_MODIFIER = "";

    private FeeRows() {
    }

    static FeeSchedule read(Handle handle, long practiceId, String name) {
        Map<String, Money> perUnit = new HashMap<>();
        Map<String, Map<String, Money>> modifierFees = new HashMap<>();
        handle.createQuery("SELECT code, modifier, charge_cents FROM practice_fee WHERE practice_id = :practice")
                .bind("practice", practiceId)
                .map((rs, ctx) -> new Fee(rs.getString("code"), rs.getString("modifier"), new Money(rs.getLong("charge_cents"))))
                .forEach(fee -> {
                    if (fee.modifier().equals(NO_MODIFIER)) {
                        perUnit.put(fee.code(), fee.charge());
                    } else {
                        modifierFees.computeIfAbsent(fee.code(), code -> new HashMap<>()).put(fee.modifier(), fee.charge());
                    }
                });
        List<SessionPrice> sessions = handle.createQuery(
                        "SELECT * FROM session_price WHERE practice_id = :practice ORDER BY code, minutes")
                .bind("practice", practiceId)
                .map((rs, ctx) -> new SessionPrice(rs.getString("code"), rs.getInt("minutes"), new Money(rs.getLong("price_cents"))))
                .list();
        return new FeeSchedule(name, perUnit, modifierFees, sessions);
    }

    static void replace(Handle handle, long practiceId, FeeSchedule fees) {
        handle.createUpdate("DELETE FROM practice_fee WHERE practice_id = :practice").bind("practice", practiceId).execute();
        handle.createUpdate("DELETE FROM session_price WHERE practice_id = :practice").bind("practice", practiceId).execute();
        fees.perUnit().forEach((code, charge) -> insertFee(handle, practiceId, code, NO_MODIFIER, charge));
        fees.modifierFees().forEach((code, byModifier) ->
                byModifier.forEach((modifier, charge) -> insertFee(handle, practiceId, code, modifier, charge)));
        for (SessionPrice session : fees.sessions()) {
            handle.createUpdate("""
                            INSERT INTO session_price (practice_id, code, minutes, price_cents)
                            VALUES (:practice, :code, :minutes, :cents)""")
                    .bind("practice", practiceId).bind("code", session.code()).bind("minutes", session.minutes())
                    .bind("cents", session.price().cents()).execute();
        }
    }

    /** Refuses a schedule the tables cannot hold as given, naming the field, before anything is written. */
    static void check(FeeSchedule fees) {
        fees.perUnit().keySet().forEach(code -> Columns.fit("fees code " + code, code, 5));
        fees.modifierFees().forEach((code, byModifier) -> {
            Columns.fit("modifier fees code " + code, code, 5);
            byModifier.keySet().forEach(modifier -> {
                if (modifier.isEmpty()) {
                    throw new IllegalArgumentException("modifier fees of " + code + ": a modifier is empty");
                }
                Columns.fit("modifier fees of " + code + " modifier " + modifier, modifier, 2);
            });
        });
        Set<String> sessions = new HashSet<>();
        for (SessionPrice session : fees.sessions()) {
            Columns.fit("session code " + session.code(), session.code(), 5);
            if (!sessions.add(session.code() + "/" + session.minutes())) {
                throw new IllegalArgumentException("sessions: " + session.code() + " for " + session.minutes()
                        + " minutes is priced twice");
            }
        }
    }

    private static void insertFee(Handle handle, long practiceId, String code, String modifier, Money charge) {
        handle.createUpdate("""
                        INSERT INTO practice_fee (practice_id, code, modifier, charge_cents)
                        VALUES (:practice, :code, :modifier, :cents)""")
                .bind("practice", practiceId).bind("code", code).bind("modifier", modifier).bind("cents", charge.cents())
                .execute();
    }

    private record Fee(String code, String modifier, Money charge) {
    }
}

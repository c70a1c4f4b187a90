package dev.cleanclaim.store;

import dev.cleanclaim.core.money.Money;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.units.UnitMethod;
import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The payer_account table (the practice's payer directory) and each entry's contracted fees in payer_fee. */
final class PayerRows {

    static final String PAYER_ID_UNIQUE = "payer_account_unique";
    static final String ELECTRONIC_ID_UNIQUE = "payer_account_electronic_unique";

    private PayerRows() {
    }

    static List<Stored<PayerEntry>> list(Handle handle, long practiceId) {
        Map<Long, Map<String, Money>> fees = new HashMap<>();
        handle.createQuery("""
                        SELECT f.* FROM payer_fee f JOIN payer_account a ON a.id = f.payer_account_id
                        WHERE a.practice_id = :practice""")
                .bind("practice", practiceId)
                .map((rs, ctx) -> new Fee(rs.getLong("payer_account_id"), rs.getString("code"),
                        new Money(rs.getLong("allowed_cents"))))
                .forEach(fee -> fees.computeIfAbsent(fee.payerAccountId(), id -> new HashMap<>()).put(fee.code(), fee.allowed()));
        return handle.createQuery("SELECT * FROM payer_account WHERE practice_id = :practice ORDER BY id")
                .bind("practice", practiceId)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    String line1 = rs.getString("address_line1");
                    Optional<Address> address = line1 == null ? Optional.empty() : Optional.of(new Address(line1,
                            Optional.ofNullable(rs.getString("address_line2")), rs.getString("city"),
                            rs.getString("state"), rs.getString("zip")));
                    int days = rs.getInt("timely_filing_days");
                    OptionalInt timelyFiling = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(days);
                    Optional<UnitMethod> unitMethod = Optional.ofNullable(rs.getString("unit_method")).map(text ->
                            UnitMethod.parse(text).orElseThrow(() -> new IllegalStateException(
                                    "payer " + id + " has unit method \"" + text + "\", which this version does not know")));
                    return new Stored<>(id, rs.getInt("version"), new PayerEntry(rs.getString("payer_id"),
                            new PayerAccount(rs.getString("pack"), rs.getString("name"), rs.getString("electronic_id"),
                                    address, Optional.ofNullable(rs.getString("claim_filing_indicator")), timelyFiling,
                                    unitMethod, Optional.ofNullable(rs.getString("distinct_modifier")),
                                    fees.getOrDefault(id, Map.of()), Optional.ofNullable(rs.getString("source")))));
                })
                .list();
    }

    static Optional<Stored<PayerEntry>> find(Handle handle, long practiceId, long id) {
        return list(handle, practiceId).stream().filter(entry -> entry.id() == id).findFirst();
    }

    /** The row id of the entry with this directory id, if any. */
    static Optional<Long> idOfPayerId(Handle handle, long practiceId, String payerId) {
        return handle.createQuery("SELECT id FROM payer_account WHERE practice_id = :practice AND payer_id = :payer")
                .bind("practice", practiceId).bind("payer", payerId).mapTo(Long.class).findOne();
    }

    /**
     * The row id of the entry with this electronic payer id under this pack, if any: two packs may share a payer id
     * (an insurer's commercial and Medicare Advantage plans), one pack may not.
     */
    static Optional<Long> idOfElectronicId(Handle handle, long practiceId, String electronicId, String pack) {
        return handle.createQuery("""
                        SELECT id FROM payer_account
                        WHERE practice_id = :practice AND electronic_id = :electronic AND pack = :pack""")
                .bind("practice", practiceId).bind("electronic", electronicId).bind("pack", pack).mapTo(Long.class).findOne();
    }

    /** Whether any insurance, visit or claim of the practice's patients names this directory id. */
    static boolean inUse(Handle handle, long practiceId, String payerId) {
        return handle.createQuery("""
                        SELECT COUNT(*) FROM patient p WHERE p.practice_id = :practice AND (
                          EXISTS (SELECT 1 FROM insurance i WHERE i.patient_id = p.id AND i.payer_id = :payer)
                          OR EXISTS (SELECT 1 FROM visit v WHERE v.patient_id = p.id AND v.payer_id = :payer)
                          OR EXISTS (SELECT 1 FROM claim c WHERE c.patient_id = p.id AND c.payer_id = :payer))""")
                .bind("practice", practiceId).bind("payer", payerId).mapTo(Long.class).one() > 0;
    }

    static long insert(Handle handle, long practiceId, PayerEntry entry) {
        long id = handle.createUpdate("""
                        INSERT INTO payer_account (practice_id, payer_id, pack, name, electronic_id, claim_filing_indicator,
                          address_line1, address_line2, city, state, zip, timely_filing_days, unit_method,
                          distinct_modifier, source)
                        VALUES (:practice, :payer, :pack, :name, :electronic, :filing, :line1, :line2, :city, :state, :zip,
                          :timely, :unitMethod, :distinct, :source)""")
                .bind("practice", practiceId).bindMap(columns(entry))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertFees(handle, id, entry.account().contracted());
        return id;
    }

    /** Saves the entry and replaces its contracted fees if it is still at {@code expectedVersion}. */
    static boolean update(Handle handle, long practiceId, long id, int expectedVersion, PayerEntry entry) {
        int changed = handle.createUpdate("""
                        UPDATE payer_account SET payer_id = :payer, pack = :pack, name = :name, electronic_id = :electronic,
                          claim_filing_indicator = :filing, address_line1 = :line1, address_line2 = :line2, city = :city,
                          state = :state, zip = :zip, timely_filing_days = :timely, unit_method = :unitMethod,
                          distinct_modifier = :distinct, source = :source, version = version + 1
                        WHERE id = :id AND practice_id = :practice AND version = :version""")
                .bindMap(columns(entry)).bind("id", id).bind("practice", practiceId).bind("version", expectedVersion)
                .execute();
        if (changed == 0) {
            return false;
        }
        handle.createUpdate("DELETE FROM payer_fee WHERE payer_account_id = :id").bind("id", id).execute();
        insertFees(handle, id, entry.account().contracted());
        return true;
    }

    /** Refuses an entry with a value longer than its column, before anything is written. */
    static void check(PayerEntry entry) {
        columns(entry);
        entry.account().contracted().keySet().forEach(code -> Columns.fit("contracted code " + code, code, 5));
    }

    private static void insertFees(Handle handle, long payerAccountId, Map<String, Money> contracted) {
        contracted.forEach((code, allowed) -> handle.createUpdate(
                        "INSERT INTO payer_fee (payer_account_id, code, allowed_cents) VALUES (:payer, :code, :cents)")
                .bind("payer", payerAccountId).bind("code", Columns.fit("contracted code " + code, code, 5))
                .bind("cents", allowed.cents()).execute());
    }

    private record Fee(long payerAccountId, String code, Money allowed) {
    }

    private static Map<String, Object> columns(PayerEntry entry) {
        PayerAccount account = entry.account();
        Map<String, Object> columns = new HashMap<>();
        columns.put("payer", Columns.fit("id", entry.payerId(), 40));
        columns.put("pack", Columns.fit("pack", account.pack(), 40));
        columns.put("name", Columns.fit("name", account.name(), 60));
        columns.put("electronic", Columns.fit("payerId", account.electronicId(), 80));
        columns.put("filing", Columns.fit("claimFilingIndicator", account.claimFilingIndicator(), 2));
        columns.put("line1", Columns.fit("address.line1", account.address().map(Address::line1), 55));
        columns.put("line2", Columns.fit("address.line2", account.address().flatMap(Address::line2), 55));
        columns.put("city", Columns.fit("address.city", account.address().map(Address::city), 30));
        columns.put("state", Columns.fit("address.state", account.address().map(Address::state), 2));
        columns.put("zip", Columns.fit("address.zip", account.address().map(Address::zip), 10));
        columns.put("timely", account.timelyFilingDays().isPresent() ? account.timelyFilingDays().getAsInt() : null);
        columns.put("unitMethod", account.unitMethod().map(UnitMethod::id).orElse(null));
        columns.put("distinct", Columns.fit("distinctModifier", account.distinctModifier(), 2));
        columns.put("source", Columns.fit("source", account.source(), 300));
        return columns;
    }
}

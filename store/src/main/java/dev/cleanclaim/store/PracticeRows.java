package dev.cleanclaim.store;

import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.Clearinghouse;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The practice table: billing provider, pay-to address, clearinghouse, place of service, locality, APM status, test flag. */
final class PracticeRows {

    private PracticeRows() {
    }

    static long insert(Handle handle, Practice practice) {
        return handle.createUpdate("""
                        INSERT INTO practice (name, npi, tax_id, tax_id_is_ssn, taxonomy, address_line1, address_line2,
                          city, state, zip, phone, pay_to_line1, pay_to_line2, pay_to_city, pay_to_state, pay_to_zip,
                          submitter_name, submitter_id, contact_name, contact_phone, receiver_name, receiver_id,
                          place_of_service, medicare_locality, medicare_qualifying_apm, test_data)
                        VALUES (:name, :npi, :tax, :ssn, :taxonomy, :line1, :line2, :city, :state, :zip, :phone,
                          :payToLine1, :payToLine2, :payToCity, :payToState, :payToZip,
                          :submitterName, :submitterId, :contactName, :contactPhone, :receiverName, :receiverId,
                          :pos, :locality, :qualifyingApm, :test)""")
                .bindMap(columns(practice)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Saves the practice row (not its providers, payers or fees) if it is still at {@code expectedVersion}. */
    static boolean update(Handle handle, long id, int expectedVersion, Practice practice) {
        return handle.createUpdate("""
                        UPDATE practice SET name = :name, npi = :npi, tax_id = :tax, tax_id_is_ssn = :ssn,
                          taxonomy = :taxonomy, address_line1 = :line1, address_line2 = :line2, city = :city,
                          state = :state, zip = :zip, phone = :phone, pay_to_line1 = :payToLine1,
                          pay_to_line2 = :payToLine2, pay_to_city = :payToCity, pay_to_state = :payToState,
                          pay_to_zip = :payToZip, submitter_name = :submitterName, submitter_id = :submitterId,
                          contact_name = :contactName, contact_phone = :contactPhone, receiver_name = :receiverName,
                          receiver_id = :receiverId, place_of_service = :pos, medicare_locality = :locality,
                          medicare_qualifying_apm = :qualifyingApm, test_data = :test, version = version + 1
                        WHERE id = :id AND version = :version""")
                .bindMap(columns(practice)).bind("id", id).bind("version", expectedVersion).execute() == 1;
    }

    /** The whole practice: its row, every provider (inactive ones too) and its payer directory. */
    static Optional<Stored<Practice>> find(Handle handle, long id) {
        List<RenderingProvider> providers = ProviderRows.list(handle, id).stream().map(Stored::value).toList();
        Map<String, PayerAccount> payers = new HashMap<>();
        PayerRows.list(handle, id).forEach(entry -> payers.put(entry.value().payerId(), entry.value().account()));
        return handle.createQuery("SELECT * FROM practice WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Stored<>(id, rs.getInt("version"), new Practice(billing(rs),
                        address(rs, "pay_to_line1", "pay_to_line2", "pay_to_city", "pay_to_state", "pay_to_zip"),
                        clearinghouse(rs), rs.getString("place_of_service"),
                        Optional.ofNullable(rs.getString("medicare_locality")), rs.getBoolean("medicare_qualifying_apm"),
                        rs.getBoolean("test_data"),
                        providers, payers)))
                .findOne();
    }

    /** Refuses a practice with a value longer than its column, before anything is written. */
    static void check(Practice practice) {
        columns(practice);
    }

    private static BillingProvider billing(ResultSet rs) throws SQLException {
        return new BillingProvider(rs.getString("name"), rs.getString("npi"), rs.getString("tax_id"),
                rs.getBoolean("tax_id_is_ssn"), rs.getString("taxonomy"),
                address(rs, "address_line1", "address_line2", "city", "state", "zip").orElseThrow(),
                Optional.ofNullable(rs.getString("phone")));
    }

    private static Optional<Address> address(ResultSet rs, String line1, String line2, String city, String state,
                                             String zip) throws SQLException {
        String first = rs.getString(line1);
        return first == null ? Optional.empty() : Optional.of(new Address(first, Optional.ofNullable(rs.getString(line2)),
                rs.getString(city), rs.getString(state), rs.getString(zip)));
    }

    /** A clearinghouse is kept whole or not at all; a row missing any of its ids has none. */
    private static Optional<Clearinghouse> clearinghouse(ResultSet rs) throws SQLException {
        String[] values = {rs.getString("submitter_name"), rs.getString("submitter_id"), rs.getString("contact_name"),
                rs.getString("contact_phone"), rs.getString("receiver_name"), rs.getString("receiver_id")};
        for (String value : values) {
            if (value == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Clearinghouse(values[0], values[1], values[2], values[3], values[4], values[5]));
    }

    private static Map<String, Object> columns(Practice practice) {
        BillingProvider billing = practice.billing();
        Address address = billing.address();
        Optional<Address> payTo = practice.payTo();
        Optional<Clearinghouse> clearinghouse = practice.clearinghouse();
        Map<String, Object> columns = new HashMap<>();
        columns.put("name", Columns.fit("billing.name", billing.name(), 120));
        columns.put("npi", Columns.fit("billing.npi", billing.npi(), 10));
        columns.put("tax", Columns.fit("billing.taxId", billing.taxId(), 11));
        columns.put("ssn", billing.taxIdIsSsn());
        columns.put("taxonomy", Columns.fit("billing.taxonomy", billing.taxonomy(), 10));
        columns.put("line1", Columns.fit("billing.address.line1", address.line1(), 55));
        columns.put("line2", Columns.fit("billing.address.line2", address.line2(), 55));
        columns.put("city", Columns.fit("billing.address.city", address.city(), 30));
        columns.put("state", Columns.fit("billing.address.state", address.state(), 2));
        columns.put("zip", Columns.fit("billing.address.zip", address.zip(), 10));
        columns.put("phone", Columns.fit("billing.phone", billing.phone(), 20));
        columns.put("payToLine1", Columns.fit("payTo.line1", payTo.map(Address::line1), 55));
        columns.put("payToLine2", Columns.fit("payTo.line2", payTo.flatMap(Address::line2), 55));
        columns.put("payToCity", Columns.fit("payTo.city", payTo.map(Address::city), 30));
        columns.put("payToState", Columns.fit("payTo.state", payTo.map(Address::state), 2));
        columns.put("payToZip", Columns.fit("payTo.zip", payTo.map(Address::zip), 10));
        columns.put("submitterName", Columns.fit("clearinghouse.submitterName", clearinghouse.map(Clearinghouse::submitterName), 60));
        columns.put("submitterId", Columns.fit("clearinghouse.submitterId", clearinghouse.map(Clearinghouse::submitterId), 15));
        columns.put("contactName", Columns.fit("clearinghouse.contactName", clearinghouse.map(Clearinghouse::contactName), 60));
        columns.put("contactPhone", Columns.fit("clearinghouse.contactPhone", clearinghouse.map(Clearinghouse::contactPhone), 20));
        columns.put("receiverName", Columns.fit("clearinghouse.receiverName", clearinghouse.map(Clearinghouse::receiverName), 60));
        columns.put("receiverId", Columns.fit("clearinghouse.receiverId", clearinghouse.map(Clearinghouse::receiverId), 15));
        columns.put("pos", Columns.fit("placeOfService", practice.placeOfService(), 2));
        columns.put("locality", Columns.fit("medicareLocality", practice.medicareLocality(), 12));
        columns.put("qualifyingApm", practice.medicareQualifyingApm());
        columns.put("test", practice.test());
        return columns;
    }
}

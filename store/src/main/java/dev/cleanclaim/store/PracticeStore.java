package dev.cleanclaim.store;

import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.practice.Address;
import dev.cleanclaim.core.practice.BillingProvider;
import dev.cleanclaim.core.practice.PayerAccount;
import dev.cleanclaim.core.practice.Practice;
import dev.cleanclaim.core.practice.RenderingProvider;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The practice, its rendering providers and the payers it bills: what the practice file held before storage. */
public final class PracticeStore {

    private final Jdbi jdbi;

    PracticeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long create(Practice practice) {
        return jdbi.inTransaction(handle -> {
            BillingProvider billing = practice.billing();
            Address address = billing.address();
            long id = handle.createUpdate("""
                            INSERT INTO practice (name, npi, tax_id, tax_id_is_ssn, taxonomy, address_line1, address_line2,
                              city, state, zip, phone, submitter_name, submitter_id, contact_name, contact_phone,
                              receiver_name, receiver_id, place_of_service)
                            VALUES (:name, :npi, :tax, :ssn, :taxonomy, :line1, :line2, :city, :state, :zip, :phone,
                              :submitterName, :submitterId, :contactName, :contactPhone, :receiverName, :receiverId, :pos)""")
                    .bind("name", billing.name()).bind("npi", billing.npi()).bind("tax", billing.taxId())
                    .bind("ssn", billing.taxIdIsSsn()).bind("taxonomy", billing.taxonomy())
                    .bind("line1", address.line1()).bind("line2", address.line2().orElse(null)).bind("city", address.city())
                    .bind("state", address.state()).bind("zip", address.zip()).bind("phone", billing.phone().orElse(null))
                    .bind("submitterName", practice.clearinghouse().orElseThrow().submitterName())
                    .bind("submitterId", practice.clearinghouse().orElseThrow().submitterId())
                    .bind("contactName", practice.clearinghouse().orElseThrow().contactName())
                    .bind("contactPhone", practice.clearinghouse().orElseThrow().contactPhone())
                    .bind("receiverName", practice.clearinghouse().orElseThrow().receiverName())
                    .bind("receiverId", practice.clearinghouse().orElseThrow().receiverId())
                    .bind("pos", practice.placeOfService())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (RenderingProvider provider : practice.providers()) {
                addProvider(handle, id, provider);
            }
            for (Map.Entry<String, PayerAccount> payer : practice.payers().entrySet()) {
                handle.createUpdate("""
                                INSERT INTO payer_account (practice_id, payer_id, pack, name, electronic_id)
                                VALUES (:practice, :payer, :pack, :name, :electronic)""")
                        .bind("practice", id).bind("payer", payer.getKey()).bind("pack", payer.getValue().pack())
                        .bind("name", payer.getValue().name()).bind("electronic", payer.getValue().electronicId()).execute();
            }
            return id;
        });
    }

    public Optional<Practice> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM practice WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Practice(
                        new BillingProvider(rs.getString("name"), rs.getString("npi"), rs.getString("tax_id"),
                                rs.getBoolean("tax_id_is_ssn"), rs.getString("taxonomy"),
                                new Address(rs.getString("address_line1"), Optional.ofNullable(rs.getString("address_line2")),
                                        rs.getString("city"), rs.getString("state"), rs.getString("zip")),
                                Optional.ofNullable(rs.getString("phone"))),
                        rs.getString("submitter_name"), rs.getString("submitter_id"), rs.getString("contact_name"),
                        rs.getString("contact_phone"), rs.getString("receiver_name"), rs.getString("receiver_id"),
                        rs.getString("place_of_service"), providers(handle, id).stream().map(Stored::value).toList(),
                        payers(handle, id)))
                .findOne());
    }

    /** The workspace's practice: the first one created, if any. */
    public Optional<Long> firstId() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT MIN(id) FROM practice").mapTo(Long.class).findOne());
    }

    public List<Stored<RenderingProvider>> providers(long practiceId) {
        return jdbi.withHandle(handle -> providers(handle, practiceId));
    }

    public Stored<RenderingProvider> addProvider(long practiceId, RenderingProvider provider) {
        return jdbi.withHandle(handle -> new Stored<>(addProvider(handle, practiceId, provider), 0, provider));
    }

    private static long addProvider(Handle handle, long practiceId, RenderingProvider provider) {
        return handle.createUpdate("""
                        INSERT INTO provider (practice_id, first_name, last_name, provider_type, npi, taxonomy, license)
                        VALUES (:practice, :first, :last, :type, :npi, :taxonomy, :license)""")
                .bind("practice", practiceId).bind("first", provider.firstName()).bind("last", provider.lastName())
                .bind("type", provider.type().name()).bind("npi", provider.npi()).bind("taxonomy", provider.taxonomy())
                .bind("license", provider.licenseNumber().orElse(null))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static List<Stored<RenderingProvider>> providers(Handle handle, long practiceId) {
        return handle.createQuery("SELECT * FROM provider WHERE practice_id = :practice ORDER BY id").bind("practice", practiceId)
                .map((rs, ctx) -> new Stored<>(rs.getLong("id"), 0, new RenderingProvider(rs.getString("first_name"),
                        rs.getString("last_name"), ProviderType.valueOf(rs.getString("provider_type")), rs.getString("npi"),
                        rs.getString("taxonomy"), Optional.ofNullable(rs.getString("license")))))
                .list();
    }

    private static Map<String, PayerAccount> payers(Handle handle, long practiceId) {
        Map<String, PayerAccount> payers = new LinkedHashMap<>();
        handle.createQuery("SELECT * FROM payer_account WHERE practice_id = :practice ORDER BY id").bind("practice", practiceId)
                .map((rs, ctx) -> Map.entry(rs.getString("payer_id"), new PayerAccount(rs.getString("pack"),
                        rs.getString("name"), rs.getString("electronic_id"), Optional.empty())))
                .forEach(entry -> payers.put(entry.getKey(), entry.getValue()));
        return payers;
    }
}

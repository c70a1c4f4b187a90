package dev.cleanclaim.core.practice;

import dev.cleanclaim.core.catalog.ProviderType;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The practice behind every claim it sends: billing provider, where payments go, the clearinghouse it sends
 * through, its rendering providers and the payers it bills (its payer directory).
 *
 * @param payTo            where payers send payment when it is not the billing address (837P loop 2010AB)
 * @param clearinghouse    empty until the practice has one: then only paper claims and patient papers can be made
 * @param placeOfService   the CMS place-of-service code claims use by default (11 = office)
 * @param medicareLocality the Medicare payment locality (MAC number and locality, e.g. "02402-01"), for pricing;
 *                         empty: Medicare lines are priced at the national amounts, and the claims say so
 * @param medicareQualifyingApm the practice is a qualifying APM participant, paid at the higher Medicare conversion
 *                         factor from 2026; false for most practices
 * @param test             a demonstration practice: its identifiers are made up and its 837P files are marked
 *                         as test data (ISA15 T), so no payer ever processes them
 * @param payers           the practice's payer directory, by the payer id patients and visits name
 */
public record Practice(BillingProvider billing, Optional<Address> payTo, Optional<Clearinghouse> clearinghouse,
                       String placeOfService, Optional<String> medicareLocality, boolean medicareQualifyingApm,
                       boolean test, List<RenderingProvider> providers, Map<String, PayerAccount> payers) {

    public Practice {
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(payTo, "payTo");
        Objects.requireNonNull(clearinghouse, "clearinghouse");
        Objects.requireNonNull(placeOfService, "placeOfService");
        Objects.requireNonNull(medicareLocality, "medicareLocality");
        providers = List.copyOf(providers);
        payers = Map.copyOf(payers);
    }

    /** A practice paid at the usual Medicare conversion factor, as nearly every practice is. */
    public Practice(BillingProvider billing, Optional<Address> payTo, Optional<Clearinghouse> clearinghouse,
                    String placeOfService, Optional<String> medicareLocality, boolean test,
                    List<RenderingProvider> providers, Map<String, PayerAccount> payers) {
        this(billing, payTo, clearinghouse, placeOfService, medicareLocality, false, test, providers, payers);
    }

    /** A practice as older practice files describe it: one clearinghouse, no pay-to address, no locality. */
    public Practice(BillingProvider billing, String submitterName, String submitterId, String contactName,
                    String contactPhone, String receiverName, String receiverId, String placeOfService,
                    List<RenderingProvider> providers, Map<String, PayerAccount> payers) {
        this(billing, Optional.empty(), Optional.of(new Clearinghouse(submitterName, submitterId, contactName,
                contactPhone, receiverName, receiverId)), placeOfService, Optional.empty(), false, providers, payers);
    }

    public Optional<RenderingProvider> provider(String npi) {
        return providers.stream().filter(provider -> provider.npi().equals(npi)).findFirst();
    }

    /**
     * Who employs the provider with this NPI, read from its supervisor: a massage therapist supervised by a
     * chiropractor or physician works for them, which is what a visit's {@code provider.employedBy} says (payers such as
     * the Blue Cross plan bill that service under the employer with U7). Empty for anyone else.
     */
    public Optional<ProviderType> employerOf(String npi) {
        return provider(npi).filter(provider -> provider.type() == ProviderType.LMT)
                .flatMap(RenderingProvider::supervisorNpi).flatMap(this::provider).map(RenderingProvider::type)
                .filter(type -> type == ProviderType.DC || type == ProviderType.MD || type == ProviderType.DO);
    }

    public Optional<PayerAccount> payer(String id) {
        return Optional.ofNullable(payers.get(id));
    }

    public Practice withProviders(List<RenderingProvider> newProviders) {
        return new Practice(billing, payTo, clearinghouse, placeOfService, medicareLocality, medicareQualifyingApm, test,
                newProviders, payers);
    }

    public Practice withPayers(Map<String, PayerAccount> newPayers) {
        return new Practice(billing, payTo, clearinghouse, placeOfService, medicareLocality, medicareQualifyingApm, test,
                providers, newPayers);
    }
}

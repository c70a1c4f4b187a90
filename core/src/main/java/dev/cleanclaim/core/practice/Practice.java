package dev.cleanclaim.core.practice;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The practice behind every claim it sends: billing provider, the clearinghouse submitter and receiver ids,
 * its rendering providers and the payers it bills. Read from a practice file until storage exists.
 *
 * @param placeOfService the CMS place-of-service code claims use by default (11 = office)
 * @param payers         by the payer id visits name
 */
public record Practice(BillingProvider billing, String submitterName, String submitterId, String contactName,
                       String contactPhone, String receiverName, String receiverId, String placeOfService,
                       List<RenderingProvider> providers, Map<String, PayerAccount> payers) {

    public Practice {
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(submitterName, "submitterName");
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(contactPhone, "contactPhone");
        Objects.requireNonNull(receiverName, "receiverName");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(placeOfService, "placeOfService");
        providers = List.copyOf(providers);
        payers = Map.copyOf(payers);
    }

    public Optional<RenderingProvider> provider(String npi) {
        return providers.stream().filter(provider -> provider.npi().equals(npi)).findFirst();
    }

    public Optional<PayerAccount> payer(String id) {
        return Optional.ofNullable(payers.get(id));
    }
}

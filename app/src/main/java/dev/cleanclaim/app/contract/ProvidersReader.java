package dev.cleanclaim.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleanclaim.core.identifier.FieldWidths;
import dev.cleanclaim.core.catalog.ProviderType;
import dev.cleanclaim.core.practice.RenderingProvider;
import dev.cleanclaim.core.reference.ReferenceCodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a practice file's rendering providers. An NPI appears once; a supervisor is named by the NPI of another
 * provider in the same file, so a PTA's claims can go out under the supervising PT.
 */
final class ProvidersReader {

    private static final Set<String> FIELDS = Set.of("firstName", "lastName", "type", "npi", "taxonomy", "license",
            "licenseState", "active", "supervisor");

    /** Column widths of the provider table (store migration V1), which match the 837P's NM1 name elements. */
    static final int FIRST_NAME = FieldWidths.FIRST_NAME;
    static final int LAST_NAME = FieldWidths.LAST_NAME;
    static final int LICENSE = 40;

    private final PracticeFields fields;
    private final ReferenceCodes references;

    ProvidersReader(PracticeFields fields, ReferenceCodes references) {
        this.fields = fields;
        this.references = references;
    }

    /** One provider as read, with its path, so that later checks across providers can name it. */
    private record Read(String path, RenderingProvider provider) {
    }

    List<RenderingProvider> read(JsonNode root) {
        return read(root, false);
    }

    /**
     * @param supervisorsStored whether a supervisor may be a provider stored already rather than one of this list (one
     *                          provider written through the API or a page; the store checks it exists)
     */
    List<RenderingProvider> read(JsonNode root, boolean supervisorsStored) {
        List<Read> read = fields.json().array(root, "providers", "$.providers",
                element -> provider(element.node(), element.path()).map(provider -> new Read(element.path(), provider)));
        Map<String, String> pathByNpi = new HashMap<>();
        Map<String, RenderingProvider> byNpi = new HashMap<>();
        List<RenderingProvider> providers = new ArrayList<>();
        for (Read each : read) {
            byNpi.putIfAbsent(each.provider().npi(), each.provider());
            String earlier = pathByNpi.putIfAbsent(each.provider().npi(), each.path());
            if (earlier != null) {
                fields.json().problem(each.path() + ".npi", "NPI " + each.provider().npi() + " is already the NPI of "
                        + earlier + "; each provider appears once");
            } else {
                providers.add(each.provider());
            }
        }
        for (Read each : read) {
            each.provider().supervisorNpi().ifPresent(supervisor -> {
                if (supervisor.equals(each.provider().npi())) {
                    fields.json().problem(each.path() + ".supervisor", "a provider cannot supervise themselves; name"
                            + " the NPI of the supervising provider");
                } else if (!supervisorsStored && !pathByNpi.containsKey(supervisor)) {
                    fields.json().problem(each.path() + ".supervisor", "no provider in this file has NPI " + supervisor
                            + "; the supervisor must be listed under providers too");
                } else {
                    // one provider written alone is checked against the stored ones by the workspace (PracticeAdmin)
                    SupervisionCheck.supervisorProblem(each.provider(), Optional.ofNullable(byNpi.get(supervisor)))
                            .ifPresent(problem -> fields.json().problem(each.path() + ".supervisor", problem));
                }
            });
        }
        return providers;
    }

    private Optional<RenderingProvider> provider(JsonNode node, String path) {
        JsonFields json = fields.json();
        if (!json.object(node, path, FIELDS)) {
            return Optional.empty();
        }
        Optional<String> first = fields.text(node, "firstName", path + ".firstName", true, "a first name", FIRST_NAME);
        Optional<String> last = fields.text(node, "lastName", path + ".lastName", true, "a last name", LAST_NAME);
        Optional<ProviderType> type = json.text(node, "type", path + ".type", true, "a provider type such as LMT")
                .flatMap(text -> {
                    Optional<ProviderType> parsed = ProviderType.parse(text);
                    if (parsed.isEmpty()) {
                        json.problem(path + ".type", "unknown provider type \"" + text + "\"; expected LMT, PT, PTA, OT, OTA, DC, MD or DO");
                    }
                    return parsed;
                });
        Optional<String> npi = json.npi(node, "npi", path + ".npi", true);
        Optional<String> taxonomy = taxonomy(node, path, json, references);
        Optional<String> license = fields.text(node, "license", path + ".license", false, "the state licence number", LICENSE);
        Optional<String> licenseState = json.text(node, "licenseState", path + ".licenseState", false,
                "the USPS code of the state that issued the licence, e.g. OR").map(text -> text.toUpperCase(Locale.ROOT));
        if (licenseState.isPresent() && references.state(licenseState.get()).isEmpty()) {
            json.problem(path + ".licenseState", "unknown state \"" + licenseState.get() + "\"; expected a USPS code such as OR or NY");
            licenseState = Optional.empty();
        }
        boolean active = fields.flag(node, "active", path + ".active", true);
        Optional<String> supervisor = json.npi(node, "supervisor", path + ".supervisor", false);
        if (first.isEmpty() || last.isEmpty() || type.isEmpty() || npi.isEmpty() || taxonomy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RenderingProvider(first.get(), last.get(), type.get(), npi.get(), taxonomy.get(), license,
                licenseState, active, supervisor));
    }

    static Optional<String> taxonomy(JsonNode node, String path, JsonFields fields, ReferenceCodes references) {
        Optional<String> code = fields.text(node, "taxonomy", path + ".taxonomy", true,
                "a NUCC taxonomy code, e.g. 225700000X (massage therapist)");
        if (code.isPresent() && references.taxonomy(code.get()).isEmpty()) {
            fields.problem(path + ".taxonomy", "\"" + code.get() + "\" is not a NUCC provider taxonomy code; massage therapist"
                    + " 225700000X, physical therapist 225100000X, chiropractor 111N00000X, occupational therapist 225X00000X");
            return Optional.empty();
        }
        return code;
    }
}

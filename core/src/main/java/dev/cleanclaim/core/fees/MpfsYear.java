package dev.cleanclaim.core.fees;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One calendar year of the Medicare physician fee schedule: the RVUs of the release cleanclaim holds for the year and
 * the GPCIs of every locality that year (none when the rule data lacks that year's GPCI file).
 *
 * @param release e.g. "CMS MPFS RVU26C (July 2026)", quoted where amounts are explained
 */
public record MpfsYear(int year, String release, Map<String, Rvu> rvus, Map<MedicareLocality, Gpci> gpcis) {

    public MpfsYear {
        Objects.requireNonNull(release, "release");
        rvus = Map.copyOf(rvus);
        gpcis = Map.copyOf(gpcis);
    }

    public Optional<Rvu> rvu(String code) {
        return Optional.ofNullable(rvus.get(code));
    }

    public Optional<Gpci> gpci(MedicareLocality locality) {
        return Optional.ofNullable(gpcis.get(locality));
    }
}

package dev.cleanclaim.core.catalog;

import dev.cleanclaim.core.ruledata.UniqueIndex;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every procedure code cleanclaim bills, with the dates each is in force. */
public final class CodeCatalog {

    private static final Pattern CPT_CATEGORY_II = Pattern.compile("\\d{4}F");
    private static final Pattern CPT_CATEGORY_III = Pattern.compile("\\d{4}T");
    private static final Pattern CPT_OR_HCPCS = Pattern.compile("\\d{5}|[A-V]\\d{4}");
    // PCS: seven characters, the first a section (0-9, B, C, D, F, G, H, X), never I or O, and always some digit.
    private static final Pattern ICD10_PCS = Pattern.compile("(?=.*[0-9])[0-9BCDFGHX][0-9A-HJ-NP-Z]{6}");

    private final Map<String, CatalogCode> byCode;

    public CodeCatalog(Collection<CatalogCode> codes) {
        this.byCode = Collections.unmodifiableMap(new HashMap<>(UniqueIndex.byKey(codes, CatalogCode::code, "code")));
    }

    public Optional<CatalogCode> find(String code) {
        CatalogCode exact = byCode.get(code);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byCode.get(normalize(code)));
    }

    public List<CatalogCode> all() {
        return byCode.values().stream().sorted(Comparator.comparing(CatalogCode::code)).toList();
    }

    /** The code's entry when it is in force on the epoch day, else null: the fast path of every claim line. */
    public CatalogCode inForce(String code, long epochDay) {
        CatalogCode entry = byCode.get(code);
        return entry != null && entry.period().contains(epochDay) ? entry : null;
    }

    /** Looks a code up for a date of service: found, unknown (with what the text looks like), deleted or not yet in force. */
    public CodeLookup lookup(String code, LocalDate dateOfService) {
        CatalogCode exact = byCode.get(code);
        String normalized = exact != null ? code : normalize(code);
        CatalogCode entry = exact != null ? exact : byCode.get(normalized);
        if (entry == null) {
            return new CodeLookup.Unknown(normalized, explainUnknown(normalized));
        }
        if (entry.period().contains(dateOfService.toEpochDay())) {
            return new CodeLookup.Found(entry);
        }
        if (entry.period().endsBefore(dateOfService)) {
            return new CodeLookup.Deleted(entry, entry.period().through().orElseThrow());
        }
        if (entry.period().startsAfter(dateOfService)) {
            return new CodeLookup.NotYetEffective(entry, entry.period().from().orElseThrow());
        }
        return new CodeLookup.Found(entry);
    }

    public static String normalize(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    // The shape of an unknown code usually tells the biller what went wrong, so say it.
    private static String explainUnknown(String code) {
        if (CPT_CATEGORY_II.matcher(code).matches()) {
            return code + " is a CPT Category II code: a performance measure that carries no payment and is not billed for therapy";
        }
        if (CPT_CATEGORY_III.matcher(code).matches()) {
            return code + " is a CPT Category III code for emerging technology; cleanclaim's catalog does not bill it";
        }
        if (CPT_OR_HCPCS.matcher(code).matches()) {
            return code + " is not in cleanclaim's catalog of massage, manual-therapy, physical-medicine and chiropractic codes";
        }
        if (ICD10_PCS.matcher(code).matches()) {
            return code + " looks like an ICD-10-PCS code: PCS codes describe inpatient hospital procedures"
                    + " and never go on a professional claim (CMS-1500/837P); bill a CPT/HCPCS code instead";
        }
        return code + " is not a CPT or HCPCS code (expected five digits, or a letter and four digits)";
    }
}

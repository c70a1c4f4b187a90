package dev.cleanclaim.core.ncci;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Medically unlikely edits by code, for one quarter's practitioner file. */
public final class MueTable {

    private final Map<String, MueEdit> byCode = new HashMap<>();
    private final String edition;
    private final LocalDate effective;

    /** @param effective the first date of service the file is in force for ("Eff_04-01-2026" in CMS's name) */
    public MueTable(Collection<MueEdit> edits, String edition, LocalDate effective) {
        this.edition = edition;
        this.effective = Objects.requireNonNull(effective, "effective");
        for (MueEdit edit : edits) {
            if (byCode.putIfAbsent(edit.code(), edit) != null) {
                throw new IllegalArgumentException("MUE for " + edit.code() + " is listed twice");
            }
        }
    }

    public Optional<MueEdit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }

    public String edition() {
        return edition;
    }

    public LocalDate effective() {
        return effective;
    }
}

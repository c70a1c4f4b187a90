package dev.cleanclaim.core.ruledata;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Indexes rule data by its id, in data order, refusing an id listed twice: a silent overwrite would hide a typo. */
public final class UniqueIndex {

    private UniqueIndex() {
    }

    /** @param what names the kind of entry in the error, e.g. "code" or "payer" */
    public static <T> Map<String, T> byKey(Collection<T> entries, Function<T, String> key, String what) {
        Map<String, T> index = new LinkedHashMap<>();
        for (T entry : entries) {
            String id = key.apply(entry);
            if (index.putIfAbsent(id, entry) != null) {
                throw new IllegalArgumentException(what + " " + id + " is listed twice");
            }
        }
        return index;
    }
}

package dev.cleanclaim.app.workspace;

import dev.cleanclaim.core.client.LikelyDuplicate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A record already on file that looks like the client being saved, and why it does. */
public record DuplicateCandidate(long id, String name, LocalDate birthDate, String accountNumber,
                                 List<LikelyDuplicate.Reason> reasons) {
    public DuplicateCandidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(accountNumber, "accountNumber");
        reasons = List.copyOf(reasons);
    }

    public String href() {
        return "/patients/" + id;
    }

    /** "patient 12, Ana Garcia, born 1980-04-12, account A1001 (same name and birth date)". */
    public String sentence() {
        return "patient " + id + ", " + name + ", born " + birthDate + ", account " + accountNumber + " ("
                + reasons.stream().map(LikelyDuplicate.Reason::words).collect(Collectors.joining(", ")) + ")";
    }

    public String reasonWords() {
        return reasons.stream().map(LikelyDuplicate.Reason::words).collect(Collectors.joining(", "));
    }
}

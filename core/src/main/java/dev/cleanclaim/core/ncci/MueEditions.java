package dev.cleanclaim.core.ncci;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Every MUE table rule data holds, each in force from its effective date until the next one's: CMS revises values
 * quarterly, so a visit is checked against the table of its own date of service.
 */
public final class MueEditions {

    private final List<MueTable> tables;

    public MueEditions(List<MueTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("rule data must hold at least one MUE table");
        }
        this.tables = tables.stream().sorted(Comparator.comparing(MueTable::effective)).toList();
        for (int i = 1; i < this.tables.size(); i++) {
            if (this.tables.get(i).effective().equals(this.tables.get(i - 1).effective())) {
                throw new IllegalArgumentException("two MUE tables take effect on " + this.tables.get(i).effective()
                        + ": " + this.tables.get(i - 1).edition() + " and " + this.tables.get(i).edition());
            }
        }
    }

    /**
     * The table in force on the date: the latest that took effect by then. A date before every table gets the
     * earliest, the nearest CMS values held (the MUE finding names the edition it used).
     */
    public MueTable forDate(LocalDate dateOfService) {
        MueTable chosen = tables.get(0);
        for (MueTable table : tables) {
            if (!table.effective().isAfter(dateOfService)) {
                chosen = table;
            }
        }
        return chosen;
    }

    /** The newest table, for screens that show today's values. */
    public MueTable newest() {
        return tables.get(tables.size() - 1);
    }

    /** The tables, oldest first. */
    public List<MueTable> tables() {
        return tables;
    }
}

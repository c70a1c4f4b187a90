package dev.cleanclaim.rules;

import dev.cleanclaim.core.fees.FeeSchedule;
import dev.cleanclaim.core.fees.SessionPrice;
import dev.cleanclaim.core.money.Money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads fee-schedule.yaml: the practice's charge per unit of each code, and its self-pay session prices. */
final class FeeScheduleReader {

    static final String FILE = "fee-schedule.yaml";

    // Plain beans, so an unknown key is reported at its own line (see TechniqueMapReader).
    static final class Schedule {
        public String name;
        public Map<String, Fee> fees;
        public List<Session> sessions;
    }

    static final class Session {
        public String code;
        public Integer minutes;
        public String price;
        public String source;
    }

    static final class Fee {
        public String perUnit;
        public String source;
    }

    private FeeScheduleReader() {
    }

    static FeeSchedule read(RuleDataSource source) {
        Schedule schedule = YamlFiles.read(source, FILE, YamlFiles.types().constructType(Schedule.class));
        String name = source.describe(FILE);
        if (schedule.name == null || schedule.name.isBlank() || schedule.fees == null) {
            throw new RuleDataException(name, "needs a name and fees");
        }
        Map<String, Money> fees = new HashMap<>();
        for (Map.Entry<String, Fee> entry : schedule.fees.entrySet()) {
            String code = entry.getKey();
            Fee fee = entry.getValue();
            if (fee == null || fee.perUnit == null) {
                throw new RuleDataException(name, "code " + code + " has no perUnit amount");
            }
            Money amount;
            try {
                amount = Money.parse(fee.perUnit);
            } catch (IllegalArgumentException e) {
                throw new RuleDataException(name, "code " + code + ": " + e.getMessage(), e);
            }
            if (amount.cents() < 0) {
                throw new RuleDataException(name, "code " + code + ": a fee cannot be negative");
            }
            fees.put(code, amount);
        }
        return new FeeSchedule(schedule.name, fees, Map.of(), sessions(schedule, name));
    }

    private static List<SessionPrice> sessions(Schedule schedule, String name) {
        List<SessionPrice> sessions = new ArrayList<>();
        if (schedule.sessions == null) {
            return sessions;
        }
        for (Session session : schedule.sessions) {
            if (session == null || session.code == null || session.minutes == null || session.price == null) {
                throw new RuleDataException(name, "a session needs a code, minutes and a price");
            }
            try {
                Money price = Money.parse(session.price);
                if (price.cents() < 0) {
                    throw new IllegalArgumentException("a price cannot be negative");
                }
                sessions.add(new SessionPrice(session.code, session.minutes, price));
            } catch (IllegalArgumentException e) {
                throw new RuleDataException(name, "session " + session.code + ": " + e.getMessage(), e);
            }
        }
        return sessions;
    }
}

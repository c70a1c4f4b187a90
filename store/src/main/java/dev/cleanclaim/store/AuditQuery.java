package dev.cleanclaim.store;

import org.jdbi.v3.core.statement.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit entries to show: by user, action, record (entity and id: "patient" 42 is who saw or changed that
 * patient) and time, each left out to take all.
 *
 * @param from  the first instant included
 * @param until the first instant no longer included
 */
public record AuditQuery(Optional<String> user, Optional<String> action, Optional<String> entity,
                         Optional<String> entityId, Optional<Instant> from, Optional<Instant> until) {

    public static final AuditQuery ALL = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public AuditQuery {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    String where() {
        List<String> conditions = new ArrayList<>();
        user.ifPresent(value -> conditions.add("user_name = :user"));
        action.ifPresent(value -> conditions.add("action = :action"));
        entity.ifPresent(value -> conditions.add("entity = :entity"));
        entityId.ifPresent(value -> conditions.add("entity_id = :entityId"));
        from.ifPresent(value -> conditions.add("occurred_at >= :from"));
        until.ifPresent(value -> conditions.add("occurred_at < :until"));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Query bindTo(Query query) {
        user.ifPresent(value -> query.bind("user", value));
        action.ifPresent(value -> query.bind("action", value));
        entity.ifPresent(value -> query.bind("entity", value));
        entityId.ifPresent(value -> query.bind("entityId", value));
        from.ifPresent(value -> query.bind("from", Timestamp.from(value)));
        until.ifPresent(value -> query.bind("until", Timestamp.from(value)));
        return query;
    }
}

package dev.cleanclaim.app.web.page;

import dev.cleanclaim.app.workspace.Actor;
import dev.cleanclaim.app.workspace.Workspace;
import dev.cleanclaim.core.patient.Person;
import dev.cleanclaim.store.PatientRecord;
import dev.cleanclaim.store.Stored;

import java.util.HashMap;
import java.util.Map;

/** Names of the patients an actor may see, for lists of claims (one audited list instead of a read per row). */
final class PatientNames {

    private PatientNames() {
    }

    static Map<Long, String> visibleTo(Workspace workspace, Actor actor) {
        Map<Long, String> names = new HashMap<>();
        for (Stored<PatientRecord> patient : workspace.patients().list(actor)) {
            names.put(patient.id(), name(patient.value().patient().person()));
        }
        return names;
    }

    static String name(Person person) {
        return person.lastName() + ", " + person.firstName();
    }
}

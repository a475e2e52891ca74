package org.programmeregistry.application.port.in.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.programmeregistry.application.port.in.TerritoryName;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.programme.EventStatus;

/** An event with its delegations and signatures, territories named as on its first day (T1). */
public record EventView(
        String programmeId,
        int number,
        Optional<Integer> module,
        Optional<String> moduleName,
        EventKind kind,
        String title,
        String city,
        TerritoryName venue,
        LocalDate start,
        LocalDate end,
        EventStatus status,
        List<String> targetGroups,
        List<Delegation> delegations,
        List<Signature> signatures,
        long version) {

    /**
     * The same event with every person known by position and institution only (name absent):
     * what a list or a fact sheet may show. Only a look at one event shows participants' names.
     */
    public EventView withoutNames() {
        return new EventView(programmeId, number, module, moduleName, kind, title, city, venue, start, end, status, targetGroups,
                delegations.stream().map(Delegation::withoutNames).toList(),
                signatures.stream().map(s -> new Signature(s.deliverable(), s.deliverableTitle(), s.territory(), s.signatory().withoutName()))
                        .toList(),
                version);
    }

    /** {@code name} is absent where a view leaves names out. */
    public record Person(String name, String position, String institution) {

        Person withoutName() {
            return new Person(null, position, institution);
        }
    }

    public record Delegation(TerritoryName territory, Person head, List<Person> members) {

        Delegation withoutNames() {
            return new Delegation(territory, head.withoutName(), members.stream().map(Person::withoutName).toList());
        }
    }

    public record Signature(int deliverable, String deliverableTitle, TerritoryName territory, Person signatory) {
    }
}

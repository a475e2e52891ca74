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

    public record Person(String name, String position, String institution) {
    }

    public record Delegation(TerritoryName territory, Person head, List<Person> members) {
    }

    public record Signature(int deliverable, String deliverableTitle, TerritoryName territory, Person signatory) {
    }
}

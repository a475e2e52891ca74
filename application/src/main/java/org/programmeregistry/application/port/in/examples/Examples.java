package org.programmeregistry.application.port.in.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.organisation.OrganisationType;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.PartnerRole;

/**
 * Example organisations and programmes, as the files of {@code docs/examples} describe them:
 * what a programme officer would enter, step by step, through the use cases. Absent lists
 * are empty.
 */
public record Examples(List<Organisation> organisations, List<Programme> programmes) {

    public Examples {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /** These examples followed by {@code more}, in that order. */
    public Examples and(Examples more) {
        List<Organisation> allOrganisations = new ArrayList<>(organisations);
        allOrganisations.addAll(more.organisations);
        List<Programme> allProgrammes = new ArrayList<>(programmes);
        allProgrammes.addAll(more.programmes);
        return new Examples(allOrganisations, allProgrammes);
    }

    public record Organisation(String acronym, String name, OrganisationType type, String iatiIdentifier, List<Office> offices) {
        public Organisation {
            offices = offices == null ? List.of() : List.copyOf(offices);
        }
    }

    public record Office(String territory, LocalDate openedOn) {
    }

    /** A programme, and the dates on which it was started and finalised, when it was. */
    public record Programme(String id, String title, String summary, LocalDate plannedStart, LocalDate plannedEnd, List<String> beneficiaries,
            List<Role> roles, OfficeReference coordinatingOffice, List<Contribution> contributions, List<Module> modules,
            List<Deliverable> deliverables, List<String> sdgTargets, LocalDate started, List<Event> events, LocalDate finalised,
            boolean closed) {
        public Programme {
            beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
            roles = roles == null ? List.of() : List.copyOf(roles);
            contributions = contributions == null ? List.of() : List.copyOf(contributions);
            modules = modules == null ? List.of() : List.copyOf(modules);
            deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
            sdgTargets = sdgTargets == null ? List.of() : List.copyOf(sdgTargets);
            events = events == null ? List.of() : List.copyOf(events);
        }
    }

    public record Role(String organisation, PartnerRole role) {
    }

    public record OfficeReference(String organisation, String territory) {
    }

    public record Contribution(String donor, String instrument, BigDecimal amount, String currency) {
    }

    public record Module(int number, String name, String lead) {
    }

    /** A national deliverable names its territory; a regional one names none. */
    public record Deliverable(DeliverableKind kind, String title, String territory) {
    }

    /** The {@code deliverable}'s number in its programme, signed for {@code territory}. */
    public record Signature(int deliverable, String territory) {
    }

    public record Delegation(String territory, Person head, List<Person> members) {
        public Delegation {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /** {@code module} is absent for a programme-level event. */
    public record Event(Integer module, EventKind kind, String title, String city, String territory, LocalDate start, LocalDate end,
            List<String> targetGroups, List<Delegation> delegations, boolean held, List<Signature> signatures) {
        public Event {
            targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
            delegations = delegations == null ? List.of() : List.copyOf(delegations);
            signatures = signatures == null ? List.of() : List.copyOf(signatures);
        }
    }
}

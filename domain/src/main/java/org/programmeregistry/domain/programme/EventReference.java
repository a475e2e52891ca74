package org.programmeregistry.domain.programme;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * What a programme keeps of each event it scheduled: everything the rules that span a
 * programme and its events need (module P8/E2, dates E1, status E6/E7, the territories with a
 * delegation E4, the deliverables signed E5/P10). Every change of an event goes through its
 * programme, which updates this record, so the programme's version moves with every event
 * change and its optimistic lock serialises them.
 */
public record EventReference(int number, Optional<Integer> module, Period dates, EventStatus status,
        Set<TerritoryCode> delegations, Set<SignedDeliverable> signatures) {

    public EventReference {
        if (number < 1) {
            throw new IllegalArgumentException("events are numbered from 1");
        }
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(status, "status");
        delegations = Set.copyOf(delegations);
        signatures = Set.copyOf(signatures);
    }

    /** A newly scheduled event: no delegation, no signature. */
    public static EventReference scheduled(int number, Optional<Integer> module, Period dates) {
        return new EventReference(number, module, dates, EventStatus.SCHEDULED, Set.of(), Set.of());
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean hasDelegationFrom(TerritoryCode territory) {
        return delegations.contains(territory);
    }

    public boolean isSigned(int deliverable, TerritoryCode territory) {
        return signatures.contains(new SignedDeliverable(deliverable, territory));
    }

    EventReference withStatus(EventStatus newStatus) {
        return new EventReference(number, module, dates, newStatus, delegations, signatures);
    }

    EventReference withDelegation(TerritoryCode territory) {
        Set<TerritoryCode> more = new HashSet<>(delegations);
        more.add(territory);
        return new EventReference(number, module, dates, status, more, signatures);
    }

    EventReference withoutDelegation(TerritoryCode territory) {
        Set<TerritoryCode> fewer = new HashSet<>(delegations);
        fewer.remove(territory);
        return new EventReference(number, module, dates, status, fewer, signatures);
    }

    EventReference withSignature(SignedDeliverable signature) {
        Set<SignedDeliverable> more = new HashSet<>(signatures);
        more.add(signature);
        return new EventReference(number, module, dates, status, delegations, more);
    }
}

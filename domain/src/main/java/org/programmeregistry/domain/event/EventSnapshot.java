package org.programmeregistry.domain.event;

import java.util.List;
import java.util.Objects;
import org.programmeregistry.domain.programme.EventStatus;

/** Everything an event holds, as immutable values, for storage and for comparing states. */
public record EventSnapshot(EventId id, EventDetails details, EventStatus status, List<Delegation> delegations,
        List<Signature> signatures, long version) {

    public EventSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        delegations = List.copyOf(delegations);
        signatures = List.copyOf(signatures);
    }
}

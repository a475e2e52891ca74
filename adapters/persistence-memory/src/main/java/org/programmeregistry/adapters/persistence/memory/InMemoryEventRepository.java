package org.programmeregistry.adapters.persistence.memory;

import java.util.List;
import java.util.Optional;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.port.out.EventRepository;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.EventId;
import org.programmeregistry.domain.event.EventSnapshot;
import org.programmeregistry.domain.programme.ProgrammeId;

final class InMemoryEventRepository implements EventRepository {

    private final InMemoryPersistence persistence;

    InMemoryEventRepository(InMemoryPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Optional<Event> find(EventId id) {
        return Optional.ofNullable(persistence.state().events.get(id)).map(Event::reconstitute);
    }

    @Override
    public List<Event> ofProgramme(ProgrammeId programme) {
        return persistence.state().events.values().stream().filter(e -> e.id().programme().equals(programme))
                .map(Event::reconstitute).toList();
    }

    @Override
    public void add(Event event) {
        EventSnapshot snapshot = event.snapshot();
        if (persistence.writableState().events.putIfAbsent(event.id(), withVersion(snapshot, 0)) != null) {
            throw new ConcurrentChangeException(event.id().toString());
        }
    }

    @Override
    public void update(Event event) {
        var stored = persistence.writableState().events;
        EventSnapshot current = stored.get(event.id());
        if (current == null || current.version() != event.version()) {
            throw new ConcurrentChangeException(event.id().toString());
        }
        stored.put(event.id(), withVersion(event.snapshot(), event.version() + 1));
    }

    private static EventSnapshot withVersion(EventSnapshot s, long version) {
        return new EventSnapshot(s.id(), s.details(), s.status(), s.delegations(), s.signatures(), version);
    }
}

package org.programmeregistry.application.port.out;

import java.util.List;
import java.util.Optional;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.EventId;
import org.programmeregistry.domain.programme.ProgrammeId;

/** Stores events, keyed by their programme and number. */
public interface EventRepository {

    Optional<Event> find(EventId id);

    /** The events of one programme, by number. */
    List<Event> ofProgramme(ProgrammeId programme);

    void add(Event event);

    void update(Event event);
}

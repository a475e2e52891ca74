package org.programmeregistry.application.port.in.event;

import java.util.List;

/** The events of a programme, by number. */
public interface ListEventsQuery {

    List<EventView> eventsOf(String programmeId);
}

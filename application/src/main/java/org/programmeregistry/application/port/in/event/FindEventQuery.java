package org.programmeregistry.application.port.in.event;

/** Reads one event of a programme by its number. */
public interface FindEventQuery {

    EventView find(String programmeId, int number);
}

package org.programmeregistry.domain.event;

/** An event is scheduled, then held or cancelled. */
public enum EventStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}

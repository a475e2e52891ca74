package org.programmeregistry.domain.programme;

/** An event is scheduled, then held or cancelled; its programme keeps the status (E6, E7). */
public enum EventStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}

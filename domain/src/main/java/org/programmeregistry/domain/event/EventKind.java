package org.programmeregistry.domain.event;

/** What sort of gathering an event is. */
public enum EventKind {
    CONSULTATION_EVENT("Consultation event"),
    SEMINAR("Seminar"),
    CONFERENCE("Conference"),
    WORKSHOP("Workshop");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

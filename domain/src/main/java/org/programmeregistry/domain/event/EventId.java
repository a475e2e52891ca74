package org.programmeregistry.domain.event;

import java.util.Objects;
import org.programmeregistry.domain.programme.ProgrammeId;

/** An event is numbered within the programme that scheduled it: programme XM-1, event 2. */
public record EventId(ProgrammeId programme, int number) {

    public EventId {
        Objects.requireNonNull(programme, "programme");
        if (number < 1) {
            throw new IllegalArgumentException("events are numbered from 1");
        }
    }

    @Override
    public String toString() {
        return programme + " event " + number;
    }
}

package org.programmeregistry.domain.programme;

import java.util.Objects;
import java.util.Optional;
import org.programmeregistry.domain.Period;

/**
 * What a programme remembers of each event it scheduled: enough to keep modules with events
 * (P8) and event dates inside its period (E1) without loading the events.
 */
public record EventReference(int number, Optional<Integer> module, Period dates) {

    public EventReference {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(dates, "dates");
    }
}

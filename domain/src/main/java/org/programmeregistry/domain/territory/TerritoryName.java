package org.programmeregistry.domain.territory;

import java.time.LocalDate;
import java.util.Objects;
import org.programmeregistry.domain.Period;

/** A name a territory bore during a span of days (both ends inclusive; null ends unbounded). */
public record TerritoryName(String name, Period validity) {

    public TerritoryName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validity, "validity");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a territory name is not blank");
        }
    }

    public boolean validOn(LocalDate day) {
        return validity.contains(day);
    }
}

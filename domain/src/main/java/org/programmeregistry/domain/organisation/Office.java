package org.programmeregistry.domain.organisation;

import java.time.LocalDate;
import java.util.Objects;
import org.programmeregistry.domain.territory.TerritoryCode;

/** An organisation's presence in a territory, open since a date ("IOM has had a presence in Hungary since 1992"). */
public record Office(TerritoryCode territory, LocalDate openedOn) {

    public Office {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(openedOn, "openedOn");
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(openedOn);
    }
}

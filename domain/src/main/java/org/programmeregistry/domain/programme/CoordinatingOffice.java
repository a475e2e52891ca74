package org.programmeregistry.domain.programme;

import java.time.LocalDate;
import java.util.Objects;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.territory.TerritoryCode;

/** The office that coordinates a programme ("Hungary coordinating IOM Mission"), with the day it opened. */
public record CoordinatingOffice(Acronym organisation, TerritoryCode territory, LocalDate openedOn) {

    public CoordinatingOffice {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(openedOn, "openedOn");
    }
}

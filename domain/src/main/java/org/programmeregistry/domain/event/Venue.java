package org.programmeregistry.domain.event;

import java.util.Objects;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.Text;
import org.programmeregistry.domain.territory.TerritoryCode;

/** Where an event takes place: a city in a territory (Vienna, AT). */
public record Venue(String city, TerritoryCode territory) {

    public Venue {
        city = Text.required(city, 200, Rule.E1, "the venue's city");
        Objects.requireNonNull(territory, "territory");
    }
}

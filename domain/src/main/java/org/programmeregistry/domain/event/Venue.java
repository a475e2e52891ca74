package org.programmeregistry.domain.event;

import java.util.Objects;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.Text;
import org.programmeregistry.domain.territory.TerritoryCode;

/** Where an event takes place: a city in a territory (Vienna, AT). */
public record Venue(String city, TerritoryCode territory) {

    public static final int CITY_MAX = 200;

    /** E8: a city of at most 200 characters. */
    public Venue {
        city = Text.required(city, CITY_MAX, Rule.E8, "the venue's city");
        Objects.requireNonNull(territory, "territory");
    }
}

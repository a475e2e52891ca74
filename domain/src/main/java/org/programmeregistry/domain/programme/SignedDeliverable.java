package org.programmeregistry.domain.programme;

import java.util.Objects;
import org.programmeregistry.domain.territory.TerritoryCode;

/** A deliverable signed for a territory at an event, as the programme keeps it (E5, P10). */
public record SignedDeliverable(int deliverable, TerritoryCode territory) {

    public SignedDeliverable {
        Objects.requireNonNull(territory, "territory");
    }
}

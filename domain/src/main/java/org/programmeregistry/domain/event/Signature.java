package org.programmeregistry.domain.event;

import java.util.Objects;
import org.programmeregistry.domain.territory.TerritoryCode;

/** A head of delegation formally signing a deliverable for their territory at an event (E5). */
public record Signature(int deliverable, TerritoryCode territory, Participant signatory) {

    public Signature {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(signatory, "signatory");
    }
}

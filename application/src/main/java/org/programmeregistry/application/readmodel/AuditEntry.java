package org.programmeregistry.application.readmodel;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One accepted change: who made it, when, to which aggregate, and what happened. Entries are
 * appended and never updated. Details never carry participants' names.
 */
public record AuditEntry(Instant at, String actor, String aggregateType, String aggregateId, Optional<String> programmeId,
        String action, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
    }
}

package org.programmeregistry.application.port.out;

import java.util.Objects;

/**
 * The output ports that one persistence adapter provides: what {@code ProgrammeRegistry} is
 * wired over, and what the port contracts test.
 */
public record PersistencePorts(ProgrammeRepository programmes, OrganisationRepository organisations, EventRepository events,
        AuditLog auditLog, TransactionBoundary transactions) {

    public PersistencePorts {
        Objects.requireNonNull(programmes, "programmes");
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(transactions, "transactions");
    }
}

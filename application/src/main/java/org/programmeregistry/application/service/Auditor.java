package org.programmeregistry.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.readmodel.AuditEntry;

/** Appends what happened, stamped by the clock, inside the use case's transaction. */
final class Auditor {

    private final AuditLog log;
    private final Clock clock;

    Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void programme(String actor, String programmeId, String action, String detail) {
        log.append(programmeEntry(actor, programmeId, action, detail));
    }

    AuditEntry programmeEntry(String actor, String programmeId, String action, String detail) {
        return new AuditEntry(clock.instant(), actor, "programme", programmeId, Optional.of(programmeId), action, detail);
    }

    void event(String actor, String programmeId, int event, String action, String detail) {
        log.append(new AuditEntry(clock.instant(), actor, "event", programmeId + "#" + event, Optional.of(programmeId), action, detail));
    }

    void organisation(String actor, String acronym, String action, String detail) {
        log.append(organisationEntry(actor, acronym, action, detail));
    }

    AuditEntry organisationEntry(String actor, String acronym, String action, String detail) {
        return new AuditEntry(clock.instant(), actor, "organisation", acronym, Optional.empty(), action, detail);
    }

    /** Entries built with the methods above, appended together. */
    void appendAll(List<AuditEntry> entries) {
        log.appendAll(entries);
    }
}

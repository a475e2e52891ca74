package org.programmeregistry.application.port.out;

import java.util.List;
import org.programmeregistry.application.readmodel.AuditEntry;

/** The append-only record of accepted changes. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Every entry about a programme or its events, oldest first. */
    List<AuditEntry> ofProgramme(String programmeId);
}

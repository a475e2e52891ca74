package org.programmeregistry.application.port.out;

import java.util.List;
import org.programmeregistry.application.readmodel.AuditEntry;

/** The append-only record of accepted changes. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Appends the entries in their order; a store writes them together (an import). */
    default void appendAll(List<AuditEntry> entries) {
        entries.forEach(this::append);
    }

    /** Every entry about a programme or its events, oldest first. */
    List<AuditEntry> ofProgramme(String programmeId);
}

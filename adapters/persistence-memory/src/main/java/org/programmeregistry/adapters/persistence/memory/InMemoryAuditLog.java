package org.programmeregistry.adapters.persistence.memory;

import java.util.List;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.readmodel.AuditEntry;

final class InMemoryAuditLog implements AuditLog {

    private final InMemoryPersistence persistence;

    InMemoryAuditLog(InMemoryPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public void append(AuditEntry entry) {
        persistence.writableState().audit.add(entry);
    }

    @Override
    public List<AuditEntry> ofProgramme(String programmeId) {
        return persistence.state().audit.stream().filter(e -> e.programmeId().filter(programmeId::equals).isPresent()).toList();
    }
}

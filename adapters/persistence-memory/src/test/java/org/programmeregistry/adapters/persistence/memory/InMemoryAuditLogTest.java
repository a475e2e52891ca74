package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.contract.AuditLogContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected PersistencePorts emptyPorts() {
        return InMemoryPorts.empty();
    }
}

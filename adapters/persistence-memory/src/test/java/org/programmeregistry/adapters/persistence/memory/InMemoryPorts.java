package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.fixtures.PersistencePorts;

final class InMemoryPorts {

    private InMemoryPorts() {
    }

    static PersistencePorts empty() {
        InMemoryPersistence persistence = new InMemoryPersistence();
        return new PersistencePorts(persistence.programmes(), persistence.organisations(), persistence.events(), persistence.auditLog(),
                persistence);
    }
}

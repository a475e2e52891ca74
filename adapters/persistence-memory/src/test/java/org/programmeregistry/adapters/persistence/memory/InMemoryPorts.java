package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.port.out.PersistencePorts;

final class InMemoryPorts {

    private InMemoryPorts() {
    }

    static PersistencePorts empty() {
        InMemoryPersistence persistence = new InMemoryPersistence();
        return persistence.ports();
    }
}

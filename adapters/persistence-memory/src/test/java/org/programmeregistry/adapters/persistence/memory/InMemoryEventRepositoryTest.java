package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.contract.EventRepositoryContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class InMemoryEventRepositoryTest extends EventRepositoryContract {

    @Override
    protected PersistencePorts emptyPorts() {
        return InMemoryPorts.empty();
    }
}

package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.contract.UseCaseContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class InMemoryUseCaseTest extends UseCaseContract {

    @Override
    protected PersistencePorts emptyPorts() {
        return InMemoryPorts.empty();
    }
}

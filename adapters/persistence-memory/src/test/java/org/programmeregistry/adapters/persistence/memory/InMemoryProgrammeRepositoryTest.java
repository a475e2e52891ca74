package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.contract.ProgrammeRepositoryContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class InMemoryProgrammeRepositoryTest extends ProgrammeRepositoryContract {

    @Override
    protected PersistencePorts emptyPorts() {
        return InMemoryPorts.empty();
    }
}

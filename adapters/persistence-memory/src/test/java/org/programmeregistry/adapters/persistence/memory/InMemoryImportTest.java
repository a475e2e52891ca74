package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.contract.ImportContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class InMemoryImportTest extends ImportContract {

    @Override
    protected PersistencePorts emptyPorts() {
        return InMemoryPorts.empty();
    }
}

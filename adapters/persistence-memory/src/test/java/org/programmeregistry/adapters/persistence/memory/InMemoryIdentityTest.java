package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.contract.IdentityContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class InMemoryIdentityTest extends IdentityContract {

    @Override
    protected PersistencePorts emptyPorts() {
        return InMemoryPorts.empty();
    }
}

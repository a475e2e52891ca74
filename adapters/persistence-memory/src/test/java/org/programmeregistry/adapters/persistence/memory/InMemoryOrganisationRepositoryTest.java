package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.contract.OrganisationRepositoryContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class InMemoryOrganisationRepositoryTest extends OrganisationRepositoryContract {

    @Override
    protected PersistencePorts emptyPorts() {
        return InMemoryPorts.empty();
    }
}

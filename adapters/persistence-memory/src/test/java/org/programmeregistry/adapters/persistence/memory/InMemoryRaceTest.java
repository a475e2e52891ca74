package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.contract.RaceContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class InMemoryRaceTest extends RaceContract {

    @Override
    protected PersistencePorts emptyPorts() {
        return InMemoryPorts.empty();
    }
}

package org.programmeregistry.adapters.persistence.memory;

import org.programmeregistry.application.contract.CorrectionContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class InMemoryCorrectionTest extends CorrectionContract {

    @Override
    protected PersistencePorts emptyPorts() {
        return InMemoryPorts.empty();
    }
}

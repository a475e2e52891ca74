package org.programmeregistry.adapters.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.programmeregistry.application.contract.RaceContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class PostgresRaceTest extends RaceContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }
}

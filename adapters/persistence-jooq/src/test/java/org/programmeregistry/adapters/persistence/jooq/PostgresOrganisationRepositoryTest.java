package org.programmeregistry.adapters.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.programmeregistry.application.contract.OrganisationRepositoryContract;
import org.programmeregistry.application.port.out.PersistencePorts;

class PostgresOrganisationRepositoryTest extends OrganisationRepositoryContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }
}

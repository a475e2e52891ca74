package org.programmeregistry.adapters.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.programmeregistry.application.contract.ProgrammeRepositoryContract;
import org.programmeregistry.application.port.out.PersistencePorts;

/** The repository contract on H2 with every search answered through its bitmaps ({@link SearchBitmaps}). */
class H2BitmapProgrammeRepositoryTest extends ProgrammeRepositoryContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2ThroughBitmaps();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }
}

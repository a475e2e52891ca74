package org.programmeregistry.adapters.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresFaultInjectionTest extends FaultInjectionContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}

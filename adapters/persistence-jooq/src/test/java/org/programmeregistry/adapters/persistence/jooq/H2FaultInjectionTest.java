package org.programmeregistry.adapters.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2FaultInjectionTest extends FaultInjectionContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return DATABASE;
    }
}

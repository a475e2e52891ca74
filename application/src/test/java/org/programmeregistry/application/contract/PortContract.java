package org.programmeregistry.application.contract;

import org.junit.jupiter.api.BeforeEach;
import org.programmeregistry.application.port.out.PersistencePorts;
import org.programmeregistry.application.fixtures.TestRegistry;

/**
 * The base of every port contract: each adapter's test class extends a contract and hands it
 * empty ports before each test. The same expectations then run on every adapter.
 */
public abstract class PortContract {

    protected PersistencePorts ports;
    protected TestRegistry registry;

    /** Ports over an empty store. */
    protected abstract PersistencePorts emptyPorts();

    @BeforeEach
    final void openEmptyStore() {
        ports = emptyPorts();
        registry = TestRegistry.over(ports);
    }

    protected <T> T inTransaction(java.util.function.Supplier<T> work) {
        return ports.transactions().inTransaction(work);
    }

    protected void run(Runnable work) {
        ports.transactions().run(work);
    }
}

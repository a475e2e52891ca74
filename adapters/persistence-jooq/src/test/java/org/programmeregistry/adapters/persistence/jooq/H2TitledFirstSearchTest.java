package org.programmeregistry.adapters.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.programmeregistry.application.contract.SearchContract;
import org.programmeregistry.application.port.out.PersistencePorts;

/**
 * The search contract on H2 with every text search reading the programmes with a search word in
 * their title first, found through the bitmaps of the titles' words, and the rest in id order
 * after them, as a broad word in few titles is on a large table ({@link SearchBitmaps#titled}).
 */
class H2TitledFirstSearchTest extends SearchContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2TitledFirst();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }

    @Override
    protected boolean estimatesLargeTotals() {
        return true;
    }
}

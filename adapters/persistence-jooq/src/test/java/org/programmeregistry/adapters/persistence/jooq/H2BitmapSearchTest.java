package org.programmeregistry.adapters.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.programmeregistry.application.contract.SearchContract;
import org.programmeregistry.application.port.out.PersistencePorts;

/**
 * The search contract on H2 through its bitmaps ({@link SearchBitmaps}): every search with a
 * territory, donor, organisation, day or word takes as candidates the programmes that have every
 * bit, however many, and tests them, as a large table does for several frequent criteria. The
 * contract's writes (a beneficiary added, a title changed, an event recorded) keep the bits.
 */
class H2BitmapSearchTest extends SearchContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2ThroughBitmaps();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }

    @Override
    protected boolean estimatesLargeTotals() {
        return true;
    }
}

package org.programmeregistry.adapters.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.programmeregistry.application.contract.SearchContract;
import org.programmeregistry.application.port.out.PersistencePorts;

/**
 * The search contract on H2 with no criterion rare: every search reads the programmes in id
 * order, testing each criterion on them, as it does on a large table where territory, donor,
 * organisation and words are frequent. The contract's small tables would otherwise take the
 * path of a rare criterion's programmes ({@link H2SearchTest}) every time.
 */
class H2IdOrderSearchTest extends SearchContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2WithoutRareCriteria();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }

    @Override
    protected boolean estimatesLargeTotals() {
        return true;
    }
}

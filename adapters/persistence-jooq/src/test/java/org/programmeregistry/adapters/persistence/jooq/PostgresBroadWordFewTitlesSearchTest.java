package org.programmeregistry.adapters.persistence.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.programmeregistry.application.contract.SearchContract;
import org.programmeregistry.application.port.out.PersistencePorts;

/**
 * The search contract on PostgreSQL with every search word its statistics do not know broad and
 * the programmes with a search word in their title few: those are read at once through the
 * title's GIN index, the rest in id order after them.
 */
class PostgresBroadWordFewTitlesSearchTest extends SearchContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgresWithBroadWordsFewTitles();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }

    @Override
    protected boolean estimatesLargeTotals() {
        return true;
    }
}

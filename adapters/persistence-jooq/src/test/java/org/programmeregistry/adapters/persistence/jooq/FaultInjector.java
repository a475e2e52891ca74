package org.programmeregistry.adapters.persistence.jooq;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.programmeregistry.adapters.persistence.jooq.observed.ObservedDataSource;

/**
 * Counts the statements sent to the database, by jOOQ or over plain JDBC, and, when armed,
 * makes the Nth one fail as the database would, with an {@link SQLException}.
 */
final class FaultInjector implements ObservedDataSource.Observer {

    static final String MESSAGE = "injected failure";

    private final AtomicInteger executed = new AtomicInteger();
    private volatile int failAt;

    /** From now on, count from zero and fail the {@code n}th statement (0: never). */
    void arm(int n) {
        executed.set(0);
        failAt = n;
    }

    void disarm() {
        failAt = 0;
    }

    int executed() {
        return executed.get();
    }

    @Override
    public void beforeExecute(String sql, List<Object> binds) throws SQLException {
        int n = executed.incrementAndGet();
        if (failAt > 0 && n == failAt) {
            throw new SQLException(MESSAGE + " at statement " + n + ": " + sql);
        }
    }
}

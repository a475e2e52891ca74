package org.programmeregistry.adapters.persistence.jooq;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Counts the statements sent to the database and, when armed, makes the Nth one fail. */
final class FaultInjector implements ExecuteListener {

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
    public void executeStart(ExecuteContext ctx) {
        int n = executed.incrementAndGet();
        if (failAt > 0 && n == failAt) {
            throw new InjectedFailure(MESSAGE + " at statement " + n + ": " + ctx.sql());
        }
    }

    static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFailure(String message) {
            super(message);
        }
    }
}

package org.programmeregistry.application.port.out;

import java.util.function.Supplier;

/**
 * Makes a use case all-or-nothing: everything written inside {@link #inTransaction} is
 * committed together when {@code work} returns, and nothing when it throws.
 */
public interface TransactionBoundary {

    <T> T inTransaction(Supplier<T> work);

    /** Whether the calling thread is inside {@link #inTransaction}, where a nested call joins the open transaction. */
    boolean isOpen();

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

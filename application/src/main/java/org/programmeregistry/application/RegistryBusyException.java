package org.programmeregistry.application;

/**
 * The store is held by someone else (another process on the embedded database) for longer
 * than the caller agreed to wait; nothing was written, and the same call may succeed later.
 */
public final class RegistryBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistryBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.programmeregistry.application;

/** The store behind the registry cannot be reached or opened; nothing was written. */
public final class RegistryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.programmeregistry.application;

/**
 * Someone else changed the same record first: the version read is no longer the stored one.
 * Nothing of the use case was written; running it again reads the new version.
 */
public final class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else first; nothing was written, run it again", null, false, false);
    }
}

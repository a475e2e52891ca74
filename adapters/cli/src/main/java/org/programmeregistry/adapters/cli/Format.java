package org.programmeregistry.adapters.cli;

/** How a reading command prints: for people, or for scripts. */
public enum Format {
    TEXT, JSON, CSV
}

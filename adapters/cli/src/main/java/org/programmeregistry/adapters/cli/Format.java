package org.programmeregistry.adapters.cli;

/** How a list prints: for people, or for scripts as JSON or CSV. */
public enum Format {
    TEXT, JSON, CSV;

    /** How one thing (a programme, an organisation, an event) prints: CSV has no shape for it, so it is refused. */
    public enum OfOne {
        TEXT, JSON
    }
}

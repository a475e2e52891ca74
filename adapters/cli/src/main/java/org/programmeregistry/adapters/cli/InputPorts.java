package org.programmeregistry.adapters.cli;

/**
 * The use cases and queries the commands call, handed over by the composition root. A port
 * is asked for only when a command runs, so a command that needs no database opens none.
 */
public interface InputPorts {

    <T> T get(Class<T> port);
}

package org.programmeregistry.application;

import java.util.List;

/** A command or query was refused at the port, before any I/O: each problem names its field. */
public final class InvalidCommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidCommandException(String command, List<String> problems) {
        super(command + " is invalid: " + String.join("; ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** One entry per broken constraint, {@code field: what is wrong}, sorted by field. */
    public List<String> problems() {
        return problems;
    }
}

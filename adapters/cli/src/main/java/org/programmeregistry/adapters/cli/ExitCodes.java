package org.programmeregistry.adapters.cli;

/** The exit codes of design/cli.md (after sysexits.h). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int DEFECT = 1;
    public static final int USAGE = 2;
    /** The input breaks a rule or is malformed. */
    public static final int DATA = 65;
    /** An input file is missing or unreadable. */
    public static final int NO_INPUT = 66;
    /** The database cannot be reached or opened. */
    public static final int UNAVAILABLE = 69;
    /** Someone else changed the same record first; run again. */
    public static final int RETRY = 75;

    private ExitCodes() {
    }
}

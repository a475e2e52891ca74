package org.programmeregistry.domain.programme;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The IATI activity-status life cycle (P4). The seeds' "Completed" is {@link #CLOSED}. */
public enum ProgrammeStatus {
    PIPELINE("1", "Pipeline/identification"),
    IMPLEMENTATION("2", "Implementation"),
    FINALISATION("3", "Finalisation"),
    CLOSED("4", "Completed"),
    CANCELLED("5", "Cancelled"),
    SUSPENDED("6", "Suspended");

    private final String iatiCode;
    private final String label;

    ProgrammeStatus(String iatiCode, String label) {
        this.iatiCode = iatiCode;
        this.label = label;
    }

    public String iatiCode() {
        return iatiCode;
    }

    /** The word a fact sheet shows ("Completed" for CLOSED, as on the seed pages). */
    public String label() {
        return label;
    }

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }

    public Set<ProgrammeStatus> successors() {
        return switch (this) {
            case PIPELINE -> EnumSet.of(IMPLEMENTATION, CANCELLED);
            case IMPLEMENTATION -> EnumSet.of(FINALISATION, SUSPENDED, CANCELLED);
            case SUSPENDED -> EnumSet.of(IMPLEMENTATION, CANCELLED);
            case FINALISATION -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(ProgrammeStatus.class);
        };
    }

    public boolean canBecome(ProgrammeStatus next) {
        return successors().contains(next);
    }

    public static Optional<ProgrammeStatus> fromIatiCode(String code) {
        return Arrays.stream(values()).filter(s -> s.iatiCode.equals(code)).findFirst();
    }
}

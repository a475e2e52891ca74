package org.programmeregistry.domain.programme;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The statuses a programme passes through, in order, to become {@code target} by the
     * life cycle's steps (P4): the shortest such path, {@code target} last; empty when the
     * programme is {@code target} already or cannot become it.
     */
    public List<ProgrammeStatus> pathTo(ProgrammeStatus target) {
        Map<ProgrammeStatus, ProgrammeStatus> reachedFrom = new EnumMap<>(ProgrammeStatus.class);
        Deque<ProgrammeStatus> queue = new ArrayDeque<>(List.of(this));
        while (!queue.isEmpty() && !reachedFrom.containsKey(target)) {
            ProgrammeStatus current = queue.removeFirst();
            for (ProgrammeStatus next : current.successors()) {
                if (next != this && reachedFrom.putIfAbsent(next, current) == null) {
                    queue.addLast(next);
                }
            }
        }
        if (target == this || !reachedFrom.containsKey(target)) {
            return List.of();
        }
        List<ProgrammeStatus> path = new ArrayList<>();
        for (ProgrammeStatus step = target; step != this; step = reachedFrom.get(step)) {
            path.add(0, step);
        }
        return List.copyOf(path);
    }

    public static Optional<ProgrammeStatus> fromIatiCode(String code) {
        return Arrays.stream(values()).filter(s -> s.iatiCode.equals(code)).findFirst();
    }
}

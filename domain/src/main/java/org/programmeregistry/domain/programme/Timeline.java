package org.programmeregistry.domain.programme;

import static org.programmeregistry.domain.RuleViolation.require;

import java.time.LocalDate;
import java.util.Objects;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;

/**
 * A programme's life cycle and dates: its status (P4), planned and actual periods (P3) and
 * what each status needs of them (P5). Immutable: every step returns the timeline it leads to,
 * so the programme checks the rest of its rules against the new timeline before taking it.
 */
public record Timeline(ProgrammeStatus status, Period planned, Period actual) {

    public Timeline {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
    }

    /** A new programme: in the pipeline, planned, not started. */
    public static Timeline planned(Period planned) {
        return new Timeline(ProgrammeStatus.PIPELINE, planned, Period.unknown());
    }

    /** The programme period: actual dates where known, planned otherwise. */
    public Period period() {
        return actual.orElse(planned);
    }

    /** Closed and cancelled programmes are read-only (P4). */
    public boolean isReadOnly() {
        return status.isTerminal();
    }

    /** P4: nothing of a closed or cancelled programme changes. */
    void requireChangeable(ProgrammeId id) {
        require(!isReadOnly(), Rule.P4, () -> "programme " + id + " is " + status + " and therefore read-only");
    }

    Timeline rescheduled(Period newPlanned, Period newActual) {
        return new Timeline(status, Objects.requireNonNull(newPlanned, "planned"), Objects.requireNonNull(newActual, "actual"));
    }

    Timeline started(ProgrammeId id, LocalDate actualStart) {
        requireTransition(id, ProgrammeStatus.PIPELINE, ProgrammeStatus.IMPLEMENTATION, "start");
        Objects.requireNonNull(actualStart, "actualStart");
        return new Timeline(ProgrammeStatus.IMPLEMENTATION, planned,
                Period.of(actualStart, actual.end(), Rule.P3, "the actual period of programme " + id));
    }

    Timeline finalised(ProgrammeId id, LocalDate actualEnd) {
        requireTransition(id, ProgrammeStatus.IMPLEMENTATION, ProgrammeStatus.FINALISATION, "finalise");
        Objects.requireNonNull(actualEnd, "actualEnd");
        return new Timeline(ProgrammeStatus.FINALISATION, planned,
                Period.of(actual.start(), actualEnd, Rule.P3, "the actual period of programme " + id));
    }

    Timeline closed(ProgrammeId id) {
        requireTransition(id, ProgrammeStatus.FINALISATION, ProgrammeStatus.CLOSED, "close");
        return new Timeline(ProgrammeStatus.CLOSED, planned, actual);
    }

    Timeline suspended(ProgrammeId id) {
        requireTransition(id, ProgrammeStatus.IMPLEMENTATION, ProgrammeStatus.SUSPENDED, "suspend");
        return new Timeline(ProgrammeStatus.SUSPENDED, planned, actual);
    }

    Timeline resumed(ProgrammeId id) {
        requireTransition(id, ProgrammeStatus.SUSPENDED, ProgrammeStatus.IMPLEMENTATION, "resume");
        return new Timeline(ProgrammeStatus.IMPLEMENTATION, planned, actual);
    }

    Timeline cancelled(ProgrammeId id) {
        require(status.canBecome(ProgrammeStatus.CANCELLED), Rule.P4,
                () -> "programme " + id + " is " + status + "; only a programme that is not closed or cancelled can be cancelled");
        return new Timeline(ProgrammeStatus.CANCELLED, planned, actual);
    }

    /**
     * P5: implementation needs an actual start, a beneficiary and a contribution; finalisation
     * and closure need an actual end too. Holds for the whole time in a status.
     */
    void checkRequirements(boolean hasBeneficiary, boolean hasContribution) {
        if (status == ProgrammeStatus.PIPELINE || status == ProgrammeStatus.CANCELLED) {
            return;
        }
        require(actual.start() != null, Rule.P5, () -> "a programme in " + status + " needs an actual start date");
        require(hasBeneficiary, Rule.P5, () -> "a programme in " + status + " needs at least one beneficiary territory");
        require(hasContribution, Rule.P5, () -> "a programme in " + status + " needs at least one contribution");
        if (status == ProgrammeStatus.FINALISATION || status == ProgrammeStatus.CLOSED) {
            require(actual.end() != null, Rule.P5, () -> "a programme in " + status + " needs an actual end date");
        }
    }

    private void requireTransition(ProgrammeId id, ProgrammeStatus from, ProgrammeStatus to, String verb) {
        require(status == from, Rule.P4, () -> "programme " + id + " is " + status
                + "; only a " + from + " programme can " + verb + " (to become " + to + ")");
    }
}

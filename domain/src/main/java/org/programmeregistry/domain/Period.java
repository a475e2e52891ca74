package org.programmeregistry.domain;

import java.time.LocalDate;

/**
 * A span of days, both ends inclusive. Either end may be unknown (a programme in the
 * pipeline has no actual start yet); an unknown end is open for containment questions.
 */
public record Period(LocalDate start, LocalDate end) {

    private static final Period UNKNOWN = new Period(null, null);

    public Period {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("period ends on " + end + ", before it starts on " + start);
        }
    }

    /** A period whose order is checked against {@code rule}, naming {@code what} in the message. */
    public static Period of(LocalDate start, LocalDate end, Rule rule, String what) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new RuleViolation(rule, what + " ends on " + end + ", before it starts on " + start
                    + "; give an end on or after the start");
        }
        return new Period(start, end);
    }

    public static Period unknown() {
        return UNKNOWN;
    }

    public boolean contains(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    /** True when the two spans share a day; unknown ends are unbounded. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        boolean startsBeforeOtherEnds = start == null || otherEnd == null || !start.isAfter(otherEnd);
        boolean endsAfterOtherStarts = end == null || otherStart == null || !end.isBefore(otherStart);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /**
     * This period with each unknown end taken from {@code fallback}, unless the borrowed end
     * would fall on the wrong side of the known one: a programme that actually started after
     * its planned end has no known end yet.
     */
    public Period orElse(Period fallback) {
        LocalDate first = start != null ? start : fallback.start;
        LocalDate last = end != null ? end : fallback.end;
        if (first != null && last != null && last.isBefore(first)) {
            return start == null ? new Period(null, end) : new Period(start, null);
        }
        return new Period(first, last);
    }

    @Override
    public String toString() {
        return (start == null ? "?" : start.toString()) + " .. " + (end == null ? "?" : end.toString());
    }
}

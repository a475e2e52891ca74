package org.programmeregistry.domain.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.programmeregistry.domain.Period;

/**
 * A country or territory of the catalogue. Its existence is the union of the spans of its
 * names, so a code reused over time (CS: Czechoslovakia, later Serbia and Montenegro) has gaps
 * and several {@link #lives()}.
 */
public record Territory(TerritoryCode code, TerritoryKind kind, List<TerritoryName> names) {

    public Territory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        names = names.stream()
                .sorted(Comparator.comparing(n -> n.validity().start(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException(code + " has no name");
        }
        for (int i = 1; i < names.size(); i++) {
            Period previous = names.get(i - 1).validity();
            Period next = names.get(i).validity();
            if (previous.end() == null || next.start() == null || !previous.end().isBefore(next.start())) {
                throw new IllegalArgumentException(code + " has overlapping names: " + previous + " and " + next);
            }
        }
    }

    public boolean existsOn(LocalDate day) {
        return nameOn(day).isPresent();
    }

    /** True when the territory exists on at least one day of {@code period} (unknown ends unbounded). */
    public boolean existsDuring(Period period) {
        return names.stream().anyMatch(n -> n.validity().overlaps(period.start(), period.end()));
    }

    public Optional<String> nameOn(LocalDate day) {
        return names.stream().filter(n -> n.validOn(day)).map(TerritoryName::name).findFirst();
    }

    /**
     * The name to show for a span of days: the one valid on its first day the territory
     * existed, so a fact sheet shows the names of its time rather than today's.
     */
    public String nameDuring(Period period) {
        return names.stream()
                .filter(n -> n.validity().overlaps(period.start(), period.end()))
                .map(TerritoryName::name)
                .findFirst()
                .orElseGet(this::latestName);
    }

    public String latestName() {
        return names.get(names.size() - 1).name();
    }

    /** First and last day of existence, ignoring gaps. */
    public Period lifetime() {
        return new Period(names.get(0).validity().start(), names.get(names.size() - 1).validity().end());
    }

    /**
     * The spans of days it existed without a break: one for most territories, one per use of a
     * reused code (CS: Czechoslovakia until 1992-12-31, Serbia and Montenegro 2003-02-04 .. 2006-06-04).
     * A rename does not end a life (DE: West Germany, then Germany from the next day).
     */
    public List<Period> lives() {
        List<Period> lives = new ArrayList<>();
        LocalDate start = names.get(0).validity().start();
        for (int i = 1; i < names.size(); i++) {
            LocalDate end = names.get(i - 1).validity().end();
            if (!end.plusDays(1).equals(names.get(i).validity().start())) {
                lives.add(new Period(start, end));
                start = names.get(i).validity().start();
            }
        }
        lives.add(new Period(start, names.get(names.size() - 1).validity().end()));
        return List.copyOf(lives);
    }

    /**
     * Its names with their spans, for a message that must not contradict itself about a reused
     * code: "CS was Czechoslovakia until 1992-12-31 and Serbia and Montenegro 2003-02-04 .. 2006-06-04".
     */
    public String history() {
        List<String> parts = names.stream().map(Territory::dated).toList();
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return code.value() + " was " + joined;
    }

    private static String dated(TerritoryName name) {
        LocalDate start = name.validity().start();
        LocalDate end = name.validity().end();
        if (start == null && end == null) {
            return name.name() + " with no known beginning or end";
        }
        if (start == null) {
            return name.name() + " until " + end;
        }
        return end == null ? name.name() + " from " + start : name.name() + " " + name.validity();
    }
}

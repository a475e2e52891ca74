package org.programmeregistry.domain.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.Text;

/**
 * What is planned for an event before it exists: its module (if module-level), kind, title,
 * venue, first and last day (E1) and the groups it addresses.
 */
public record EventDetails(Optional<Integer> module, EventKind kind, String title, Venue venue,
        LocalDate start, LocalDate end, List<String> targetGroups) {

    public static final int TITLE_MAX = 500;
    public static final int TARGET_GROUP_MAX = 300;

    /** E8: the title and target groups; E1: the dates in order. */
    public EventDetails {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(kind, "kind");
        title = Text.required(title, TITLE_MAX, Rule.E8, "the event's title");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Period.of(start, end, Rule.E1, "the event '" + title + "'");
        targetGroups = targetGroups.stream().map(g -> Text.required(g, TARGET_GROUP_MAX, Rule.E8, "a target group")).distinct().toList();
    }

    public Period dates() {
        return new Period(start, end);
    }
}

package org.programmeregistry.domain.programme;

import static org.programmeregistry.domain.RuleViolation.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.organisation.Acronym;

/** A programme's contributions, in the order recorded: a donor appears once per instrument (P9). */
final class Funding {

    private final List<Contribution> contributions = new ArrayList<>();

    /** Rebuilds stored contributions, checking P9 between them. */
    static Funding of(List<Contribution> stored) {
        Funding funding = new Funding();
        stored.forEach(funding::record);
        return funding;
    }

    /** P9: a donor contributes once per instrument. */
    void record(Contribution contribution) {
        Objects.requireNonNull(contribution, "contribution");
        require(contributions.stream().noneMatch(c -> c.sameLineAs(contribution)), Rule.P9,
                () -> contribution.describe() + " is already recorded; a donor appears once per instrument");
        contributions.add(contribution);
    }

    /** The recorded line of a donor and instrument (compared as P9 compares them), if any. */
    Optional<Contribution> find(Acronym donor, Optional<String> instrument) {
        Contribution probe = new Contribution(donor, instrument, Optional.empty());
        return contributions.stream().filter(c -> c.sameLineAs(probe)).findFirst();
    }

    /** P13: only a recorded line is changed or removed. */
    private int indexOf(Acronym donor, Optional<String> instrument) {
        Contribution probe = new Contribution(donor, instrument, Optional.empty());
        for (int i = 0; i < contributions.size(); i++) {
            if (contributions.get(i).sameLineAs(probe)) {
                return i;
            }
        }
        throw new RuleViolation(Rule.P13, "no contribution of " + probe.describe() + " is recorded; recorded are "
                + (contributions.isEmpty() ? "none" : String.join(", ", contributions.stream().map(Contribution::describe).toList())));
    }

    /** P13: the line exists; P9: the corrected line is not another recorded line. Keeps the line's place. */
    void change(Acronym donor, Optional<String> instrument, Contribution corrected) {
        Objects.requireNonNull(corrected, "corrected");
        int index = indexOf(donor, instrument);
        for (int i = 0; i < contributions.size(); i++) {
            if (i != index && contributions.get(i).sameLineAs(corrected)) {
                throw new RuleViolation(Rule.P9, corrected.describe() + " is already recorded; a donor appears once per instrument");
            }
        }
        contributions.set(index, corrected);
    }

    /** P13: the recorded line of a donor and instrument. */
    Contribution get(Acronym donor, Optional<String> instrument) {
        return contributions.get(indexOf(donor, instrument));
    }

    /** P13: the line exists. Whether the programme can do without it (P5) is the programme's to check. */
    void requireRecorded(Acronym donor, Optional<String> instrument) {
        indexOf(donor, instrument);
    }

    void remove(Acronym donor, Optional<String> instrument) {
        contributions.remove(indexOf(donor, instrument));
    }

    int size() {
        return contributions.size();
    }

    boolean isEmpty() {
        return contributions.isEmpty();
    }

    List<Contribution> all() {
        return List.copyOf(contributions);
    }
}

package org.programmeregistry.domain.programme;

import static org.programmeregistry.domain.RuleViolation.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        require(contributions.stream().noneMatch(c -> c.sameLineAs(contribution)), org.programmeregistry.domain.Rule.P9,
                () -> contribution.describe() + " is already recorded; a donor appears once per instrument");
        contributions.add(contribution);
    }

    boolean isEmpty() {
        return contributions.isEmpty();
    }

    List<Contribution> all() {
        return List.copyOf(contributions);
    }
}

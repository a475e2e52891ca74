package org.programmeregistry.domain.programme;

import java.util.Objects;
import java.util.Optional;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.Text;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * A product of the programme, numbered within it. A national deliverable names its
 * territory; a regional one names none (P10).
 */
public record Deliverable(int number, DeliverableKind kind, DeliverableScope scope, String title,
        Optional<TerritoryCode> territory) {

    public static final int TITLE_MAX = 500;

    public Deliverable {
        if (number < 1) {
            throw new IllegalArgumentException("deliverables are numbered from 1");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        title = Text.required(title, TITLE_MAX, Rule.P12, "the deliverable's title");
        Objects.requireNonNull(territory, "territory");
        if (scope == DeliverableScope.NATIONAL && territory.isEmpty()) {
            throw new RuleViolation(Rule.P10, "the national deliverable '" + title + "' names no territory; name the beneficiary territory it is for");
        }
        if (scope == DeliverableScope.REGIONAL && territory.isPresent()) {
            throw new RuleViolation(Rule.P10, "the regional deliverable '" + title + "' names the territory " + territory.get()
                    + "; a regional deliverable is for the whole region, make it national instead");
        }
    }
}

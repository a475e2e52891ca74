package org.programmeregistry.domain.programme;

import java.util.Objects;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.Text;
import org.programmeregistry.domain.organisation.Acronym;

/** A thematic part of a programme under the responsibility of exactly one lead organisation (P8). */
public record Module(int number, String name, Acronym lead) {

    public static final int NAME_MAX = 200;

    public Module {
        if (number < 1) {
            throw new RuleViolation(Rule.P8, "module number " + number + " is not allowed; modules are numbered 1, 2, 3 ...");
        }
        name = Text.required(name, NAME_MAX, Rule.P8, "the module's name");
        Objects.requireNonNull(lead, "lead");
    }
}

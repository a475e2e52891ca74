package org.programmeregistry.domain.event;

import java.util.Locale;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.Text;

/**
 * A person at an event. Names stay inside the registry: they are never exported or logged,
 * which is why {@link #toString()} shows the position and institution only.
 */
public record Participant(String name, String position, String institution) {

    public Participant {
        name = Text.required(name, 200, Rule.E4, "the participant's name");
        position = Text.optional(position, 200, Rule.E4, "the participant's position");
        institution = Text.optional(institution, 300, Rule.E4, "the participant's institution");
    }

    /** The same person: the same name, compared without regard to case or spacing. */
    public boolean samePersonAs(Participant other) {
        return personKey().equals(other.personKey());
    }

    String personKey() {
        return String.join(" ", name.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    @Override
    public String toString() {
        return "Participant[" + position + ", " + institution + "]";
    }
}

package org.programmeregistry.domain.event;

import java.util.Locale;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.Text;

/**
 * A person at an event. Names stay inside the registry: they are never exported or logged,
 * which is why {@link #toString()} shows the position and institution only.
 */
public record Participant(String name, String position, String institution) {

    public static final int NAME_MAX = 200;
    public static final int POSITION_MAX = 200;
    public static final int INSTITUTION_MAX = 300;

    /** E9: a name of at most 200 characters, a position of at most 200, an institution of at most 300. */
    public Participant {
        name = Text.required(name, NAME_MAX, Rule.E9, "the participant's name");
        position = Text.optional(position, POSITION_MAX, Rule.E9, "the participant's position");
        institution = Text.optional(institution, INSTITUTION_MAX, Rule.E9, "the participant's institution");
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

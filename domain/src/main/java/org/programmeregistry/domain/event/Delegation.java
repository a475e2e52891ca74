package org.programmeregistry.domain.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.programmeregistry.domain.territory.TerritoryCode;

/** The participants one beneficiary territory sends to an event, led by exactly one head (E4). */
public record Delegation(TerritoryCode territory, Participant head, List<Participant> members) {

    public Delegation {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(head, "head");
        members = List.copyOf(members);
    }

    public static Delegation ledBy(TerritoryCode territory, Participant head) {
        return new Delegation(territory, head, List.of());
    }

    Delegation withMember(Participant member) {
        List<Participant> more = new ArrayList<>(members);
        more.add(member);
        return new Delegation(territory, head, more);
    }

    /** The same delegation with {@code person} (its head or a member) replaced by {@code corrected}. */
    Delegation withCorrected(Participant person, Participant corrected) {
        if (head.samePersonAs(person)) {
            return new Delegation(territory, corrected, members);
        }
        return new Delegation(territory, head, members.stream().map(m -> m.samePersonAs(person) ? corrected : m).toList());
    }

    Delegation withoutMember(Participant member) {
        return new Delegation(territory, head, members.stream().filter(m -> !m.samePersonAs(member)).toList());
    }

    public Stream<Participant> everyone() {
        return Stream.concat(Stream.of(head), members.stream());
    }

    public int size() {
        return 1 + members.size();
    }
}

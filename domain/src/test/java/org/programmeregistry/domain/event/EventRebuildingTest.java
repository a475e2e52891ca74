package org.programmeregistry.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmeregistry.domain.fixtures.Programmes.AL;
import static org.programmeregistry.domain.fixtures.Programmes.BA;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.CATALOGUE;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.fixtures.Programmes;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.EventStatus;
import org.programmeregistry.domain.programme.Programme;

/**
 * Rebuilding a stored event ({@link Event#reconstitute}) checks again the rules that need
 * nothing outside the event: a snapshot that breaks one is refused with that rule. The valid
 * snapshot: a held seminar with delegations from AL and BA, AL's head having signed deliverable 1.
 */
class EventRebuildingTest {

    private static final Participant HEAD_AL = person("Head", "Ministry of Interior of Albania");
    private static final Participant HEAD_BA = person("Head", "Ministry of Security of Bosnia and Herzegovina");
    private final EventSnapshot valid = valid();

    private static EventSnapshot valid() {
        Programme programme = Programmes.inImplementation();
        programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy", Optional.of(AL));
        Event seminar = Programmes.seminar(programme);
        seminar.addDelegation(programme, AL, HEAD_AL, CATALOGUE);
        seminar.addDelegation(programme, BA, HEAD_BA, CATALOGUE);
        seminar.markHeld(programme);
        seminar.recordSignature(programme, 1, AL);
        return seminar.snapshot();
    }

    private EventSnapshot with(EventStatus status, List<Delegation> delegations, List<Signature> signatures) {
        return new EventSnapshot(valid.id(), valid.details(), status, delegations, signatures, valid.version());
    }

    @Test
    @DisplayName("the valid snapshot rebuilds to the same event")
    void validSnapshotRebuilds() {
        assertThat(Event.reconstitute(valid).snapshot()).isEqualTo(valid);
    }

    @Test
    @DisplayName("E4 two stored delegations from one territory, or one person in two delegations, are refused")
    void delegationsAreChecked() {
        EventSnapshot twice = with(EventStatus.SCHEDULED, List.of(Delegation.ledBy(AL, HEAD_AL), Delegation.ledBy(AL, HEAD_BA)), List.of());
        assertRefused(Rule.E4, () -> Event.reconstitute(twice));
        EventSnapshot samePerson = with(EventStatus.SCHEDULED, List.of(Delegation.ledBy(AL, HEAD_AL), Delegation.ledBy(BA, HEAD_AL)),
                List.of());
        assertRefused(Rule.E4, () -> Event.reconstitute(samePerson));
    }

    @Test
    @DisplayName("E5 stored signatures at an event not held, by someone other than the head, or twice, are refused")
    void signaturesAreChecked() {
        EventSnapshot notHeld = with(EventStatus.SCHEDULED, valid.delegations(), valid.signatures());
        assertRefused(Rule.E5, () -> Event.reconstitute(notHeld));
        EventSnapshot notTheHead = with(EventStatus.HELD, valid.delegations(), List.of(new Signature(1, AL, HEAD_BA)));
        assertRefused(Rule.E5, () -> Event.reconstitute(notTheHead));
        EventSnapshot noDelegation = with(EventStatus.HELD, List.of(Delegation.ledBy(BA, HEAD_BA)), List.of(new Signature(1, AL, HEAD_AL)));
        assertRefused(Rule.E5, () -> Event.reconstitute(noDelegation));
        EventSnapshot twice = with(EventStatus.HELD, valid.delegations(), List.of(new Signature(1, AL, HEAD_AL), new Signature(1, AL, HEAD_AL)));
        assertRefused(Rule.E5, () -> Event.reconstitute(twice));
    }
}

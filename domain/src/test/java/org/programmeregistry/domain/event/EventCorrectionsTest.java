package org.programmeregistry.domain.event;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.programmeregistry.domain.fixtures.Programmes.AL;
import static org.programmeregistry.domain.fixtures.Programmes.BA;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.CATALOGUE;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.fixtures.Programmes;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.territory.TerritoryCode;

/** Corrections of an event's delegations and participants before it is held, rule by rule. */
class EventCorrectionsTest {

    private static final Participant HEAD = new Participant("Ana Head", "Head of delegation", "Ministry of Interior");
    private static final Participant MEMBER = new Participant("Ben Member", "Adviser", "Ministry of Interior");
    private static final Participant OTHER_HEAD = new Participant("Cleo Head", "Head of delegation", "Ministry of Security");

    private final Programme programme = Programmes.inImplementation();
    private final Event event = Programmes.seminar(programme);

    EventCorrectionsTest() {
        event.addDelegation(programme, AL, HEAD, CATALOGUE);
        event.addParticipant(programme, AL, MEMBER);
        event.addDelegation(programme, BA, OTHER_HEAD, CATALOGUE);
    }

    private Supplier<Object> both() {
        return () -> List.of(event.snapshot(), programme.snapshot());
    }

    @Test
    @DisplayName("E10 a member's position and institution are corrected, found by name in any case and spacing")
    void memberCorrected() {
        Participant corrected = new Participant("Ben Member", "Senior adviser", "Ministry of Foreign Affairs");
        event.correctParticipant(programme, AL, "  ben   MEMBER ", corrected);
        assertThat(event.delegationOf(AL).orElseThrow().members()).containsExactly(corrected);
        assertThat(programme.event(1)).contains(event.reference());
    }

    @Test
    @DisplayName("E10 a misspelt name is corrected; correcting the head gives the delegation a new head")
    void headCorrected() {
        Participant corrected = new Participant("Anna Head", "Head of delegation", "Ministry of Interior");
        event.correctParticipant(programme, AL, "Ana Head", corrected);
        assertThat(event.delegationOf(AL).orElseThrow().head()).isEqualTo(corrected);
    }

    @Test
    @DisplayName("E10 refuses to correct or remove a person who is not in the territory's delegation")
    void unknownPersonRefused() {
        assertRefused(Rule.E10, both(), () -> event.correctParticipant(programme, AL, "Cleo Head", MEMBER));
        assertRefused(Rule.E10, both(), () -> event.removeParticipant(programme, BA, "Ben Member"));
    }

    @Test
    @DisplayName("E4 refuses to correct a person into someone already at the event")
    void correctedIntoAnotherPersonRefused() {
        assertRefused(Rule.E4, both(), () -> event.correctParticipant(programme, AL, "Ben Member",
                new Participant("cleo head", "Adviser", "Ministry of Interior")));
        assertRefused(Rule.E4, both(), () -> event.correctParticipant(programme, AL, "Ben Member",
                new Participant("Ana Head", "Adviser", "Ministry of Interior")));
    }

    @Test
    @DisplayName("E4 refuses a correction or removal in a delegation the event does not have")
    void unknownDelegationRefused() {
        TerritoryCode hr = TerritoryCode.of("HR");
        programme.addBeneficiary(hr, CATALOGUE);
        assertRefused(Rule.E4, both(), () -> event.correctParticipant(programme, hr, "Ana Head", HEAD));
        assertRefused(Rule.E4, both(), () -> event.removeParticipant(programme, hr, "Ana Head"));
        assertRefused(Rule.E4, both(), () -> event.removeDelegation(programme, hr));
    }

    @Test
    @DisplayName("E10 a member is removed from a delegation")
    void memberRemoved() {
        event.removeParticipant(programme, AL, "Ben Member");
        assertThat(event.delegationOf(AL).orElseThrow().members()).isEmpty();
        event.addParticipant(programme, BA, MEMBER);
        assertThat(event.delegationOf(BA).orElseThrow().members()).containsExactly(MEMBER);
    }

    @Test
    @DisplayName("E4 refuses to remove a delegation's head, which the delegation keeps")
    void headStays() {
        assertRefused(Rule.E4, both(), () -> event.removeParticipant(programme, AL, "Ana Head"));
    }

    @Test
    @DisplayName("E4 a delegation is removed whole; its territory may then leave the programme")
    void delegationRemoved() {
        event.removeDelegation(programme, BA);
        assertThat(event.delegationOf(BA)).isEmpty();
        assertThat(programme.event(1)).contains(event.reference());
        assertThat(programme.event(1).orElseThrow().delegations()).containsExactly(AL);
        programme.removeBeneficiary(BA);
        assertThat(programme.beneficiaries()).containsExactly(AL);
    }

    @Test
    @DisplayName("E7 refuses every correction once the event is held, or cancelled")
    void heldOrCancelledEventsRefused() {
        event.markHeld(programme);
        assertRefused(Rule.E7, both(), () -> event.correctParticipant(programme, AL, "Ben Member", MEMBER));
        assertRefused(Rule.E7, both(), () -> event.removeParticipant(programme, AL, "Ben Member"));
        assertRefused(Rule.E7, both(), () -> event.removeDelegation(programme, BA));
        Event cancelled = Programmes.seminar(programme);
        cancelled.addDelegation(programme, AL, HEAD, CATALOGUE);
        cancelled.cancel(programme);
        assertRefused(Rule.E7, () -> List.of(cancelled.snapshot(), programme.snapshot()), () -> cancelled.removeDelegation(programme, AL));
    }

    @Test
    @DisplayName("E6 refuses every correction on a closed programme")
    void closedProgrammeRefused() {
        programme.finalise(of(2011, 6, 14), CATALOGUE);
        programme.close();
        assertRefused(Rule.E6, both(), () -> event.correctParticipant(programme, AL, "Ben Member", MEMBER));
        assertRefused(Rule.E6, both(), () -> event.removeParticipant(programme, AL, "Ben Member"));
        assertRefused(Rule.E6, both(), () -> event.removeDelegation(programme, BA));
    }

    @Test
    @DisplayName("E4 a corrected event is rebuilt from its snapshot as it was, and its programme too")
    void correctedEventRebuilds() {
        event.correctParticipant(programme, AL, "Ana Head", new Participant("Anna Head", "Head", "MoI"));
        event.removeDelegation(programme, BA);
        assertThat(Event.reconstitute(event.snapshot()).snapshot()).isEqualTo(event.snapshot());
        assertThat(Programme.reconstitute(programme.snapshot()).snapshot()).isEqualTo(programme.snapshot());
    }

    @Test
    @DisplayName("E4 every correction of an event is refused through another programme than its own, and changes nothing")
    void correctionsGoThroughTheEventsOwnProgramme() {
        Programme other = Programme.register(new ProgrammeId("OTHER-1"), "Another programme", "",
                new Period(of(2009, 6, 15), of(2011, 6, 14)));
        Object before = both().get();
        List<Runnable> corrections = List.of(
                () -> event.correctParticipant(other, AL, "Ben Member", new Participant("Ben Member", "Adviser", "Ministry")),
                () -> event.removeParticipant(other, AL, "Ben Member"),
                () -> event.removeDelegation(other, BA));
        for (Runnable correction : corrections) {
            assertThatThrownBy(correction::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER-1");
        }
        assertThat(both().get()).isEqualTo(before);
    }

    @Test
    @DisplayName("E4 every correction of an event is refused through a stale state of its programme, and changes nothing")
    void correctionsNeedTheProgrammesCurrentState() {
        Programme stale = Programme.reconstitute(programme.snapshot());
        event.removeDelegation(programme, BA);
        Object before = both().get();
        List<Runnable> corrections = List.of(
                () -> event.correctParticipant(stale, AL, "Ben Member", new Participant("Ben Member", "Adviser", "Ministry")),
                () -> event.removeParticipant(stale, AL, "Ben Member"),
                () -> event.removeDelegation(stale, AL));
        for (Runnable correction : corrections) {
            assertThatThrownBy(correction::run).isInstanceOf(IllegalStateException.class);
        }
        assertThat(both().get()).isEqualTo(before);
    }
}

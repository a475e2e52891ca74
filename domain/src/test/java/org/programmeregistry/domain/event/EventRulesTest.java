package org.programmeregistry.domain.event;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.programmeregistry.domain.fixtures.Programmes.AL;
import static org.programmeregistry.domain.fixtures.Programmes.BA;
import static org.programmeregistry.domain.fixtures.Programmes.CS;
import static org.programmeregistry.domain.fixtures.Programmes.RS;
import static org.programmeregistry.domain.fixtures.Programmes.TR;
import static org.programmeregistry.domain.fixtures.Programmes.eventDetails;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.CATALOGUE;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.fixtures.Programmes;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.EventStatus;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.territory.TerritoryCode;

class EventRulesTest {

    private final Programme programme = Programmes.inImplementation();

    @Nested
    @DisplayName("E1 dates")
    class E1 {
        @Test
        @DisplayName("E1 refuses an event ending before it starts")
        void refusesReversedDates() {
            assertRefused(Rule.E1, () -> eventDetails(Optional.empty(), "2010-03-02", "2010-03-01"));
        }

        @Test
        @DisplayName("E1 refuses an event outside the programme period")
        void refusesEventOutsidePeriod() {
            assertRefused(Rule.E1, programme::snapshot, () -> Event.schedule(programme, 
                    eventDetails(Optional.empty(), "2011-06-14", "2011-06-15"), CATALOGUE));
            assertRefused(Rule.E1, programme::snapshot, () -> Event.schedule(programme, 
                    eventDetails(Optional.empty(), "2009-06-14", "2009-06-15"), CATALOGUE));
        }

        @Test
        @DisplayName("E1 accepts an event on the first and last days of the programme")
        void acceptsEventOnBoundaries() {
            Event event = Event.schedule(programme, eventDetails(Optional.empty(), "2009-06-15", "2011-06-14"), CATALOGUE);
            assertThat(event.id()).isEqualTo(new EventId(programme.id(), 1));
            assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        }

        @Test
        @DisplayName("E1 refuses rescheduling a programme so that an event falls outside it")
        void refusesProgrammePeriodLeavingEventOut() {
            Programme pipeline = Programmes.ready();
            Programmes.seminar(pipeline);
            assertRefused(Rule.E1, pipeline::snapshot, () -> pipeline.reschedule(new Period(of(2010, 3, 2), of(2011, 1, 1)),
                    Period.unknown(), CATALOGUE));
        }

        @Test
        @DisplayName("E8 refuses an event without a title")
        void refusesUntitledEvent() {
            assertRefused(Rule.E8, () -> new EventDetails(Optional.empty(), EventKind.SEMINAR, " ", new Venue("Vienna", Programmes.AT),
                    of(2010, 1, 1), of(2010, 1, 1), List.of()));
        }
    }

    @Nested
    @DisplayName("E2 module-level events")
    class E2 {
        @Test
        @DisplayName("E2 refuses an event of a module the programme lacks")
        void refusesUnknownModule() {
            assertRefused(Rule.E2, programme::snapshot, () -> Event.schedule(programme, 
                    eventDetails(Optional.of(2), "2010-03-01", "2010-03-01"), CATALOGUE));
        }

        @Test
        @DisplayName("E2 accepts an event of one of the programme's modules")
        void acceptsKnownModule() {
            Event event = Event.schedule(programme, eventDetails(Optional.of(1), "2010-03-01", "2010-03-01"), CATALOGUE);
            assertThat(event.details().module()).contains(1);
        }
    }

    @Nested
    @DisplayName("E3 venue")
    class E3 {
        @Test
        @DisplayName("E3 refuses a venue in a territory that did not exist on the first day")
        void refusesVenueNotExisting() {
            EventDetails inBelgrade2010 = new EventDetails(Optional.empty(), EventKind.CONFERENCE, "Conference",
                    new Venue("Belgrade", CS), of(2010, 3, 1), of(2010, 3, 1), List.of());
            assertRefused(Rule.E3, programme::snapshot, () -> Event.schedule(programme, inBelgrade2010, CATALOGUE));
        }

        @Test
        @DisplayName("E3 accepts a venue in Serbia in 2010")
        void acceptsExistingVenue() {
            Event event = Event.schedule(programme, new EventDetails(Optional.empty(), EventKind.CONFERENCE, "Conference",
                    new Venue("Belgrade", RS), of(2010, 3, 1), of(2010, 3, 1), List.of()), CATALOGUE);
            assertThat(event.details().venue().territory()).isEqualTo(RS);
        }
    }

    @Nested
    @DisplayName("E4 delegations")
    class E4 {
        @Test
        @DisplayName("E4 refuses a delegation from a territory that is not a beneficiary")
        void refusesNonBeneficiary() {
            Event event = Programmes.seminar(programme);
            var violation = assertRefused(Rule.E4, event::snapshot, () -> event.addDelegation(programme, TR, person("Head", "MoI"), CATALOGUE));
            assertThat(violation.getMessage()).isEqualTo("[E4] Turkey (TR) is not a beneficiary of programme TEST-1; "
                    + "delegations come only from beneficiary territories");
        }

        @Test
        @DisplayName("E4 refuses a second delegation from one territory")
        void refusesSecondDelegation() {
            Event event = Programmes.seminar(programme);
            event.addDelegation(programme, AL, person("Head", "Ministry of Interior of Albania"), CATALOGUE);
            assertRefused(Rule.E4, event::snapshot, () -> event.addDelegation(programme, AL, person("Head", "Ministry of Foreign Affairs"), CATALOGUE));
        }

        @Test
        @DisplayName("E4 refuses a person in two delegations")
        void refusesPersonInTwoDelegations() {
            Event event = Programmes.seminar(programme);
            Participant head = person("Head", "Ministry of Interior");
            event.addDelegation(programme, AL, head, CATALOGUE);
            assertRefused(Rule.E4, event::snapshot, () -> event.addDelegation(programme, BA,
                    new Participant(head.name().toUpperCase(), "Head", "Another"), CATALOGUE));
            assertRefused(Rule.E4, event::snapshot, () -> event.addParticipant(programme, AL, head));
        }

        @Test
        @DisplayName("E4 refuses a member for a territory without a delegation")
        void refusesMemberWithoutDelegation() {
            Event event = Programmes.seminar(programme);
            assertRefused(Rule.E4, event::snapshot, () -> event.addParticipant(programme, AL, person("Official", "MFA")));
        }

        @Test
        @DisplayName("E4 refuses a Serbia and Montenegro delegation in 2007 and a Serbia delegation in 2005")
        void refusesTerritoriesNotExistingOnTheDay() {
            Programme spanning = Programme.register(new ProgrammeId("SPAN"), "Spanning", "", new Period(of(2005, 1, 1), of(2008, 12, 31)));
            spanning.addBeneficiary(CS, CATALOGUE);
            spanning.addBeneficiary(RS, CATALOGUE);
            Event in2007 = Event.schedule(spanning, eventDetails(Optional.empty(), "2007-05-01", "2007-05-01"), CATALOGUE);
            Event in2005 = Event.schedule(spanning, eventDetails(Optional.empty(), "2005-09-29", "2005-09-30"), CATALOGUE);
            assertRefused(Rule.E4, in2007::snapshot, () -> in2007.addDelegation(spanning, CS, person("Head", "MoI"), CATALOGUE));
            assertRefused(Rule.E4, in2005::snapshot, () -> in2005.addDelegation(spanning, RS, person("Head", "MoI"), CATALOGUE));
            in2007.addDelegation(spanning, RS, person("Head", "MoI"), CATALOGUE);
            in2005.addDelegation(spanning, CS, person("Head", "MoI"), CATALOGUE);
            assertThat(in2005.delegationOf(CS)).isPresent();
        }

        @Test
        @DisplayName("E4 a beneficiary that sent a delegation stays a beneficiary until that event is cancelled")
        void beneficiaryWithDelegationStays() {
            Event event = Programmes.seminar(programme);
            event.addDelegation(programme, BA, person("Head", "Ministry of Security of Bosnia and Herzegovina"), CATALOGUE);
            assertRefused(Rule.E4, programme::snapshot, () -> programme.removeBeneficiary(BA));
            event.cancel(programme);
            programme.removeBeneficiary(BA);
            assertThat(programme.hasBeneficiary(BA)).isFalse();
        }

        @Test
        @DisplayName("E4 accepts a delegation with its head and members")
        void acceptsDelegation() {
            Event event = Programmes.seminar(programme);
            event.addDelegation(programme, AL, person("Head", "Ministry of Interior"), CATALOGUE);
            event.addParticipant(programme, AL, person("Official", "Ministry of Foreign Affairs"));
            assertThat(event.delegationOf(AL)).get().extracting(Delegation::size).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("E5 signatures")
    class E5 {
        private Event heldSeminarWithStrategy(Programme p) {
            p.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy", Optional.of(AL));
            p.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Regional strategy", Optional.empty());
            Event event = Programmes.seminar(p);
            event.addDelegation(p, AL, person("Head", "MoI AL"), CATALOGUE);
            event.addDelegation(p, BA, person("Head", "MoI BA"), CATALOGUE);
            return event;
        }

        @Test
        @DisplayName("E5 refuses a signature before the event is held")
        void refusesBeforeHeld() {
            Event event = heldSeminarWithStrategy(programme);
            assertRefused(Rule.E5, event::snapshot, () -> event.recordSignature(programme, 1, AL));
        }

        @Test
        @DisplayName("E5 the head of the deliverable's territory signs, once")
        void headSignsOnce() {
            Event event = heldSeminarWithStrategy(programme);
            event.markHeld(programme);
            Signature signature = event.recordSignature(programme, 1, AL);
            assertThat(signature.signatory()).isEqualTo(person("Head", "MoI AL"));
            assertRefused(Rule.E5, event::snapshot, () -> event.recordSignature(programme, 1, AL));
        }

        @Test
        @DisplayName("E5 refuses another territory's head signing a national deliverable")
        void refusesOtherTerritory() {
            Event event = heldSeminarWithStrategy(programme);
            event.markHeld(programme);
            assertRefused(Rule.E5, event::snapshot, () -> event.recordSignature(programme, 1, BA));
        }

        @Test
        @DisplayName("E5 a regional deliverable is signed by each delegation's head")
        void regionalSignedByEach() {
            Event event = heldSeminarWithStrategy(programme);
            event.markHeld(programme);
            event.recordSignature(programme, 2, AL);
            event.recordSignature(programme, 2, BA);
            assertThat(event.signatures()).hasSize(2);
        }

        @Test
        @DisplayName("E5 refuses an unknown deliverable or a territory without delegation")
        void refusesUnknowns() {
            programme.addBeneficiary(TerritoryCode.of("HR"), CATALOGUE);
            Event event = heldSeminarWithStrategy(programme);
            event.markHeld(programme);
            assertRefused(Rule.E5, event::snapshot, () -> event.recordSignature(programme, 9, AL));
            assertRefused(Rule.E5, event::snapshot, () -> event.recordSignature(programme, 2, TerritoryCode.of("HR")));
        }
    }

    @Nested
    @DisplayName("E6 closed programmes and cancellation")
    class E6 {
        @Test
        @DisplayName("E6 no event is scheduled on a cancelled programme")
        void noSchedulingOnCancelled() {
            programme.cancel();
            assertRefused(Rule.E6, programme::snapshot, () -> Programmes.seminar(programme));
        }

        @Test
        @DisplayName("E6 no event of a closed programme is changed or held")
        void eventsOfClosedProgrammeAreReadOnly() {
            Event event = Programmes.seminar(programme);
            programme.finalise(of(2011, 6, 14), CATALOGUE);
            programme.close();
            assertRefused(Rule.E6, event::snapshot, () -> event.addDelegation(programme, AL, person("Head", "MoI"), CATALOGUE));
            assertRefused(Rule.E6, event::snapshot, () -> event.markHeld(programme));
            assertRefused(Rule.E6, event::snapshot, () -> event.cancel(programme));
        }

        @Test
        @DisplayName("E6 an event with signatures cannot be cancelled; one without can")
        void signedEventsStay() {
            programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy", Optional.of(AL));
            Event signed = Programmes.seminar(programme);
            signed.addDelegation(programme, AL, person("Head", "MoI"), CATALOGUE);
            signed.markHeld(programme);
            signed.recordSignature(programme, 1, AL);
            assertRefused(Rule.E6, signed::snapshot, () -> signed.cancel(programme));
            Event unsigned = Programmes.seminar(programme);
            unsigned.cancel(programme);
            assertThat(unsigned.status()).isEqualTo(EventStatus.CANCELLED);
            assertRefused(Rule.E7, unsigned::snapshot, () -> unsigned.addDelegation(programme, AL, person("Head", "MoI"), CATALOGUE));
        }

        @Test
        @DisplayName("an event changes only through its own programme, as that programme keeps it")
        void eventsChangeThroughTheirProgramme() {
            Event event = Programmes.seminar(programme);
            Programme other = Programme.register(new ProgrammeId("OTHER"), "Other", "", programme.planned());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> event.markHeld(other)).isInstanceOf(IllegalArgumentException.class);
            Programme stale = Programme.reconstitute(programme.snapshot());
            event.addDelegation(programme, AL, person("Head", "MoI"), CATALOGUE);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> event.markHeld(stale)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    @DisplayName("E9 a participant has a name of at most 200 characters, a position of at most 200 and an institution of at most 300")
    void participantTextIsBounded() {
        assertRefused(Rule.E9, () -> new Participant(" ", "Head", "Ministry"));
        assertRefused(Rule.E9, () -> new Participant("x".repeat(Participant.NAME_MAX + 1), "Head", "Ministry"));
        assertRefused(Rule.E9, () -> new Participant("Jane", "x".repeat(Participant.POSITION_MAX + 1), "Ministry"));
        assertRefused(Rule.E9, () -> new Participant("Jane", "Head", "x".repeat(Participant.INSTITUTION_MAX + 1)));
        Participant longest = new Participant("x".repeat(Participant.NAME_MAX), "y".repeat(Participant.POSITION_MAX),
                "z".repeat(Participant.INSTITUTION_MAX));
        assertThat(longest.name()).hasSize(Participant.NAME_MAX);
    }

    @Test
    @DisplayName("E8 an event's title, venue city and target groups have limits")
    void eventTextIsBounded() {
        assertRefused(Rule.E8, () -> new Venue("x".repeat(Venue.CITY_MAX + 1), Programmes.AT));
        assertRefused(Rule.E8, () -> new EventDetails(Optional.empty(), EventKind.SEMINAR, "x".repeat(EventDetails.TITLE_MAX + 1),
                new Venue("Vienna", Programmes.AT), of(2010, 1, 1), of(2010, 1, 1), List.of()));
        assertRefused(Rule.E8, () -> new EventDetails(Optional.empty(), EventKind.SEMINAR, "Seminar", new Venue("Vienna", Programmes.AT),
                of(2010, 1, 1), of(2010, 1, 1), List.of("x".repeat(EventDetails.TARGET_GROUP_MAX + 1))));
    }

    @Test
    @DisplayName("E4 participants' names never appear in toString")
    void namesStayInside() {
        Participant p = new Participant("Jane Example", "Head of delegation", "Ministry of Interior");
        assertThat(p.toString()).doesNotContain("Jane").contains("Ministry of Interior");
    }
}

package org.programmeregistry.domain.programme;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.programmeregistry.domain.fixtures.Programmes.AL;
import static org.programmeregistry.domain.fixtures.Programmes.BA;
import static org.programmeregistry.domain.fixtures.Programmes.RS;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.CATALOGUE;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.event.Delegation;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.fixtures.Programmes;
import org.programmeregistry.domain.organisation.Acronym;

/**
 * The programme is the consistency boundary of its events: every change of an event goes
 * through it, it keeps what the cross rules need of each event, and each change is refused
 * whole when a rule spanning both would break.
 */
class ProgrammeBoundaryTest {

    private final Programme programme = Programmes.inImplementation();

    private Event heldSeminarSignedBy(org.programmeregistry.domain.territory.TerritoryCode territory) {
        programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy", Optional.of(territory));
        Event seminar = Programmes.seminar(programme);
        seminar.addDelegation(programme, territory, person("Head", "Ministry of Interior"), CATALOGUE);
        seminar.markHeld(programme);
        return seminar;
    }

    @Test
    @DisplayName("the programme keeps of each event its module, dates, status, delegations and signatures, as the event holds them")
    void programmeKeepsWhatTheRulesNeed() {
        Event seminar = heldSeminarSignedBy(AL);
        seminar.recordSignature(programme, 1, AL);
        EventReference kept = programme.event(1).orElseThrow();
        assertThat(kept).isEqualTo(seminar.reference());
        assertThat(kept.status()).isEqualTo(EventStatus.HELD);
        assertThat(kept.delegations()).containsExactly(AL);
        assertThat(kept.signatures()).containsExactly(new SignedDeliverable(1, AL));
        assertThat(kept.isSigned(1, AL)).isTrue();
        assertThat(kept.isSigned(1, BA)).isFalse();
    }

    @Test
    @DisplayName("E4 a delegation added is its territory's, led by its head")
    void delegationIsLedByItsHead() {
        Event seminar = Programmes.seminar(programme);
        Delegation delegation = seminar.addDelegation(programme, BA, person("Head", "Ministry of Security"), CATALOGUE);
        assertThat(delegation.territory()).isEqualTo(BA);
        assertThat(delegation.head().position()).isEqualTo("Head");
        assertThat(seminar.delegationOf(BA)).contains(delegation);
    }

    @Test
    @DisplayName("E4 a beneficiary that sent a delegation stays; once its only event is cancelled it can be removed")
    void delegationsKeepBeneficiaries() {
        Event seminar = Programmes.seminar(programme);
        seminar.addDelegation(programme, BA, person("Head", "Ministry of Security"), CATALOGUE);
        assertRefused(Rule.E4, programme::snapshot, () -> programme.removeBeneficiary(BA));
        seminar.cancel(programme);
        programme.removeBeneficiary(BA);
        assertThat(programme.beneficiaries()).containsExactly(AL);
    }

    @Test
    @DisplayName("P6 removing a territory that is not a beneficiary is refused")
    void removingAStrangerIsRefused() {
        assertRefused(Rule.P6, programme::snapshot, () -> programme.removeBeneficiary(RS));
    }

    @Test
    @DisplayName("P10 a beneficiary is removed when only other territories have national deliverables")
    void otherTerritoriesDeliverablesDoNotHoldABeneficiary() {
        programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy", Optional.of(AL));
        programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Regional strategy", Optional.empty());
        programme.removeBeneficiary(BA);
        assertThat(programme.beneficiaries()).containsExactly(AL);
    }

    @Test
    @DisplayName("P8 removing a module the programme does not have is refused; one without events is removed")
    void removingAnUnknownModuleIsRefused() {
        assertRefused(Rule.P8, programme::snapshot, () -> programme.removeModule(2));
        programme.addModule(new Module(2, "Asylum", Acronym.of("UNHCR")));
        programme.removeModule(2);
        assertThat(programme.modules()).extracting(Module::number).containsExactly(1);
    }

    @Test
    @DisplayName("E7 an event is cancelled once; a cancelled event is not held")
    void cancelledOnce() {
        Event seminar = Programmes.seminar(programme);
        seminar.cancel(programme);
        assertRefused(Rule.E7, programme::snapshot, () -> programme.cancelEvent(1));
        assertRefused(Rule.E7, programme::snapshot, () -> programme.markEventHeld(1));
        assertThat(programme.event(1)).get().extracting(EventReference::status).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    @DisplayName("E6 no signature is recorded on a closed programme, even for an event held before")
    void noSignatureOnAClosedProgramme() {
        Event seminar = heldSeminarSignedBy(AL);
        programme.finalise(of(2011, 6, 14), CATALOGUE);
        programme.close();
        assertRefused(Rule.E6, programme::snapshot, () -> programme.recordSignature(1, 1, AL));
        assertRefused(Rule.E6, seminar::snapshot, () -> seminar.recordSignature(programme, 1, AL));
        assertThat(programme.isReadOnly()).isTrue();
    }

    @Test
    @DisplayName("E6 nobody joins a delegation of a scheduled event once the programme is cancelled")
    void noParticipantOnACancelledProgramme() {
        Event seminar = Programmes.seminar(programme);
        seminar.addDelegation(programme, AL, person("Head", "Ministry of Interior"), CATALOGUE);
        programme.cancel();
        assertRefused(Rule.E6, programme::snapshot, () -> programme.addParticipant(1, AL));
        assertRefused(Rule.E6, seminar::snapshot, () -> seminar.addParticipant(programme, AL, person("Member", "Ministry")));
    }

    @Test
    @DisplayName("P4 only closed and cancelled programmes are read-only")
    void openProgrammesAreNotReadOnly() {
        assertThat(programme.isReadOnly()).isFalse();
        programme.suspend();
        assertThat(programme.isReadOnly()).isFalse();
        programme.cancel();
        assertThat(programme.isReadOnly()).isTrue();
    }

    @Test
    @DisplayName("an event changes only through its own programme, as that programme keeps it")
    void eventsChangeThroughTheirProgramme() {
        Event seminar = heldSeminarSignedBy(AL);
        Programme other = Programme.register(new ProgrammeId("OTHER"), "Other", "", programme.planned());
        List<Runnable> changes = List.of(
                () -> seminar.addDelegation(other, BA, person("Head", "Ministry"), CATALOGUE),
                () -> seminar.addParticipant(other, AL, person("Member", "Ministry")),
                () -> seminar.markHeld(other),
                () -> seminar.recordSignature(other, 1, AL),
                () -> seminar.cancel(other));
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER");
        }
        Programme stale = Programme.reconstitute(programme.snapshot());
        seminar.recordSignature(programme, 1, AL);
        List<Runnable> staleChanges = List.of(
                () -> seminar.addDelegation(stale, BA, person("Head", "Ministry"), CATALOGUE),
                () -> seminar.addParticipant(stale, AL, person("Member", "Ministry")),
                () -> seminar.recordSignature(stale, 1, AL),
                () -> seminar.cancel(stale));
        for (Runnable change : staleChanges) {
            assertThatThrownBy(change::run).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> programme.markEventHeld(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a rebuilt programme keeps its version and the events it keeps")
    void rebuiltProgrammeKeepsVersion() {
        heldSeminarSignedBy(AL);
        ProgrammeSnapshot s = programme.snapshot();
        Programme stored = Programme.reconstitute(new ProgrammeSnapshot(s.id(), s.title(), s.summary(), s.status(), s.planned(), s.actual(),
                s.coordinatingOffice(), s.beneficiaries(), s.contributions(), s.roles(), s.modules(), s.deliverables(), s.sdgTargets(),
                s.events(), 7));
        assertThat(stored.version()).isEqualTo(7);
        assertThat(stored.events()).isEqualTo(programme.events());
        assertThat(stored.toString()).contains(programme.id().value()).contains("IMPLEMENTATION");
    }

    @Test
    @DisplayName("IATI participating-organisation roles 1-4 are funding, accountable, extending and implementing")
    void partnerRolesHaveIatiCodes() {
        assertThat(List.of("1", "2", "3", "4")).map(c -> PartnerRole.fromIatiCode(c).orElseThrow())
                .containsExactly(PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE, PartnerRole.EXTENDING, PartnerRole.IMPLEMENTING);
        assertThat(PartnerRole.fromIatiCode("9")).isEmpty();
        assertThat(PartnerRole.IMPLEMENTING.iatiCode()).isEqualTo("4");
    }

    @Test
    @DisplayName("P11 a programme's SDG targets are in the Agenda's order: goal, then target number, lettered targets last")
    void sdgTargetsInAgendaOrder() {
        for (String code : List.of("10.a", "17.10", "16.2", "10.7", "17.2", "1.1")) {
            programme.tagSdgTarget(new SdgTarget(code));
        }
        assertThat(programme.sdgTargets()).extracting(SdgTarget::code).containsExactly("1.1", "10.7", "10.a", "16.2", "17.2", "17.10");
        assertThat(new SdgTarget("10.b").compareTo(new SdgTarget("10.a"))).isPositive();
        assertThat(new SdgTarget("10.a").compareTo(new SdgTarget("10.b"))).isNegative();
    }
}

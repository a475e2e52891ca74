package org.programmeregistry.application.contract;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.InvalidCommandException;
import org.programmeregistry.application.fixtures.SeedScenario;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.AddParticipantUseCase;
import org.programmeregistry.application.port.in.event.CorrectParticipantUseCase;
import org.programmeregistry.application.port.in.event.EventView;
import org.programmeregistry.application.port.in.event.MarkEventHeldUseCase;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.event.RecordSignatureUseCase;
import org.programmeregistry.application.port.in.event.RemoveDelegationUseCase;
import org.programmeregistry.application.port.in.event.RemoveParticipantUseCase;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.AddDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.ChangeContributionUseCase;
import org.programmeregistry.application.port.in.programme.ChangeDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.application.port.in.programme.RecordContributionUseCase;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.RemoveContributionUseCase;
import org.programmeregistry.application.port.in.programme.RemoveDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.RemoveSdgTargetUseCase;
import org.programmeregistry.application.port.in.programme.TagSdgTargetUseCase;
import org.programmeregistry.application.readmodel.AuditEntry;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;

/**
 * The correction use cases over one adapter: each one transaction that is stored whole and
 * audited, or refused with its rule and nothing written.
 */
public abstract class CorrectionContract extends PortContract {

    private static final String ID = "CORR-1";
    private static final String OFFICER = "officer";

    @BeforeEach
    void programmeWithAnEvent() {
        SeedScenario.organisations(registry);
        var p = registry.programmes();
        p.register(new RegisterProgrammeUseCase.Command(OFFICER, ID, "Corrections", "", of(2009, 6, 15), of(2011, 6, 14)));
        p.addBeneficiary(new AddBeneficiaryUseCase.Command(OFFICER, ID, "AL"));
        p.addBeneficiary(new AddBeneficiaryUseCase.Command(OFFICER, ID, "BA"));
        p.recordContribution(new RecordContributionUseCase.Command(OFFICER, ID, "EC", "IPA", null, null));
        p.recordContribution(new RecordContributionUseCase.Command(OFFICER, ID, "NL-GOV", null, new BigDecimal("250000"), "EUR"));
        p.addDeliverable(new AddDeliverableUseCase.Command(OFFICER, ID, DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Strategy", null));
        p.addDeliverable(new AddDeliverableUseCase.Command(OFFICER, ID, DeliverableKind.OTHER, DeliverableScope.REGIONAL, "Report", null));
        p.tagSdgTarget(new TagSdgTargetUseCase.Command(OFFICER, ID, "10.7"));
        p.tagSdgTarget(new TagSdgTargetUseCase.Command(OFFICER, ID, "16.9"));
        var e = registry.events();
        e.schedule(new ScheduleEventUseCase.Command(OFFICER, ID, null, EventKind.SEMINAR, "Seminar", "Vienna", "AT", of(2010, 3, 1),
                of(2010, 3, 2), List.of("civil servants")));
        e.addDelegation(new AddDelegationUseCase.Command(OFFICER, ID, 1, "AL", new Person("Ana Head", "Head of delegation", "MoI")));
        e.addParticipant(new AddParticipantUseCase.Command(OFFICER, ID, 1, "AL", new Person("Ben Member", "Adviser", "MoI")));
        e.addDelegation(new AddDelegationUseCase.Command(OFFICER, ID, 1, "BA", new Person("Cleo Head", "Head of delegation", "MoS")));
    }

    private ProgrammeView programme() {
        return registry.queries().find(ID);
    }

    private EventView event() {
        return registry.queries().find(ID, 1);
    }

    private AuditEntry lastEntry() {
        List<AuditEntry> trail = registry.queries().trailOf(ID);
        return trail.get(trail.size() - 1);
    }

    private void assertRefusedWithNothingWritten(Rule rule, Runnable correction) {
        ProgrammeView programme = programme();
        EventView event = event();
        int entries = registry.queries().trailOf(ID).size();
        assertThatThrownBy(correction::run).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(rule));
        assertThat(programme()).isEqualTo(programme);
        assertThat(event()).isEqualTo(event);
        assertThat(registry.queries().trailOf(ID)).hasSize(entries);
    }

    @Test
    @DisplayName("P9 a contribution recorded without an amount gets one later, stored and audited")
    void amountAddedLater() {
        registry.programmes().changeContribution(new ChangeContributionUseCase.Command(OFFICER, ID, "ec", "ipa", null,
                new BigDecimal("1500000"), "EUR", false));
        assertThat(programme().contributions()).extracting(c -> c.donor() + " " + c.instrument().orElse("-") + " "
                + c.amount().map(BigDecimal::toPlainString).orElse("-") + " " + c.currency().orElse("-"))
                .containsExactly("EC IPA 1500000 EUR", "NL-GOV - 250000 EUR");
        assertThat(lastEntry()).satisfies(a -> {
            assertThat(a.action()).isEqualTo("contribution changed");
            assertThat(a.actor()).isEqualTo(OFFICER);
            assertThat(a.detail()).isEqualTo("EC (IPA) -> EC (IPA) EUR 1500000");
        });
    }

    @Test
    @DisplayName("P9 a contribution's instrument is renamed and its amount removed; a rename into another line is refused")
    void instrumentRenamedAmountRemoved() {
        registry.programmes().changeContribution(new ChangeContributionUseCase.Command(OFFICER, ID, "NL-GOV", null, "Bilateral", null,
                null, true));
        assertThat(programme().contributions().get(1)).satisfies(c -> {
            assertThat(c.instrument()).contains("Bilateral");
            assertThat(c.amount()).isEmpty();
        });
        registry.programmes().recordContribution(new RecordContributionUseCase.Command(OFFICER, ID, "EC", "CARDS", null, null));
        assertRefusedWithNothingWritten(Rule.P9, () -> registry.programmes().changeContribution(new ChangeContributionUseCase.Command(
                OFFICER, ID, "EC", "IPA", "cards", null, null, false)));
    }

    @Test
    @DisplayName("P13 a contribution that is not recorded is neither changed nor removed")
    void unknownContribution() {
        assertRefusedWithNothingWritten(Rule.P13, () -> registry.programmes().changeContribution(new ChangeContributionUseCase.Command(
                OFFICER, ID, "EC", "CARDS", null, BigDecimal.ONE, "EUR", false)));
        assertRefusedWithNothingWritten(Rule.P13, () -> registry.programmes().removeContribution(new RemoveContributionUseCase.Command(
                OFFICER, ID, "UNHCR", null)));
    }

    @Test
    @DisplayName("P13 a contribution is removed, stored and audited")
    void contributionRemoved() {
        registry.programmes().removeContribution(new RemoveContributionUseCase.Command(OFFICER, ID, "NL-GOV", " "));
        assertThat(programme().contributions()).extracting(ProgrammeView.Contribution::donor).containsExactly("EC");
        assertThat(lastEntry().action()).isEqualTo("contribution removed");
        assertThat(lastEntry().detail()).isEqualTo("NL-GOV EUR 250000");
    }

    @Test
    @DisplayName("a correction that names no change is refused before anything is read")
    void emptyCorrectionRefused() {
        assertThatThrownBy(() -> new ChangeContributionUseCase.Command(OFFICER, ID, "EC", "IPA", null, null, null, false))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> new ChangeContributionUseCase.Command(OFFICER, ID, "EC", "IPA", null, BigDecimal.ONE, null, false))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("P9");
        assertThatThrownBy(() -> new ChangeDeliverableUseCase.Command(OFFICER, ID, 1, null, null, null, null))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> new CorrectParticipantUseCase.Command(OFFICER, ID, 1, "AL", "Ben Member", null, null, null))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    @DisplayName("P10 a deliverable is changed to a national one for a beneficiary, keeping its number; its title and kind stay")
    void deliverableChanged() {
        registry.programmes().changeDeliverable(new ChangeDeliverableUseCase.Command(OFFICER, ID, 2, null, null, null, "BA"));
        assertThat(programme().deliverables().get(1)).satisfies(d -> {
            assertThat(d.number()).isEqualTo(2);
            assertThat(d.title()).isEqualTo("Report");
            assertThat(d.kind()).isEqualTo(DeliverableKind.OTHER);
            assertThat(d.scope()).isEqualTo(DeliverableScope.NATIONAL);
            assertThat(d.territory()).get().extracting(t -> t.code()).isEqualTo("BA");
        });
        assertThat(lastEntry().detail()).isEqualTo("2 'Report' other, national for BA");
        registry.programmes().changeDeliverable(new ChangeDeliverableUseCase.Command(OFFICER, ID, 2, null, DeliverableScope.REGIONAL,
                "Final report", null));
        assertThat(programme().deliverables().get(1).territory()).isEmpty();
        assertThat(programme().deliverables().get(1).title()).isEqualTo("Final report");
        assertRefusedWithNothingWritten(Rule.P10, () -> registry.programmes().changeDeliverable(new ChangeDeliverableUseCase.Command(
                OFFICER, ID, 2, null, null, null, "HR")));
    }

    @Test
    @DisplayName("P13 a deliverable signed at an event is neither changed nor removed; an unsigned one is removed")
    void signedDeliverableStays() {
        registry.events().markHeld(new MarkEventHeldUseCase.Command(OFFICER, ID, 1));
        registry.events().recordSignature(new RecordSignatureUseCase.Command(OFFICER, ID, 1, 1, "AL"));
        assertRefusedWithNothingWritten(Rule.P13, () -> registry.programmes().changeDeliverable(new ChangeDeliverableUseCase.Command(
                OFFICER, ID, 1, null, null, "Another title", null)));
        assertRefusedWithNothingWritten(Rule.P13, () -> registry.programmes().removeDeliverable(new RemoveDeliverableUseCase.Command(
                OFFICER, ID, 1)));
        assertRefusedWithNothingWritten(Rule.P13, () -> registry.programmes().removeDeliverable(new RemoveDeliverableUseCase.Command(
                OFFICER, ID, 9)));
        registry.programmes().removeDeliverable(new RemoveDeliverableUseCase.Command(OFFICER, ID, 2));
        assertThat(programme().deliverables()).extracting(ProgrammeView.Deliverable::number).containsExactly(1);
        assertThat(lastEntry().detail()).isEqualTo("2 'Report'");
    }

    @Test
    @DisplayName("P13 a tagged SDG target is removed and audited; one not tagged is refused")
    void sdgTargetRemoved() {
        registry.programmes().removeSdgTarget(new RemoveSdgTargetUseCase.Command(OFFICER, ID, "10.7"));
        assertThat(programme().sdgTargets()).containsExactly("16.9");
        assertThat(lastEntry().action()).isEqualTo("SDG target removed");
        assertRefusedWithNothingWritten(Rule.P13, () -> registry.programmes().removeSdgTarget(new RemoveSdgTargetUseCase.Command(
                OFFICER, ID, "10.7")));
    }

    @Test
    @DisplayName("E10 a participant's position is corrected, found by name; the audit names the role, never the person")
    void participantCorrected() {
        registry.events().correctParticipant(new CorrectParticipantUseCase.Command(OFFICER, ID, 1, "AL", "ben member", null,
                "Senior adviser", null));
        assertThat(event().delegations().get(0).members()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Ben Member");
            assertThat(m.position()).isEqualTo("Senior adviser");
            assertThat(m.institution()).isEqualTo("MoI");
        });
        assertThat(lastEntry().action()).isEqualTo("participant corrected");
        assertThat(lastEntry().detail()).isEqualTo("AL delegation: Senior adviser, MoI").doesNotContain("Ben");
        assertRefusedWithNothingWritten(Rule.E10, () -> registry.events().correctParticipant(new CorrectParticipantUseCase.Command(
                OFFICER, ID, 1, "AL", "Nobody", null, "Adviser", null)));
        assertRefusedWithNothingWritten(Rule.E4, () -> registry.events().correctParticipant(new CorrectParticipantUseCase.Command(
                OFFICER, ID, 1, "AL", "Ben Member", "Cleo Head", null, null)));
    }

    @Test
    @DisplayName("E4 a member is removed, the head is not; a delegation is removed whole")
    void participantAndDelegationRemoved() {
        assertRefusedWithNothingWritten(Rule.E4, () -> registry.events().removeParticipant(new RemoveParticipantUseCase.Command(
                OFFICER, ID, 1, "AL", "Ana Head")));
        registry.events().removeParticipant(new RemoveParticipantUseCase.Command(OFFICER, ID, 1, "AL", "Ben Member"));
        assertThat(event().delegations().get(0).members()).isEmpty();
        assertThat(lastEntry().detail()).isEqualTo("AL delegation: Adviser, MoI");
        registry.events().removeDelegation(new RemoveDelegationUseCase.Command(OFFICER, ID, 1, "BA"));
        assertThat(event().delegations()).extracting(d -> d.territory().code()).containsExactly("AL");
        assertThat(lastEntry().action()).isEqualTo("delegation removed");
        assertThat(lastEntry().detail()).isEqualTo("BA, 1 person");
        assertRefusedWithNothingWritten(Rule.E4, () -> registry.events().removeDelegation(new RemoveDelegationUseCase.Command(
                OFFICER, ID, 1, "BA")));
    }

    @Test
    @DisplayName("E7 once the event is held, its delegations and participants are not corrected")
    void heldEventRefused() {
        registry.events().markHeld(new MarkEventHeldUseCase.Command(OFFICER, ID, 1));
        assertRefusedWithNothingWritten(Rule.E7, () -> registry.events().removeDelegation(new RemoveDelegationUseCase.Command(
                OFFICER, ID, 1, "BA")));
        assertRefusedWithNothingWritten(Rule.E7, () -> registry.events().removeParticipant(new RemoveParticipantUseCase.Command(
                OFFICER, ID, 1, "AL", "Ben Member")));
        assertRefusedWithNothingWritten(Rule.E7, () -> registry.events().correctParticipant(new CorrectParticipantUseCase.Command(
                OFFICER, ID, 1, "AL", "Ben Member", null, "Adviser", null)));
    }

    @Test
    @DisplayName("E4 a territory whose delegation was removed may leave the programme")
    void removedDelegationFreesTheBeneficiary() {
        registry.events().removeDelegation(new RemoveDelegationUseCase.Command(OFFICER, ID, 1, "BA"));
        registry.programmes().removeBeneficiary(new org.programmeregistry.application.port.in.programme.RemoveBeneficiaryUseCase.Command(
                OFFICER, ID, "BA"));
        assertThat(programme().beneficiaries()).extracting(t -> t.code()).containsExactly("AL");
        assertThat(event().delegations()).hasSize(1);
    }
}

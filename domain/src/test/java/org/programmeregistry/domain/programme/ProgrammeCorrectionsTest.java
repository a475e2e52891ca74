package org.programmeregistry.domain.programme;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.programmeregistry.domain.fixtures.Programmes.AL;
import static org.programmeregistry.domain.fixtures.Programmes.BA;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.CATALOGUE;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.Participant;
import org.programmeregistry.domain.fixtures.Programmes;
import org.programmeregistry.domain.organisation.Acronym;

/** Corrections of a programme's contributions, deliverables and SDG targets, rule by rule. */
class ProgrammeCorrectionsTest {

    private static final Acronym EC = Acronym.of("EC");
    private static final Acronym NL = Acronym.of("NL-GOV");
    private static final Optional<String> IPA = Optional.of("IPA");

    @Nested
    @DisplayName("contributions")
    class Contributions {
        @Test
        @DisplayName("P9 a contribution recorded without an amount gets one later, in its place")
        void amountAddedLater() {
            Programme programme = Programmes.ready();
            programme.recordContribution(Contribution.of(NL, null, null));
            programme.changeContribution(EC, Optional.of("ipa"), Contribution.of(EC, "IPA", Money.of("1500000", "EUR")));
            assertThat(programme.contributions()).containsExactly(Contribution.of(EC, "IPA", Money.of("1500000", "EUR")),
                    Contribution.of(NL, null, null));
            assertThat(programme.contribution(EC, IPA).flatMap(Contribution::amount)).contains(Money.of("1500000", "EUR"));
        }

        @Test
        @DisplayName("P9 a contribution's instrument is corrected, but not into another recorded line")
        void instrumentCorrectedButNotIntoAnotherLine() {
            Programme programme = Programmes.ready();
            programme.recordContribution(Contribution.of(EC, "CARDS", null));
            assertRefused(Rule.P9, programme::snapshot,
                    () -> programme.changeContribution(EC, IPA, Contribution.of(EC, "cards", Money.of("1", "EUR"))));
            programme.changeContribution(EC, IPA, Contribution.of(EC, "IPA 2007", null));
            assertThat(programme.contributions()).extracting(Contribution::instrument)
                    .containsExactly(Optional.of("IPA 2007"), Optional.of("CARDS"));
        }

        @Test
        @DisplayName("P9 a contribution keeps its own line when only its amount changes")
        void sameLineIsNoClash() {
            Programme programme = Programmes.ready();
            programme.changeContribution(EC, IPA, Contribution.of(EC, "IPA", Money.of("10", "EUR")));
            programme.changeContribution(EC, IPA, Contribution.of(EC, "IPA", Money.of("20", "EUR")));
            assertThat(programme.contributions()).containsExactly(Contribution.of(EC, "IPA", Money.of("20", "EUR")));
        }

        @Test
        @DisplayName("P13 refuses to change or remove a contribution that is not recorded")
        void unknownLineRefused() {
            Programme programme = Programmes.ready();
            assertRefused(Rule.P13, programme::snapshot, () -> programme.changeContribution(EC, Optional.empty(),
                    Contribution.of(EC, null, Money.of("1", "EUR"))));
            assertRefused(Rule.P13, programme::snapshot, () -> programme.changeContribution(NL, IPA, Contribution.of(NL, "IPA", null)));
            assertRefused(Rule.P13, programme::snapshot, () -> programme.removeContribution(EC, Optional.of("CARDS")));
            assertRefused(Rule.P13, () -> programme.recordedContribution(EC, Optional.of("CARDS")));
            assertThat(programme.recordedContribution(Acronym.of("ec"), Optional.of("ipa"))).isEqualTo(Contribution.of(EC, "IPA", null));
        }

        @Test
        @DisplayName("P13 a recorded contribution is removed, and its donor is no longer a funding partner")
        void removed() {
            Programme programme = Programmes.ready();
            programme.recordContribution(Contribution.of(NL, null, null));
            programme.removeContribution(NL, Optional.of(" "));
            assertThat(programme.contributions()).containsExactly(Contribution.of(EC, "IPA", null));
            assertThat(programme.rolesOf(NL)).isEmpty();
        }

        @Test
        @DisplayName("P13 removing a line that is not recorded is refused as such, even where P5 would keep the last one")
        void unrecordedLineIsNamedBeforeP5() {
            Programme programme = Programmes.inImplementation();
            assertRefused(Rule.P13, programme::snapshot, () -> programme.removeContribution(Acronym.of("SIDA"), Optional.empty()));
        }

        @Test
        @DisplayName("P9 the line of a donor and instrument is found among several")
        void lineFoundAmongSeveral() {
            Programme programme = Programmes.inImplementation();
            programme.recordContribution(Contribution.of(Acronym.of("SIDA"), "Grant", null));
            assertThat(programme.contribution(Acronym.of("SIDA"), Optional.of("Grant"))).map(Contribution::donor).contains(Acronym.of("SIDA"));
            assertThat(programme.contribution(Acronym.of("SIDA"), Optional.of("Loan"))).isEmpty();
        }

        @Test
        @DisplayName("P5 a programme in implementation keeps its last contribution; one of two may go")
        void implementationKeepsOne() {
            Programme programme = Programmes.inImplementation();
            assertRefused(Rule.P5, programme::snapshot, () -> programme.removeContribution(EC, IPA));
            programme.recordContribution(Contribution.of(NL, null, null));
            programme.removeContribution(EC, IPA);
            assertThat(programme.contributions()).containsExactly(Contribution.of(NL, null, null));
        }

        @Test
        @DisplayName("P4 the contributions of a closed programme are not corrected")
        void closedIsReadOnly() {
            Programme programme = closed();
            assertRefused(Rule.P4, programme::snapshot, () -> programme.changeContribution(EC, IPA, Contribution.of(EC, "IPA",
                    Money.of("1", "EUR"))));
            assertRefused(Rule.P4, programme::snapshot, () -> programme.removeContribution(EC, IPA));
        }
    }

    @Nested
    @DisplayName("deliverables")
    class Deliverables {
        @Test
        @DisplayName("P13 an unsigned deliverable is changed in kind, scope, title and territory, keeping its number")
        void changed() {
            Programme programme = Programmes.ready();
            programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Regional strategy", Optional.empty());
            programme.addDeliverable(DeliverableKind.OTHER, DeliverableScope.REGIONAL, "Report", Optional.empty());
            Deliverable changed = programme.changeDeliverable(1, DeliverableKind.ACTION_PLAN, DeliverableScope.NATIONAL,
                    "National action plan", Optional.of(AL));
            assertThat(changed).isEqualTo(new Deliverable(1, DeliverableKind.ACTION_PLAN, DeliverableScope.NATIONAL,
                    "National action plan", Optional.of(AL)));
            assertThat(programme.deliverables()).extracting(Deliverable::number).containsExactly(1, 2);
            assertThat(programme.deliverable(1)).contains(changed);
        }

        @Test
        @DisplayName("P13 refuses to change or remove a deliverable the programme does not have")
        void unknownRefused() {
            Programme programme = Programmes.ready();
            programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Regional strategy", Optional.empty());
            assertRefused(Rule.P13, programme::snapshot, () -> programme.changeDeliverable(2, DeliverableKind.OTHER,
                    DeliverableScope.REGIONAL, "Report", Optional.empty()));
            assertRefused(Rule.P13, programme::snapshot, () -> programme.removeDeliverable(2));
            assertRefused(Rule.P13, () -> programme.recordedDeliverable(2));
            assertThat(programme.recordedDeliverable(1).title()).isEqualTo("Regional strategy");
        }

        @Test
        @DisplayName("P13 refuses to change or remove a deliverable signed at an event; an unsigned one is removed")
        void signedStays() {
            Programme programme = Programmes.inImplementation();
            programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Regional strategy", Optional.empty());
            programme.addDeliverable(DeliverableKind.OTHER, DeliverableScope.REGIONAL, "Report", Optional.empty());
            Event seminar = Programmes.seminar(programme);
            seminar.addDelegation(programme, AL, new Participant("Head A", "", ""), CATALOGUE);
            seminar.markHeld(programme);
            seminar.recordSignature(programme, 1, AL);
            assertRefused(Rule.P13, programme::snapshot, () -> programme.changeDeliverable(1, DeliverableKind.STRATEGY,
                    DeliverableScope.REGIONAL, "Another title", Optional.empty()));
            assertRefused(Rule.P13, programme::snapshot, () -> programme.removeDeliverable(1));
            programme.removeDeliverable(2);
            assertThat(programme.deliverables()).extracting(Deliverable::number).containsExactly(1);
        }

        @Test
        @DisplayName("P10 a changed national deliverable names a beneficiary; a changed regional one names none")
        void changedScopeFollowsP10() {
            Programme programme = Programmes.ready();
            programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Strategy", Optional.empty());
            assertRefused(Rule.P10, programme::snapshot, () -> programme.changeDeliverable(1, DeliverableKind.STRATEGY,
                    DeliverableScope.NATIONAL, "Strategy", Optional.of(BA)));
            assertRefused(Rule.P10, programme::snapshot, () -> programme.changeDeliverable(1, DeliverableKind.STRATEGY,
                    DeliverableScope.NATIONAL, "Strategy", Optional.empty()));
            assertRefused(Rule.P10, programme::snapshot, () -> programme.changeDeliverable(1, DeliverableKind.STRATEGY,
                    DeliverableScope.REGIONAL, "Strategy", Optional.of(AL)));
        }

        @Test
        @DisplayName("P10 a beneficiary freed of its national deliverable can be removed")
        void beneficiaryFreedByChange() {
            Programme programme = Programmes.ready();
            programme.addBeneficiary(BA, CATALOGUE);
            programme.addDeliverable(DeliverableKind.ACTION_PLAN, DeliverableScope.NATIONAL, "Action plan", Optional.of(BA));
            programme.removeDeliverable(1);
            programme.removeBeneficiary(BA);
            assertThat(programme.beneficiaries()).containsExactly(AL);
        }

        @Test
        @DisplayName("P12 a changed deliverable has a non-blank title of at most 500 characters")
        void changedTitleFollowsP12() {
            Programme programme = Programmes.ready();
            programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Strategy", Optional.empty());
            assertRefused(Rule.P12, programme::snapshot, () -> programme.changeDeliverable(1, DeliverableKind.STRATEGY,
                    DeliverableScope.REGIONAL, " ", Optional.empty()));
            assertRefused(Rule.P12, programme::snapshot, () -> programme.changeDeliverable(1, DeliverableKind.STRATEGY,
                    DeliverableScope.REGIONAL, "x".repeat(Deliverable.TITLE_MAX + 1), Optional.empty()));
        }

        @Test
        @DisplayName("P4 the deliverables of a closed programme are not corrected")
        void closedIsReadOnly() {
            Programme programme = Programmes.inImplementation();
            programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Strategy", Optional.empty());
            programme.finalise(of(2011, 6, 14), CATALOGUE);
            programme.close();
            assertRefused(Rule.P4, programme::snapshot, () -> programme.changeDeliverable(1, DeliverableKind.STRATEGY,
                    DeliverableScope.REGIONAL, "Another", Optional.empty()));
            assertRefused(Rule.P4, programme::snapshot, () -> programme.removeDeliverable(1));
        }
    }

    @Nested
    @DisplayName("SDG targets")
    class SdgTargets {
        @Test
        @DisplayName("P13 a tagged SDG target is removed; one the programme is not tagged with is refused")
        void removed() {
            Programme programme = Programmes.ready();
            programme.tagSdgTarget(new SdgTarget("10.7"));
            programme.tagSdgTarget(new SdgTarget("16.9"));
            assertRefused(Rule.P13, programme::snapshot, () -> programme.removeSdgTarget(new SdgTarget("10.a")));
            programme.removeSdgTarget(new SdgTarget("10.7"));
            assertThat(programme.sdgTargets()).containsExactly(new SdgTarget("16.9"));
        }

        @Test
        @DisplayName("P4 the targets of a cancelled programme are not removed")
        void cancelledIsReadOnly() {
            Programme programme = Programmes.ready();
            programme.tagSdgTarget(new SdgTarget("10.7"));
            programme.cancel();
            assertRefused(Rule.P4, programme::snapshot, () -> programme.removeSdgTarget(new SdgTarget("10.7")));
        }
    }

    @Test
    @DisplayName("P13 a corrected programme is rebuilt from its snapshot as it was")
    void correctedProgrammeRebuilds() {
        Programme programme = Programmes.ready();
        programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Strategy", Optional.empty());
        programme.changeContribution(EC, IPA, Contribution.of(EC, "IPA", Money.of("5", "EUR")));
        programme.changeDeliverable(1, DeliverableKind.OTHER, DeliverableScope.NATIONAL, "Report", Optional.of(AL));
        assertThat(Programme.reconstitute(programme.snapshot()).snapshot()).isEqualTo(programme.snapshot());
    }

    private static Programme closed() {
        Programme programme = Programmes.inImplementation();
        programme.finalise(of(2011, 6, 14), CATALOGUE);
        programme.close();
        return programme;
    }
}

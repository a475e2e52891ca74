package org.programmeregistry.domain.programme;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.programmeregistry.domain.fixtures.Programmes.AL;
import static org.programmeregistry.domain.fixtures.Programmes.BA;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.CATALOGUE;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.fixtures.Programmes;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.OrganisationType;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * A published version (an IATI activity) changes a stored programme only through the rules
 * the commands enforce: the life cycle (P4), the dates each status needs (P5), and what the
 * programme's events and deliverables hold on to (E4, P10, P8).
 */
class ProgrammePublishedVersionTest {

    private static final Acronym EC = Acronym.of("EC");
    private static final Acronym IOM = Acronym.of("IOM");

    /** The programme as a publication of it would say it, to be varied one part at a time. */
    private static PublishedProgramme publicationOf(Programme p) {
        Map<Acronym, Set<PartnerRole>> roles = new java.util.TreeMap<>();
        p.partners().forEach((organisation, set) -> {
            Set<PartnerRole> others = set.stream().filter(r -> r != PartnerRole.FUNDING).collect(java.util.stream.Collectors.toSet());
            if (!others.isEmpty()) {
                roles.put(organisation, others);
            }
        });
        return new PublishedProgramme(p.id(), p.title(), p.summary(), p.status(), p.planned(), p.actual(), p.beneficiaries(), roles,
                p.contributions().stream().map(Contribution::donor).toList(), p.sdgTargets());
    }

    private static PublishedProgramme withStatus(PublishedProgramme p, ProgrammeStatus status, Period actual) {
        return new PublishedProgramme(p.id(), p.title(), p.summary(), status, p.planned(), actual, p.beneficiaries(), p.roles(),
                p.donors(), p.sdgTargets());
    }

    private static PublishedProgramme withBeneficiaries(PublishedProgramme p, List<TerritoryCode> beneficiaries) {
        return new PublishedProgramme(p.id(), p.title(), p.summary(), p.status(), p.planned(), p.actual(), beneficiaries, p.roles(),
                p.donors(), p.sdgTargets());
    }

    private static PublishedProgramme withTitle(PublishedProgramme p, String title) {
        return new PublishedProgramme(p.id(), title, p.summary(), p.status(), p.planned(), p.actual(), p.beneficiaries(), p.roles(),
                p.donors(), p.sdgTargets());
    }

    private static Programme closed() {
        Programme programme = Programmes.inImplementation();
        programme.finalise(of(2011, 6, 14), CATALOGUE);
        programme.close();
        return programme;
    }

    @Test
    @DisplayName("P4 a published version that says what a closed programme holds is unchanged")
    void sameVersionOfAClosedProgrammeIsUnchanged() {
        Programme programme = closed();
        ProgrammeSnapshot before = programme.snapshot();
        assertThat(programme.applyPublished(publicationOf(programme), CATALOGUE)).isFalse();
        assertThat(programme.snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("P4 a closed programme is not reopened by a published version, nor retitled")
    void closedProgrammeIsNotReopened() {
        Programme programme = closed();
        PublishedProgramme reopened = withTitle(withStatus(publicationOf(programme), ProgrammeStatus.IMPLEMENTATION,
                programme.actual()), "Another title");
        assertRefused(Rule.P4, programme::snapshot, () -> programme.applyPublished(reopened, CATALOGUE));
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.CLOSED);
    }

    @Test
    @DisplayName("P4 a status that the life cycle does not lead to is refused (finalisation back to implementation)")
    void statusAgainstTheLifeCycleIsRefused() {
        Programme programme = Programmes.inImplementation();
        programme.finalise(of(2011, 6, 14), CATALOGUE);
        PublishedProgramme back = withStatus(publicationOf(programme), ProgrammeStatus.IMPLEMENTATION, programme.actual());
        assertRefused(Rule.P4, programme::snapshot, () -> programme.applyPublished(back, CATALOGUE));
    }

    @Test
    @DisplayName("P4 P5 pipeline to closed with every date needed passes through implementation and finalisation")
    void pipelineToClosedPassesEveryStep() {
        Programme programme = Programmes.ready();
        PublishedProgramme closed = withStatus(publicationOf(programme), ProgrammeStatus.CLOSED,
                new Period(of(2009, 7, 1), of(2011, 6, 30)));
        assertThat(programme.applyPublished(closed, CATALOGUE)).isTrue();
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.CLOSED);
        assertThat(programme.actual()).isEqualTo(new Period(of(2009, 7, 1), of(2011, 6, 30)));
        assertThat(ProgrammeStatus.PIPELINE.pathTo(ProgrammeStatus.CLOSED))
                .containsExactly(ProgrammeStatus.IMPLEMENTATION, ProgrammeStatus.FINALISATION, ProgrammeStatus.CLOSED);
    }

    @Test
    @DisplayName("P5 pipeline to closed without an actual end is refused, and the programme stays as it was")
    void pipelineToClosedWithoutActualEndIsRefused() {
        Programme programme = Programmes.ready();
        PublishedProgramme closed = withStatus(publicationOf(programme), ProgrammeStatus.CLOSED, new Period(of(2009, 7, 1), null));
        assertRefused(Rule.P5, programme::snapshot, () -> programme.applyPublished(closed, CATALOGUE));
    }

    @Test
    @DisplayName("P5 pipeline to implementation without an actual start is refused")
    void implementationWithoutActualStartIsRefused() {
        Programme programme = Programmes.ready();
        PublishedProgramme started = withStatus(publicationOf(programme), ProgrammeStatus.IMPLEMENTATION, Period.unknown());
        assertRefused(Rule.P5, programme::snapshot, () -> programme.applyPublished(started, CATALOGUE));
    }

    @Test
    @DisplayName("E4 a beneficiary that sent a delegation does not disappear through a published version")
    void beneficiaryWithDelegationStays() {
        Programme programme = Programmes.inImplementation();
        Event seminar = Programmes.seminar(programme);
        seminar.addDelegation(programme, BA, person("Head", "Ministry of Security"), CATALOGUE);
        PublishedProgramme withoutBa = withBeneficiaries(publicationOf(programme), List.of(AL));
        assertRefused(Rule.E4, programme::snapshot, () -> programme.applyPublished(withoutBa, CATALOGUE));
    }

    @Test
    @DisplayName("P10 the territory a national deliverable names does not disappear through a published version")
    void deliverableKeepsItsTerritory() {
        Programme programme = Programmes.inImplementation();
        programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy", Optional.of(BA));
        PublishedProgramme withoutBa = withBeneficiaries(publicationOf(programme), List.of(AL));
        assertRefused(Rule.P10, programme::snapshot, () -> programme.applyPublished(withoutBa, CATALOGUE));
    }

    @Test
    @DisplayName("E5 a deliverable signed for a territory keeps it: the published version without it is refused, the signature stays")
    void signedDeliverableKeepsItsTerritory() {
        Programme programme = Programmes.inImplementation();
        programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy", Optional.of(BA));
        Event seminar = Programmes.seminar(programme);
        seminar.addDelegation(programme, BA, person("Head", "Ministry of Security"), CATALOGUE);
        seminar.markHeld(programme);
        seminar.recordSignature(programme, 1, BA);
        PublishedProgramme withoutBa = withBeneficiaries(publicationOf(programme), List.of(AL));
        assertRefused(Rule.E4, programme::snapshot, () -> programme.applyPublished(withoutBa, CATALOGUE));
        assertThat(programme.event(1).orElseThrow().isSigned(1, BA)).isTrue();
    }

    @Test
    @DisplayName("P8 a module with events stays when a published version, which carries no modules, is applied")
    void moduleWithEventsStays() {
        Programme programme = Programmes.inImplementation();
        Event.schedule(programme, Programmes.eventDetails(Optional.of(1), "2010-03-01", "2010-03-02"), CATALOGUE);
        PublishedProgramme published = withTitle(publicationOf(programme), "Retitled");
        assertThat(programme.applyPublished(published, CATALOGUE)).isTrue();
        assertThat(programme.module(1)).isPresent();
        assertThat(programme.events()).hasSize(1);
        assertThat(programme.partners().get(IOM)).contains(PartnerRole.IMPLEMENTING);
    }

    @Test
    @DisplayName("P5 a donor replaced by another keeps a programme in implementation funded; the amounts of a kept donor stay")
    void donorsAreReplacedThroughTheRules() {
        Programme programme = Programmes.inImplementation();
        PublishedProgramme p = publicationOf(programme);
        Acronym other = Acronym.of("SIDA");
        assertThat(programme.applyPublished(new PublishedProgramme(p.id(), p.title(), p.summary(), p.status(), p.planned(), p.actual(),
                p.beneficiaries(), p.roles(), List.of(other), p.sdgTargets()), CATALOGUE)).isTrue();
        assertThat(programme.contributions()).extracting(Contribution::donor).containsExactly(other);
        assertThat(programme.partners()).doesNotContainKey(EC);
    }

    @Test
    @DisplayName("P6 a new programme from a published version is checked against the territory catalogue, whole")
    void newProgrammeIsCheckedWhole() {
        PublishedProgramme p = new PublishedProgramme(new ProgrammeId("NEW-1"), "New", "", ProgrammeStatus.PIPELINE,
                new Period(of(2020, 1, 1), of(2021, 1, 1)), Period.unknown(), List.of(TerritoryCode.of("CS")), Map.of(), List.of(EC),
                List.of());
        assertRefused(Rule.P6, () -> Programme.fromPublished(p, CATALOGUE));
    }

    @Test
    @DisplayName("P1 a published version of another programme is refused")
    void versionOfAnotherProgrammeIsRefused() {
        Programme programme = Programmes.inImplementation();
        PublishedProgramme p = publicationOf(programme);
        PublishedProgramme other = new PublishedProgramme(new ProgrammeId("OTHER-1"), p.title(), p.summary(), p.status(), p.planned(),
                p.actual(), p.beneficiaries(), p.roles(), p.donors(), p.sdgTargets());
        assertRefused(Rule.P1, programme::snapshot, () -> programme.applyPublished(other, CATALOGUE));
    }

    @Test
    @DisplayName("P6 a published version takes its title, summary, planned period, beneficiaries, roles and SDG targets, adding and dropping each")
    void versionReplacesWhatItCarries() {
        Programme programme = Programmes.inImplementation();
        programme.assignRole(IOM, PartnerRole.EXTENDING);
        programme.assignRole(Acronym.of("UNICEF"), PartnerRole.IMPLEMENTING);
        programme.tagSdgTarget(new SdgTarget("10.7"));
        PublishedProgramme p = publicationOf(programme);
        Period longer = new Period(of(2009, 6, 15), of(2012, 6, 30));
        PublishedProgramme next = new PublishedProgramme(p.id(), "New title", "New summary", p.status(), longer, p.actual(),
                List.of(AL, Programmes.RS), Map.of(IOM, Set.of(PartnerRole.IMPLEMENTING), Acronym.of("UNDP"), Set.of(PartnerRole.ACCOUNTABLE)),
                p.donors(), List.of(new SdgTarget("16.a")));
        assertThat(programme.applyPublished(next, CATALOGUE)).isTrue();
        assertThat(programme.title()).isEqualTo("New title");
        assertThat(programme.summary()).isEqualTo("New summary");
        assertThat(programme.planned()).isEqualTo(longer);
        assertThat(programme.beneficiaries()).containsExactlyInAnyOrder(AL, Programmes.RS);
        assertThat(programme.partners()).containsEntry(IOM, Set.of(PartnerRole.IMPLEMENTING))
                .containsEntry(Acronym.of("UNDP"), Set.of(PartnerRole.ACCOUNTABLE)).containsEntry(EC, Set.of(PartnerRole.FUNDING)).doesNotContainKey(Acronym.of("UNICEF"));
        assertThat(programme.sdgTargets()).containsExactly(new SdgTarget("16.a"));
        assertThat(programme.applyPublished(next, CATALOGUE)).as("the same version again changes nothing").isFalse();
    }

    @Test
    @DisplayName("P4 implementation to suspended and back, and pipeline to cancelled, follow the life cycle")
    void suspensionResumptionAndCancellation() {
        Programme programme = Programmes.inImplementation();
        assertThat(programme.applyPublished(withStatus(publicationOf(programme), ProgrammeStatus.SUSPENDED, programme.actual()), CATALOGUE))
                .isTrue();
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
        assertThat(programme.applyPublished(withStatus(publicationOf(programme), ProgrammeStatus.IMPLEMENTATION, programme.actual()),
                CATALOGUE)).isTrue();
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.IMPLEMENTATION);
        Programme pipeline = Programmes.ready();
        assertThat(pipeline.applyPublished(withStatus(publicationOf(pipeline), ProgrammeStatus.CANCELLED, pipeline.actual()), CATALOGUE))
                .isTrue();
        assertThat(pipeline.status()).isEqualTo(ProgrammeStatus.CANCELLED);
    }

    @Test
    @DisplayName("P7 the accountable organisation whose office coordinates keeps its role: the version without it is refused")
    void coordinatingAccountableOrganisationKeepsItsRole() {
        Programme programme = Programmes.empty();
        programme.assignRole(IOM, PartnerRole.ACCOUNTABLE);
        Organisation iom = Organisation.register(IOM, "International Organization for Migration", OrganisationType.MULTILATERAL, null);
        iom.openOffice(Programmes.HU, of(2009, 1, 1), CATALOGUE);
        programme.assignCoordinatingOffice(iom, Programmes.HU);
        PublishedProgramme p = publicationOf(programme);
        PublishedProgramme withoutIom = new PublishedProgramme(p.id(), p.title(), p.summary(), p.status(), p.planned(), p.actual(),
                p.beneficiaries(), Map.of(), p.donors(), p.sdgTargets());
        assertRefused(Rule.P7, programme::snapshot, () -> programme.applyPublished(withoutIom, CATALOGUE));
    }

    @Test
    @DisplayName("P7 withdrawing a role takes it back; a role not held changes nothing")
    void withdrawingARole() {
        Programme programme = Programmes.empty();
        programme.assignRole(IOM, PartnerRole.IMPLEMENTING);
        programme.assignRole(IOM, PartnerRole.EXTENDING);
        programme.withdrawRole(IOM, PartnerRole.ACCOUNTABLE);
        programme.withdrawRole(EC, PartnerRole.IMPLEMENTING);
        assertThat(programme.partners()).containsEntry(IOM, Set.of(PartnerRole.IMPLEMENTING, PartnerRole.EXTENDING));
        programme.withdrawRole(IOM, PartnerRole.EXTENDING);
        assertThat(programme.partners()).containsEntry(IOM, Set.of(PartnerRole.IMPLEMENTING));
        programme.withdrawRole(IOM, PartnerRole.IMPLEMENTING);
        assertThat(programme.partners()).doesNotContainKey(IOM);
    }

    @Test
    @DisplayName("P4 a closed programme's roles cannot be withdrawn")
    void closedProgrammeKeepsItsRoles() {
        Programme programme = closed();
        assertRefused(Rule.P4, programme::snapshot, () -> programme.withdrawRole(IOM, PartnerRole.IMPLEMENTING));
    }
}

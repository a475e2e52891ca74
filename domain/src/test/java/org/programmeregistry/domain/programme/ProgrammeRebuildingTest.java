package org.programmeregistry.domain.programme;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.programmeregistry.domain.fixtures.Programmes.AL;
import static org.programmeregistry.domain.fixtures.Programmes.BA;
import static org.programmeregistry.domain.fixtures.Programmes.TR;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.CATALOGUE;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.fixtures.Programmes;
import org.programmeregistry.domain.organisation.Acronym;

/**
 * Rebuilding a stored programme ({@link Programme#reconstitute}) checks again every rule that
 * needs no reference data, those between the programme and its events included: a snapshot
 * that breaks one is refused with that rule. Each test breaks one rule of a valid snapshot: a
 * programme in implementation with AL and BA, module 1, a national deliverable for AL (1) and
 * a held seminar (event 1) where AL's delegation signed it.
 */
class ProgrammeRebuildingTest {

    private final ProgrammeSnapshot valid = valid();

    private static ProgrammeSnapshot valid() {
        Programme programme = Programmes.inImplementation();
        programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy", Optional.of(AL));
        Event seminar = Programmes.seminar(programme);
        seminar.addDelegation(programme, AL, person("Head", "Ministry of Interior"), CATALOGUE);
        seminar.markHeld(programme);
        seminar.recordSignature(programme, 1, AL);
        return programme.snapshot();
    }

    /** The valid snapshot with one component replaced. */
    private static final class Snapshot {
        String title;
        ProgrammeStatus status;
        Period actual;
        Optional<CoordinatingOffice> office;
        List<org.programmeregistry.domain.territory.TerritoryCode> beneficiaries;
        List<Contribution> contributions;
        Map<Acronym, Set<PartnerRole>> roles;
        List<Module> modules;
        List<Deliverable> deliverables;
        List<EventReference> events;
        private final ProgrammeSnapshot s;

        Snapshot(ProgrammeSnapshot s) {
            this.s = s;
            title = s.title();
            status = s.status();
            actual = s.actual();
            office = s.coordinatingOffice();
            beneficiaries = new ArrayList<>(s.beneficiaries());
            contributions = new ArrayList<>(s.contributions());
            roles = s.roles();
            modules = new ArrayList<>(s.modules());
            deliverables = new ArrayList<>(s.deliverables());
            events = new ArrayList<>(s.events());
        }

        ProgrammeSnapshot build() {
            return new ProgrammeSnapshot(s.id(), title, s.summary(), status, s.planned(), actual, office, beneficiaries, contributions,
                    roles, modules, deliverables, s.sdgTargets(), events, s.version());
        }
    }

    private void assertRebuildRefused(Rule rule, java.util.function.Consumer<Snapshot> breaking) {
        Snapshot broken = new Snapshot(valid);
        breaking.accept(broken);
        ProgrammeSnapshot snapshot = broken.build();
        assertRefused(rule, () -> Programme.reconstitute(snapshot));
    }

    private EventReference seminar(UnaryOperator<EventReference> change) {
        return change.apply(valid.events().get(0));
    }

    @Test
    @DisplayName("the valid snapshot rebuilds to the same programme")
    void validSnapshotRebuilds() {
        assertThat(Programme.reconstitute(valid).snapshot()).isEqualTo(valid);
    }

    @Test
    @DisplayName("P2 a stored programme without a title is refused")
    void titleIsChecked() {
        assertRebuildRefused(Rule.P2, s -> s.title = " ");
    }

    @Test
    @DisplayName("P5 a stored programme in implementation without a contribution is refused")
    void statusRequirementsAreChecked() {
        assertRebuildRefused(Rule.P5, s -> s.contributions = List.of());
    }

    @Test
    @DisplayName("P7 a stored coordinating office of an organisation that is not accountable is refused")
    void coordinatingOfficeIsChecked() {
        assertRebuildRefused(Rule.P7, s -> s.office = Optional.of(new CoordinatingOffice(Acronym.of("IOM"),
                org.programmeregistry.domain.territory.TerritoryCode.of("HU"), of(1992, 1, 1))));
    }

    @Test
    @DisplayName("P8 two stored modules with one number are refused")
    void modulesAreChecked() {
        assertRebuildRefused(Rule.P8, s -> s.modules.add(new Module(1, "Asylum", Acronym.of("UNHCR"))));
    }

    @Test
    @DisplayName("P9 a donor stored twice for one instrument is refused")
    void contributionsAreChecked() {
        assertRebuildRefused(Rule.P9, s -> s.contributions.add(s.contributions.get(0)));
    }

    @Test
    @DisplayName("P10 a stored national deliverable for a territory that is not a beneficiary is refused")
    void deliverableTerritoriesAreChecked() {
        assertRebuildRefused(Rule.P10, s -> s.deliverables.add(new Deliverable(2, DeliverableKind.STRATEGY, DeliverableScope.NATIONAL,
                "National strategy", Optional.of(TR))));
    }

    @Test
    @DisplayName("P12 two stored deliverables with one number are refused")
    void deliverableNumbersAreChecked() {
        assertRebuildRefused(Rule.P12, s -> s.deliverables.add(new Deliverable(1, DeliverableKind.OTHER, DeliverableScope.REGIONAL,
                "Another", Optional.empty())));
    }

    @Test
    @DisplayName("E1 a stored event outside the programme period is refused")
    void eventDatesAreChecked() {
        assertRebuildRefused(Rule.E1, s -> s.events.set(0, seminar(e -> new EventReference(1, e.module(),
                new Period(of(2012, 1, 1), of(2012, 1, 2)), e.status(), e.delegations(), e.signatures()))));
    }

    @Test
    @DisplayName("E2 a stored event of a module the programme does not have is refused")
    void eventModulesAreChecked() {
        assertRebuildRefused(Rule.E2, s -> s.events.set(0, seminar(e -> new EventReference(1, Optional.of(7), e.dates(), e.status(),
                e.delegations(), e.signatures()))));
    }

    @Test
    @DisplayName("E4 a stored delegation from a territory that is not a beneficiary is refused, unless its event is cancelled")
    void delegationsAreChecked() {
        assertRebuildRefused(Rule.E4, s -> s.events.set(0, seminar(e -> new EventReference(1, e.module(), e.dates(), e.status(),
                Set.of(AL, TR), e.signatures()))));
        Snapshot cancelled = new Snapshot(valid);
        cancelled.events.add(new EventReference(2, Optional.empty(), new Period(of(2010, 5, 1), of(2010, 5, 1)), EventStatus.CANCELLED,
                Set.of(TR), Set.of()));
        assertThat(Programme.reconstitute(cancelled.build()).events()).hasSize(2);
    }

    @Test
    @DisplayName("E5 a stored signature at an event not held, without a delegation, of no deliverable or for another territory is refused")
    void signaturesAreChecked() {
        assertRebuildRefused(Rule.E5, s -> s.events.set(0, seminar(e -> new EventReference(1, e.module(), e.dates(), EventStatus.SCHEDULED,
                e.delegations(), e.signatures()))));
        assertRebuildRefused(Rule.E5, s -> s.events.set(0, seminar(e -> new EventReference(1, e.module(), e.dates(), e.status(),
                Set.of(BA), e.signatures()))));
        assertRebuildRefused(Rule.E5, s -> s.events.set(0, seminar(e -> new EventReference(1, e.module(), e.dates(), e.status(),
                e.delegations(), Set.of(new SignedDeliverable(9, AL))))));
        assertRebuildRefused(Rule.E5, s -> s.events.set(0, seminar(e -> new EventReference(1, e.module(), e.dates(), e.status(),
                Set.of(AL, BA), Set.of(new SignedDeliverable(1, BA))))));
    }
}

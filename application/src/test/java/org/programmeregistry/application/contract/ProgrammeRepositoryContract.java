package org.programmeregistry.application.contract;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.PortfolioSummary;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.SearchCursor;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.fixtures.SeedProgrammes;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.Money;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.ProgrammeSnapshot;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.territory.TerritoryCode;

/** What every {@link org.programmeregistry.application.port.out.ProgrammeRepository} does. */
public abstract class ProgrammeRepositoryContract extends PortContract {

    private void store(SeedProgrammes.Seed seed) {
        run(() -> {
            ports.programmes().add(seed.programme());
            seed.events().forEach(ports.events()::add);
        });
    }

    private Programme load(ProgrammeId id) {
        return inTransaction(() -> ports.programmes().find(id)).orElseThrow();
    }

    @Test
    @DisplayName("a stored programme reads back with every field, its events' references included")
    void roundTrip() {
        var ibm = SeedProgrammes.integratedBorderManagement();
        var cards = SeedProgrammes.cards();
        store(ibm);
        store(cards);
        assertThat(load(ibm.programme().id()).snapshot()).isEqualTo(ibm.programme().snapshot());
        assertThat(load(cards.programme().id()).snapshot()).isEqualTo(cards.programme().snapshot());
        assertThat(inTransaction(() -> ports.programmes().exists(cards.programme().id()))).isTrue();
        assertThat(inTransaction(() -> ports.programmes().find(new ProgrammeId("NOPE")))).isEmpty();
    }

    @Test
    @DisplayName("an update stores every change and increases the version")
    void updateStoresChanges() {
        Programme programme = Programme.register(new ProgrammeId("P-1"), "Programme", "summary", new Period(of(2009, 1, 1), of(2012, 12, 31)));
        run(() -> ports.programmes().add(programme));
        Programme loaded = load(programme.id());
        loaded.addBeneficiary(TerritoryCode.of("AL"), SeedProgrammes.CATALOGUE);
        loaded.addBeneficiary(TerritoryCode.of("RS"), SeedProgrammes.CATALOGUE);
        loaded.recordContribution(Contribution.of(Acronym.of("EC"), "IPA", Money.of("1250000.50", "EUR")));
        loaded.addModule(new org.programmeregistry.domain.programme.Module(1, "Borders", Acronym.of("IOM")));
        loaded.addModule(new org.programmeregistry.domain.programme.Module(2, "Visa", Acronym.of("ICMPD")));
        loaded.revise("Programme revised", "longer summary");
        run(() -> ports.programmes().update(loaded));

        Programme second = load(programme.id());
        assertThat(second.version()).isEqualTo(1);
        ProgrammeSnapshot expected = loaded.snapshot();
        assertThat(second.snapshot()).usingRecursiveComparison().ignoringFields("version").isEqualTo(expected);

        second.removeBeneficiary(TerritoryCode.of("AL"));
        second.removeModule(1);
        second.start(of(2009, 2, 1), SeedProgrammes.CATALOGUE);
        run(() -> ports.programmes().update(second));
        Programme third = load(programme.id());
        assertThat(third.version()).isEqualTo(2);
        assertThat(third.beneficiaries()).containsExactly(TerritoryCode.of("RS"));
        assertThat(third.modules()).extracting(m -> m.number()).containsExactly(2);
        assertThat(third.status()).isEqualTo(ProgrammeStatus.IMPLEMENTATION);
        assertThat(third.actual().start()).isEqualTo(of(2009, 2, 1));
    }

    @Test
    @DisplayName("saving a programme loaded at an older version is a concurrent change, and writes nothing")
    void staleUpdateIsRefused() {
        Programme programme = SeedProgrammes.integratedBorderManagement().programme();
        Programme open = Programme.register(new ProgrammeId("P-2"), "Open", "", new Period(of(2009, 1, 1), null));
        run(() -> ports.programmes().add(open));
        Programme first = load(open.id());
        Programme second = load(open.id());
        first.revise("First", "");
        run(() -> ports.programmes().update(first));
        second.revise("Second", "");
        assertThatThrownBy(() -> run(() -> ports.programmes().update(second))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(load(open.id()).title()).isEqualTo("First");
        assertThatThrownBy(() -> run(() -> ports.programmes().update(programme))).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    @DisplayName("adding a programme whose identifier is taken is a concurrent change")
    void duplicateAddIsRefused() {
        Programme programme = SeedProgrammes.integratedBorderManagement().programme();
        run(() -> ports.programmes().add(programme));
        assertThatThrownBy(() -> run(() -> ports.programmes().add(SeedProgrammes.integratedBorderManagement().programme())))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    @DisplayName("what a failed transaction wrote is not stored")
    void rollback() {
        Programme programme = SeedProgrammes.integratedBorderManagement().programme();
        assertThatThrownBy(() -> run(() -> {
            ports.programmes().add(programme);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(inTransaction(() -> ports.programmes().exists(programme.id()))).isFalse();
    }

    @Test
    @DisplayName("programmes added together read back together, every field kept; ids not stored are left out")
    void addAllAndFindAll() {
        List<Programme> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            Programme p = Programme.register(new ProgrammeId("BULK-" + i), "Bulk programme " + i, "summary " + i,
                    new Period(of(2009, 1, 1), of(2012, 12, 31)));
            p.addBeneficiary(TerritoryCode.of(i % 2 == 0 ? "AL" : "RS"), SeedProgrammes.CATALOGUE);
            p.addBeneficiary(TerritoryCode.of("MK"), SeedProgrammes.CATALOGUE);
            p.recordContribution(Contribution.of(Acronym.of("EC"), "IPA", Money.of("1000", "EUR")));
            many.add(p);
        }
        many.add(SeedProgrammes.integratedBorderManagement().programme());
        run(() -> ports.programmes().addAll(many));

        List<ProgrammeId> asked = new java.util.ArrayList<>(many.stream().map(Programme::id).toList());
        asked.add(new ProgrammeId("NOT-STORED"));
        var found = inTransaction(() -> ports.programmes().findAll(asked));
        assertThat(found).hasSize(many.size()).doesNotContainKey(new ProgrammeId("NOT-STORED"));
        many.forEach(p -> assertThat(found.get(p.id()).snapshot()).isEqualTo(p.snapshot()));
        assertThat(inTransaction(() -> ports.programmes().findAll(List.of()))).isEmpty();
    }

    @Test
    @DisplayName("adding programmes together, one of whose identifiers is taken, is a concurrent change and adds none of them")
    void addAllWithATakenIdentifierAddsNothing() {
        run(() -> ports.programmes().add(Programme.register(new ProgrammeId("TAKEN"), "Taken", "", new Period(of(2009, 1, 1), null))));
        List<Programme> batch = List.of(
                Programme.register(new ProgrammeId("FREE-1"), "Free", "", new Period(of(2009, 1, 1), null)),
                Programme.register(new ProgrammeId("TAKEN"), "Taken again", "", new Period(of(2009, 1, 1), null)));
        assertThatThrownBy(() -> run(() -> ports.programmes().addAll(batch))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(inTransaction(() -> ports.programmes().exists(new ProgrammeId("FREE-1")))).isFalse();
        assertThat(load(new ProgrammeId("TAKEN")).title()).isEqualTo("Taken");
    }

    private List<String> ids(ProgrammeFilter filter) {
        return inTransaction(() -> ports.programmes().search(filter)).items().stream().map(ProgrammeSummary::id).toList();
    }

    private static ProgrammeFilter filter(Optional<TerritoryCode> territory, Optional<Acronym> organisation, Optional<Acronym> donor,
            Optional<ProgrammeStatus> status, Optional<java.time.LocalDate> activeOn, List<String> words) {
        return new ProgrammeFilter(territory, organisation, donor, status, activeOn, words, Optional.empty(), 100, false);
    }

    private void storeSearchable() {
        store(SeedProgrammes.integratedBorderManagement());
        store(SeedProgrammes.cards());
        Programme pipeline = Programme.register(new ProgrammeId("A-PIPELINE"), "Labour migration in Central Asia", "",
                new Period(of(2027, 1, 1), of(2028, 12, 31)));
        pipeline.addBeneficiary(TerritoryCode.of("KZ"), SeedProgrammes.CATALOGUE);
        pipeline.assignRole(Acronym.of("UNHCR"), org.programmeregistry.domain.programme.PartnerRole.EXTENDING);
        run(() -> ports.programmes().add(pipeline));
    }

    @Test
    @DisplayName("search by beneficiary territory")
    void searchByTerritory() {
        storeSearchable();
        assertThat(ids(filter(Optional.of(TerritoryCode.of("AL")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of())))
                .containsExactly("EC-CARDS-2002-2003-AMV", "IOM-HU-IBM-2009");
        assertThat(ids(filter(Optional.of(TerritoryCode.of("CS")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of())))
                .containsExactly("EC-CARDS-2002-2003-AMV");
    }

    @Test
    @DisplayName("search by organisation in any role: accountable, donor, module lead, extending")
    void searchByOrganisation() {
        storeSearchable();
        assertThat(ids(filter(Optional.empty(), Optional.of(Acronym.of("iom")), Optional.empty(), Optional.empty(), Optional.empty(), List.of())))
                .containsExactly("EC-CARDS-2002-2003-AMV", "IOM-HU-IBM-2009");
        assertThat(ids(filter(Optional.empty(), Optional.of(Acronym.of("UNHCR")), Optional.empty(), Optional.empty(), Optional.empty(), List.of())))
                .containsExactly("A-PIPELINE", "EC-CARDS-2002-2003-AMV");
        assertThat(ids(filter(Optional.empty(), Optional.of(Acronym.of("NL-GOV")), Optional.empty(), Optional.empty(), Optional.empty(), List.of())))
                .containsExactly("IOM-HU-IBM-2009");
    }

    @Test
    @DisplayName("search by donor and by status")
    void searchByDonorAndStatus() {
        storeSearchable();
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.of(Acronym.of("EC")), Optional.empty(), Optional.empty(), List.of())))
                .containsExactly("EC-CARDS-2002-2003-AMV", "IOM-HU-IBM-2009");
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.of(Acronym.of("IOM")), Optional.empty(), Optional.empty(), List.of())))
                .isEmpty();
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(ProgrammeStatus.PIPELINE), Optional.empty(), List.of())))
                .containsExactly("A-PIPELINE");
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.of(Acronym.of("EC")), Optional.of(ProgrammeStatus.CLOSED),
                Optional.empty(), List.of()))).containsExactly("EC-CARDS-2002-2003-AMV", "IOM-HU-IBM-2009");
    }

    @Test
    @DisplayName("search by a day the programme was active on, inclusive of both ends")
    void searchByActiveDay() {
        storeSearchable();
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(of(2005, 9, 29)), List.of())))
                .containsExactly("EC-CARDS-2002-2003-AMV");
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(of(2011, 6, 14)), List.of())))
                .containsExactly("IOM-HU-IBM-2009");
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(of(2011, 6, 15)), List.of())))
                .isEmpty();
    }

    @Test
    @DisplayName("search by words that begin words of the title, in any case")
    void searchByTitleWords() {
        storeSearchable();
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of("border", "manag"))))
                .containsExactly("IOM-HU-IBM-2009");
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of("migration"))))
                .containsExactly("A-PIPELINE", "EC-CARDS-2002-2003-AMV");
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of("rder"))))
                .isEmpty();
    }

    @Test
    @DisplayName("search pages are sorted by identifier, carry the total and the cursor of the next page")
    void paging() {
        storeSearchable();
        Page<ProgrammeSummary> first = inTransaction(() -> ports.programmes().search(ProgrammeFilter.all(Optional.empty(), 1)));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.items()).extracting(ProgrammeSummary::id).containsExactly("A-PIPELINE");
        Page<ProgrammeSummary> second = inTransaction(() -> ports.programmes().search(ProgrammeFilter.all(first.next().flatMap(SearchCursor::of), 1)));
        assertThat(second.items()).extracting(ProgrammeSummary::id).containsExactly("EC-CARDS-2002-2003-AMV");
        Page<ProgrammeSummary> last = inTransaction(() -> ports.programmes().search(ProgrammeFilter.all(second.next().flatMap(SearchCursor::of), 5)));
        assertThat(last.next()).isEmpty();
        ProgrammeSummary ibm = last.items().get(0);
        assertThat(ibm).isEqualTo(new ProgrammeSummary("IOM-HU-IBM-2009", SeedProgrammes.IBM_TITLE, ProgrammeStatus.CLOSED,
                new Period(of(2009, 6, 15), of(2011, 6, 14)), new Period(of(2009, 6, 15), of(2011, 6, 14))));
    }

    @Test
    @DisplayName("the portfolio counts programmes by status, territory and donor")
    void portfolio() {
        storeSearchable();
        PortfolioSummary summary = inTransaction(() -> ports.programmes().portfolio());
        assertThat(summary.programmes()).isEqualTo(3);
        assertThat(summary.byStatus()).containsEntry("CLOSED", 2L).containsEntry("PIPELINE", 1L).hasSize(2);
        assertThat(summary.byTerritory()).containsEntry("AL", 2L).containsEntry("CS", 1L).containsEntry("KZ", 1L);
        assertThat(summary.byDonor()).containsEntry("EC", 2L).containsEntry("NL-GOV", 1L).hasSize(2);
    }

    @Test
    @DisplayName("an event stored with its programme shows in the programme's event references")
    void eventReferences() {
        var cards = SeedProgrammes.cards();
        store(cards);
        Event vienna = cards.events().get(0);
        assertThat(load(cards.programme().id()).event(1)).get()
                .satisfies(ref -> assertThat(ref.dates()).isEqualTo(vienna.details().dates()));
    }
}

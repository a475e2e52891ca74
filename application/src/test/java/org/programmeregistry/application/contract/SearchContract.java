package org.programmeregistry.application.contract;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.port.in.programme.SearchProgrammesQuery.Criteria;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.SearchCursor;
import org.programmeregistry.application.readmodel.SearchText;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.fixtures.SeedProgrammes;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/**
 * What the portfolio search finds, on every store alike: words of the title, summary, module
 * names, deliverable and event titles, in any case and without accents, each a word's start;
 * the most relevant first; pages through a cursor that holds while others insert.
 */
public abstract class SearchContract extends PortContract {

    /**
     * Whether this store gives an estimate, marked as such, for a total above
     * {@link ProgrammeFilter#EXACT_UP_TO} unless the exact figure is asked for (the databases do;
     * a store that holds everything in memory may always count).
     */
    protected boolean estimatesLargeTotals() {
        return false;
    }

    private void store(Programme... programmes) {
        run(() -> ports.programmes().addAll(List.of(programmes)));
    }

    private static Programme programme(String id, String title, String summary) {
        return Programme.register(new ProgrammeId(id), title, summary, new Period(of(2009, 1, 1), of(2011, 12, 31)));
    }

    private Page<ProgrammeSummary> search(String text, Optional<SearchCursor> after, int limit) {
        return inTransaction(() -> ports.programmes().search(new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), SearchText.words(text), after, limit, false)));
    }

    private List<String> ids(String text) {
        return search(text, Optional.empty(), 100).items().stream().map(ProgrammeSummary::id).toList();
    }

    private void storeSeeds() {
        var ibm = SeedProgrammes.integratedBorderManagement();
        var cards = SeedProgrammes.cards();
        run(() -> {
            ports.programmes().add(ibm.programme());
            ports.programmes().add(cards.programme());
            cards.events().forEach(ports.events()::add);
        });
    }

    @Test
    @DisplayName("case and accents are ignored: 'turkiye' finds a title with 'Türkiye'")
    void accentsAndCaseIgnored() {
        store(programme("TR-1", "Border management in Türkiye", ""), programme("OTHER", "Border management", ""));
        assertThat(ids("turkiye")).containsExactly("TR-1");
        assertThat(ids("TÜRKİYE")).containsExactly("TR-1");
    }

    @Test
    @DisplayName("each word may be the start of a word: 'integ bord' finds Integrated Border Management")
    void wordPrefixes() {
        storeSeeds();
        assertThat(ids("integ bord")).containsExactly(SeedProgrammes.IBM_ID.value());
        assertThat(ids("rder")).isEmpty();
    }

    @Test
    @DisplayName("a word of a deliverable finds its programme: 'alignment' finds the CARDS seed")
    void deliverableTitles() {
        storeSeeds();
        assertThat(ids("alignment")).containsExactly(SeedProgrammes.CARDS_ID.value());
    }

    @Test
    @DisplayName("a word of an event finds its programme from the moment the event is scheduled: 'consultation' finds the CARDS seed")
    void eventTitles() {
        var cards = SeedProgrammes.cards();
        run(() -> ports.programmes().add(cards.programme()));
        assertThat(ids("consultation")).isEmpty();
        run(() -> cards.events().forEach(ports.events()::add));
        assertThat(ids("consultation")).containsExactly(SeedProgrammes.CARDS_ID.value());
    }

    @Test
    @DisplayName("a word of a summary finds its programme: 'fragmented' finds the IBM seed")
    void summaries() {
        storeSeeds();
        assertThat(ids("fragmented")).containsExactly(SeedProgrammes.IBM_ID.value());
    }

    @Test
    @DisplayName("a revised title or summary is searched as revised")
    void keptCurrentOnUpdate() {
        store(programme("P-1", "Visa liberalisation", "Roadmaps for visas."));
        Programme loaded = inTransaction(() -> ports.programmes().find(new ProgrammeId("P-1"))).orElseThrow();
        loaded.revise("Readmission agreements", "Returns of irregular migrants.");
        run(() -> ports.programmes().update(loaded));
        assertThat(ids("visa")).isEmpty();
        assertThat(ids("readmission irregular")).containsExactly("P-1");
    }

    @Test
    @DisplayName("with a text, programmes whose title holds more of the words come first, then by identifier")
    void ranking() {
        store(programme("A-SUMMARY", "Capacity building", "Border police and migration services."),
                programme("B-BOTH", "Border police cooperation", "Migration services."),
                programme("C-TITLE", "Border police and migration", "Capacity building."));
        assertThat(ids("border migration")).containsExactly("C-TITLE", "B-BOTH", "A-SUMMARY");
    }

    @Test
    @DisplayName("paging through a ranked search reaches every match once, in order")
    void rankedPaging() {
        List<Programme> programmes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            programmes.add(programme("T-" + i, i % 2 == 0 ? "Border work " + i : "Work " + i, "border"));
        }
        store(programmes.toArray(Programme[]::new));
        List<String> all = ids("border");
        List<String> paged = new ArrayList<>();
        Optional<SearchCursor> after = Optional.empty();
        do {
            Page<ProgrammeSummary> page = search("border", after, 2);
            page.items().forEach(p -> paged.add(p.id()));
            after = page.next().flatMap(SearchCursor::of);
        } while (after.isPresent());
        assertThat(paged).containsExactlyElementsOf(all).hasSize(7).startsWith("T-0", "T-2", "T-4", "T-6");
    }

    @Test
    @DisplayName("paging through three levels of relevance: every title with both words, then with one, then with none, each by identifier, across pages")
    void rankedPagingAcrossLevels() {
        List<Programme> programmes = new ArrayList<>();
        String[] titles = {"Border police", "Migration border management", "Police reform", "Border migration", "Customs", "Migration"};
        for (int i = 0; i < 12; i++) {
            programmes.add(programme(String.format("L-%02d", i), titles[i % titles.length], "border migration"));
        }
        store(programmes.toArray(Programme[]::new));
        List<String> paged = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        Optional<SearchCursor> after = Optional.empty();
        do {
            Page<ProgrammeSummary> page = search("migr border", after, 5);
            pageSizes.add(page.items().size());
            page.items().forEach(p -> paged.add(p.id()));
            after = page.next().flatMap(SearchCursor::of);
        } while (after.isPresent());
        // relevance 2: L-01, L-03, L-07, L-09; 1: L-00, L-05, L-06, L-11; 0: L-02, L-04, L-08, L-10
        assertThat(paged).containsExactly("L-01", "L-03", "L-07", "L-09", "L-00", "L-05", "L-06", "L-11", "L-02", "L-04", "L-08", "L-10");
        assertThat(pageSizes).containsExactly(5, 5, 2);
        assertThat(paged).containsExactlyElementsOf(ids("migr border"));
    }

    @Test
    @DisplayName("a rare word beside a frequent one among 300 programmes: its 11 matches by relevance then identifier, across pages, counted exactly")
    void rareWordAcrossPages() {
        List<Programme> programmes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String title = i % 3 == 0 ? "Reference " + i : i % 3 == 1 ? "Works " + i : "Works";
            programmes.add(programme(String.format("R-%03d", i), title, "Reference " + i + "."));
        }
        store(programmes.toArray(Programme[]::new));
        List<String> paged = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        Optional<SearchCursor> after = Optional.empty();
        do {
            Page<ProgrammeSummary> page = search("reference 7", after, 4);
            assertThat(page.totalExact()).isTrue();
            totals.add(page.total());
            page.items().forEach(p -> paged.add(p.id()));
            after = page.next().flatMap(SearchCursor::of);
        } while (after.isPresent());
        // "7" begins 7 and 70-79; relevance 2: both words in the title; 1: the number only; 0: neither
        assertThat(paged).containsExactly("R-072", "R-075", "R-078", "R-007", "R-070", "R-073", "R-076", "R-079", "R-071", "R-074", "R-077");
        assertThat(totals).containsExactly(11L, 11L, 11L);
    }

    @Test
    @DisplayName("paging through one status reaches each of its programmes once, by identifier, and none of another status")
    void statusPaging() {
        List<Programme> programmes = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Programme programme = programme("S-" + i, "Works " + i, "");
            if (i % 3 != 0) {
                programme.cancel();
            }
            programmes.add(programme);
        }
        store(programmes.toArray(Programme[]::new));
        List<String> paged = new ArrayList<>();
        Optional<SearchCursor> after = Optional.empty();
        do {
            Optional<SearchCursor> cursor = after;
            Page<ProgrammeSummary> page = inTransaction(() -> ports.programmes().search(new ProgrammeFilter(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(ProgrammeStatus.CANCELLED), Optional.empty(), List.of(), cursor, 2, false)));
            page.items().forEach(p -> paged.add(p.id()));
            after = page.next().flatMap(SearchCursor::of);
        } while (after.isPresent());
        assertThat(paged).containsExactly("S-1", "S-2", "S-4", "S-5", "S-7", "S-8");
    }

    @Test
    @DisplayName("a cursor of a relevance above the number of search words puts every match after it")
    void cursorAboveEveryLevel() {
        store(programme("A", "Border police", ""), programme("B", "Customs", "border"));
        assertThat(search("border", Optional.of(new SearchCursor(5, "ZZZ")), 10).items()).extracting(ProgrammeSummary::id)
                .containsExactly("A", "B");
        assertThat(search("border", Optional.of(new SearchCursor(1, "A")), 10).items()).extracting(ProgrammeSummary::id)
                .containsExactly("B");
    }

    @Test
    @DisplayName("a cursor holds while others insert: the next page starts after the last programme seen")
    void cursorStableWhileInserting() {
        store(programme("B", "b", ""), programme("D", "d", ""), programme("F", "f", ""), programme("H", "h", ""));
        Page<ProgrammeSummary> first = search("", Optional.empty(), 2);
        assertThat(first.items()).extracting(ProgrammeSummary::id).containsExactly("B", "D");
        store(programme("A", "a", ""), programme("C", "c", ""), programme("E", "e", ""));
        Page<ProgrammeSummary> second = search("", first.next().flatMap(SearchCursor::of), 2);
        assertThat(second.items()).extracting(ProgrammeSummary::id).containsExactly("E", "F");
        assertThat(search("", second.next().flatMap(SearchCursor::of), 2).items()).extracting(ProgrammeSummary::id).containsExactly("H");
    }

    @Test
    @DisplayName("totals are exact up to 200 matches; above, an estimate marked as such unless the exact figure is asked for")
    void totals() {
        List<Programme> many = new ArrayList<>();
        for (int i = 0; i < 205; i++) {
            many.add(programme(String.format("M-%03d", i), "Programme " + i, ""));
        }
        store(many.toArray(Programme[]::new));
        ProgrammeFilter exact = new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), 10, true);
        Page<ProgrammeSummary> counted = inTransaction(() -> ports.programmes().search(exact));
        assertThat(counted.total()).isEqualTo(205);
        assertThat(counted.totalExact()).isTrue();
        Page<ProgrammeSummary> estimated = search("", Optional.empty(), 10);
        assertThat(estimated.total()).isGreaterThan(ProgrammeFilter.EXACT_UP_TO);
        assertThat(estimated.totalExact()).isEqualTo(!estimatesLargeTotals());
        if (estimated.totalExact()) {
            assertThat(estimated.total()).isEqualTo(205);
        }
        // a text's total: an estimate above 200 too, or the exact figure (PostgreSQL counts the matches of a word its statistics call rare)
        Page<ProgrammeSummary> estimatedText = search("programme", Optional.empty(), 10);
        assertThat(estimatedText.total()).isGreaterThan(ProgrammeFilter.EXACT_UP_TO);
        if (estimatedText.totalExact()) {
            assertThat(estimatedText.total()).isEqualTo(205);
        }
        assertThat(search("programme 199", Optional.empty(), 10).total()).isEqualTo(1);
        assertThat(search("programme 199", Optional.empty(), 10).totalExact()).isTrue();
    }

    @Test
    @DisplayName("Q1: an unknown territory code or an unregistered organisation in a filter is refused, not matched against nothing")
    void unknownFilterValuesRefused() {
        storeSeeds();
        assertThatThrownBy(() -> registry.queries().search(new Criteria("ZZ", null, null, null, null, null, null, 10, false)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.Q1)).hasMessageContaining("ZZ");
        assertThatThrownBy(() -> registry.queries().search(new Criteria(null, "NOPE", null, null, null, null, null, 10, false)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.Q1)).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> registry.queries().search(new Criteria(null, null, "NOPE", null, null, null, null, 10, false)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.Q1));
    }
}

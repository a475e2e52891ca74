package org.programmeregistry.adapters.persistence.jooq;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.SearchText;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.fixtures.SeedProgrammes;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.Money;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * H2's search bitmaps ({@link SearchBitmaps}) agree with the rows they are derived from: after
 * every kind of write the bits are those a rebuild from the stored rows sets, read as the
 * programmes of each criterion.
 */
class SearchBitmapsTest {

    private JooqPersistence persistence;

    @BeforeEach
    void open() {
        persistence = JooqPersistence.open("jdbc:h2:mem:bitmaps-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", 2).migrate();
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    @DisplayName("a new programme has the bits of its territories, donors, organisations, years of activity and words")
    void newProgrammeBits() {
        store(programme("P-1", "Border management in Türkiye"));
        Map<String, Set<String>> bits = programmesByCriterion();
        for (String criterion : List.of("t:AL", "d:EC", "o:EC", "o:IOM", "y:2019", "y:2020", "w:border", "w:turkiye", "w:fragmented", "i:border")) {
            assertThat(bits.get(criterion)).as(criterion).containsExactly("P-1");
        }
        assertThat(bits).doesNotContainKeys("y:2021", "i:fragmented");
        assertThat(bits).isEqualTo(rebuilt());
    }

    @Test
    @DisplayName("every change of a searched value moves the programme's bits, and the bits equal a rebuild from the rows")
    void changesKeepTheBits() {
        store(programme("P-1", "Border management"), programme("P-2", "Migration dialogue"));
        change("P-1", p -> p.addBeneficiary(TerritoryCode.of("RS"), SeedProgrammes.CATALOGUE));
        change("P-1", p -> p.removeBeneficiary(TerritoryCode.of("AL")));
        change("P-2", p -> p.recordContribution(Contribution.of(Acronym.of("NL-GOV"), "grant", Money.of("1000", "EUR"))));
        change("P-2", p -> p.assignRole(Acronym.of("UNHCR"), PartnerRole.EXTENDING));
        change("P-1", p -> p.revise("Integrated coastal management", "A new summary."));
        change("P-2", p -> p.reschedule(new Period(of(2021, 3, 1), of(2022, 6, 30)), Period.unknown(), SeedProgrammes.CATALOGUE));
        Map<String, Set<String>> bits = programmesByCriterion();
        assertThat(bits.get("t:RS")).containsExactly("P-1");
        assertThat(bits.get("t:AL")).containsExactly("P-2");
        assertThat(bits.get("d:NL-GOV")).containsExactly("P-2");
        assertThat(bits.get("o:UNHCR")).containsExactly("P-2");
        assertThat(bits.get("w:coastal")).containsExactly("P-1");
        assertThat(bits.getOrDefault("w:border", Set.of())).isEmpty();
        assertThat(bits.get("w:fragmented")).containsExactly("P-2");
        assertThat(bits.get("y:2022")).containsExactly("P-2");
        assertThat(bits.get("y:2019")).containsExactly("P-1");
        assertThat(bits).isEqualTo(rebuilt());
    }

    @Test
    @DisplayName("a programme without an end date is a candidate on any day")
    void openPeriodAnyYear() {
        Programme open = Programme.register(new ProgrammeId("P-OPEN"), "Open ended", "", new Period(of(2019, 1, 1), null));
        store(open);
        assertThat(programmesByCriterion().get("y:any")).containsExactly("P-OPEN");
        ProgrammeFilter on2050 = new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(of(2050, 1, 1)), SearchText.words("open"), Optional.empty(), 10, false);
        try (Connection c = persistence.dataSource().getConnection()) {
            assertThat(SearchBitmaps.matches(new SearchBitmaps.Reads(c), on2050, 2, 10)).hasValue(List.of(List.of(), List.of("P-OPEN")));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the matches are the programmes that have every bit, by how many search words begin a word of their title, none when a word has no programme")
    void matchesAreTheIntersectionByRelevance() {
        store(programme("P-1", "Border management"), programme("P-2", "Border dialogue"), programme("P-3", "Migration dialogue"));
        assertThat(matches("bord dialog")).containsExactly(List.of(), List.of(), List.of("P-2"));
        assertThat(matches("dialogue")).containsExactly(List.of(), List.of("P-2", "P-3"));
        assertThat(matches("fragmented migr")).containsExactly(List.of(), List.of("P-3"), List.of());
        assertThat(matches("border nothing")).containsExactly(List.of(), List.of(), List.of());
    }

    @Test
    @DisplayName("one search reads a criterion's rows once: a prefix found too broad for its page is not read again for its total")
    void tooBroadPrefixReadOnce() throws SQLException {
        storeReferencesBeginningWithOne();
        List<String> read = new ArrayList<>();
        try (Connection c = bitsReadInto(read)) {
            SearchBitmaps.Reads reads = new SearchBitmaps.Reads(c);
            assertThat(SearchBitmaps.matches(reads, text("1"), 1, 100, 2)).isEmpty();
            assertThat(SearchBitmaps.count(reads, text("1"), 2)).isEmpty();
            assertThat(SearchBitmaps.count(reads, text("1"), 1)).isEmpty();
        }
        assertThat(read).hasSize(1);
    }

    @Test
    @DisplayName("a criterion's rows read whole answer any later bound of the same search without a statement, and a larger bound reads them again")
    void readWholeAnswersAnyBound() throws SQLException {
        storeReferencesBeginningWithOne();
        List<String> read = new ArrayList<>();
        try (Connection c = bitsReadInto(read)) {
            SearchBitmaps.Reads reads = new SearchBitmaps.Reads(c);
            assertThat(SearchBitmaps.count(reads, text("1"), 2)).isEmpty();
            assertThat(SearchBitmaps.count(reads, text("1"), 3)).hasValue(3);
            assertThat(read).hasSize(2);
            assertThat(SearchBitmaps.count(reads, text("1"), 8_000)).hasValue(3);
            assertThat(SearchBitmaps.count(reads, text("1"), 2)).isEmpty();
            assertThat(SearchBitmaps.matches(reads, text("1"), 1, 100, 3).orElseThrow().get(1)).containsExactlyInAnyOrder("P-1", "P-2", "P-3");
        }
        // the titles' bits of "1", read once for the matches' relevance
        assertThat(read).hasSize(3);
    }

    @Test
    @DisplayName("migration V8_1 numbers the programmes stored before V8 and sets their bits")
    void migrationFillsTheBits() throws SQLException {
        String url = "jdbc:h2:mem:bitmaps-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (JooqPersistence old = JooqPersistence.open(url, "sa", "", 2)) {
            Flyway.configure().dataSource(old.dataSource()).locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .javaMigrations(new V4_2__Fill_search_index()).target("7").load().migrate();
            try (Connection c = old.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into programme (id, id_key, title, summary, status, period_start, period_end, version) values "
                        + "('OLD-1', 'OLD-1', 'Dialogue in Türkiye', 'Fragmented agencies.', 'PIPELINE', date '2009-01-01', date '2010-12-31', 0)");
                s.execute("insert into programme_beneficiary (programme_id, territory, seq) values ('OLD-1', 'TR', 0)");
                s.execute("insert into programme_search_word (programme_id, word, in_title) values ('OLD-1', 'dialogue', true)");
                s.execute("insert into programme_organisation (programme_id, organisation_key) values ('OLD-1', 'IOM')");
            }
            old.migrate();
            try (Connection c = old.dataSource().getConnection()) {
                Map<String, Set<String>> bits = programmesByCriterion(c);
                for (String criterion : List.of("t:TR", "o:IOM", "y:2009", "y:2010", "w:dialogue")) {
                    assertThat(bits.get(criterion)).as(criterion).containsExactly("OLD-1");
                }
            }
        }
    }

    @DisplayName("concurrent writers of new programmes in one chunk lose no bit and do not deadlock: 8 callers, 25 programmes each")
    @org.junit.jupiter.api.RepeatedTest(10)
    void concurrentCreatorsLoseNoBit() throws Exception {
        persistence.close();
        persistence = JooqPersistence.open("jdbc:h2:mem:bitmaps-race-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", 8).migrate();
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(8);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int caller = 0; caller < 8; caller++) {
            int c = caller;
            done.add(callers.submit(() -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                    // each its own transaction, all new to the same chunk and criteria, and one word new to each
                    store(programme(String.format("R-%d-%02d", c, i), "Border management " + c + "x" + i));
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        callers.shutdown();
        Map<String, Set<String>> bits = programmesByCriterion();
        assertThat(bits.get("w:border")).hasSize(200);
        assertThat(bits.get("t:AL")).hasSize(200);
        assertThat(bits).isEqualTo(rebuilt());
    }

    @Test
    @DisplayName("a rebuild runs without the connection's query timeout, which it restores afterwards")
    void rebuildKeepsTheQueryTimeout() throws SQLException {
        try (JooqPersistence timed = JooqPersistence.open("jdbc:h2:mem:bitmaps-timeout-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;QUERY_TIMEOUT=1234",
                "sa", "", 2).migrate()) {
            timed.rebuildSearchBitmaps();
            try (Connection c = timed.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1234");
            }
        }
    }

    private Programme programme(String id, String title) {
        Programme p = Programme.register(new ProgrammeId(id), title, "Fragmented agencies.", new Period(of(2019, 1, 1), of(2020, 12, 31)));
        p.addBeneficiary(TerritoryCode.of("AL"), SeedProgrammes.CATALOGUE);
        p.recordContribution(Contribution.of(Acronym.of("EC"), "IPA", Money.of("1000", "EUR")));
        p.assignRole(Acronym.of("IOM"), PartnerRole.ACCOUNTABLE);
        return p;
    }

    private void store(Programme... programmes) {
        persistence.transactions().inTransaction(() -> {
            persistence.programmes().addAll(List.of(programmes));
            return null;
        });
    }

    private void change(String id, Consumer<Programme> change) {
        persistence.transactions().inTransaction(() -> {
            Programme p = persistence.programmes().find(new ProgrammeId(id)).orElseThrow();
            change.accept(p);
            persistence.programmes().update(p);
            return null;
        });
    }

    /** "1" begins three words, each a row of bits: too many for a bound of 2. */
    private void storeReferencesBeginningWithOne() {
        store(programme("P-1", "Reference 10"), programme("P-2", "Reference 11"), programme("P-3", "Reference 12"));
    }

    /** A connection that adds to {@code read} the values of every statement reading rows of bits. */
    private Connection bitsReadInto(List<String> read) throws SQLException {
        return org.programmeregistry.adapters.persistence.jooq.observed.ObservedDataSource.wrap(persistence.dataSource(), (sql, binds) -> {
            if (sql.contains("from programme_search_bits")) {
                read.add(binds.toString());
            }
        }).getConnection();
    }

    private static ProgrammeFilter text(String text) {
        return new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SearchText.words(text), Optional.empty(), 10, false);
    }

    private List<List<String>> matches(String text) {
        ProgrammeFilter filter = new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SearchText.words(text), Optional.empty(), 10, false);
        try (Connection c = persistence.dataSource().getConnection()) {
            return SearchBitmaps.matches(new SearchBitmaps.Reads(c), filter, 1, 100).orElseThrow().stream().map(ids -> ids.stream().sorted().toList()).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bitmaps rebuilt from the stored rows, in a transaction that is rolled back. */
    private Map<String, Set<String>> rebuilt() {
        try (Connection c = persistence.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                SearchBitmaps.rebuild(c);
                return programmesByCriterion(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Set<String>> programmesByCriterion() {
        try (Connection c = persistence.dataSource().getConnection()) {
            return programmesByCriterion(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each criterion with a set bit and the programmes whose bits are set. */
    private static Map<String, Set<String>> programmesByCriterion(Connection c) throws SQLException {
        Map<Integer, String> ids = numbers(c);
        Map<String, Set<String>> programmes = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select criterion, chunk, bits from programme_search_bits")) {
            while (rs.next()) {
                byte[] bits = rs.getBytes(3);
                for (int offset = 0; offset < SearchBitmaps.PER_CHUNK; offset++) {
                    if ((bits[offset / 8] >> (offset % 8) & 1) == 1) {
                        programmes.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(ids.get(rs.getInt(2) * SearchBitmaps.PER_CHUNK + offset));
                    }
                }
            }
        }
        return programmes;
    }

    private static Map<Integer, String> numbers(Connection c) throws SQLException {
        Map<Integer, String> ids = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select number, programme_id from programme_search_number")) {
            while (rs.next()) {
                ids.put(rs.getInt(1), rs.getString(2));
            }
        }
        return ids;
    }
}

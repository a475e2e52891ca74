package org.programmeregistry.adapters.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.programmeregistry.application.contract.SearchContract;
import org.programmeregistry.application.port.out.PersistencePorts;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.SearchCursor;
import org.programmeregistry.application.readmodel.SearchText;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;

class PostgresSearchTest extends SearchContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }

    @Override
    protected boolean estimatesLargeTotals() {
        return true;
    }

    @Test
    @DisplayName("with statistics that know the words as frequent (pages read as id-ordered ranges, not through the GIN index), ranking across pages is the contract's")
    void rankedPagingWithStatistics() throws Exception {
        String[] titles = {"Border police", "Migration border management", "Police reform", "Border migration", "Customs", "Migration"};
        List<Programme> programmes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            programmes.add(Programme.register(new ProgrammeId(String.format("S-%02d", i)), titles[i % titles.length],
                    "border migration", new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))));
        }
        run(() -> ports.programmes().addAll(programmes));
        try (Connection c = DATABASE.persistence().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze programme_search_text");
            try (ResultSet rs = s.executeQuery("select most_common_elems::text from pg_stats where schemaname = current_schema() "
                    + "and tablename = 'programme_search_text' and attname = 'document'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).contains("border", "migration");
            }
        }
        List<String> words = SearchText.words("migr border");
        List<String> expected = programmes.stream()
                .sorted(Comparator.comparingInt((Programme p) -> -SearchText.relevance(words, p.snapshot().title()))
                        .thenComparing(p -> p.id().value()))
                .map(p -> p.id().value()).toList();
        List<String> paged = new ArrayList<>();
        Optional<SearchCursor> after = Optional.empty();
        do {
            Page<ProgrammeSummary> page = search(words, after, 7);
            page.items().forEach(p -> paged.add(p.id()));
            after = page.next().flatMap(SearchCursor::of);
        } while (after.isPresent());
        assertThat(paged).containsExactlyElementsOf(expected).hasSize(60);
    }

    @Test
    @DisplayName("a word the statistics do not know is sampled, on the rows of pages drawn at random: a prefix of 1,111 programmes in 2,400 "
            + "is broad, of 111 rare; with titles that hold no search word, the programmes with one in their title are few; "
            + "the words tested on each row go rarest first")
    void wordsSampled() throws Exception {
        List<Programme> programmes = new ArrayList<>();
        for (int i = 0; i < 2_400; i++) {
            // the reference numbers spread over the pages, as words are in real text
            programmes.add(Programme.register(new ProgrammeId(String.format("R-%04d", i)), i % 2 == 0 ? "Even programme" : "Odd programme",
                    "Reference " + (i * 7_919 % 2_400), new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))));
        }
        run(() -> ports.programmes().addAll(programmes));
        try (Connection c = DATABASE.persistence().dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // the table's size, for the sample (no statistics of its words: VACUUM does not analyse)
            s.execute("vacuum programme_search_text");
        }
        JooqTransactions transactions = (JooqTransactions) DATABASE.persistence().transactions();
        // √(page × programmes): 162 for pages of 10
        SqlProgrammeSearch search = sampledFromAnySize(transactions);
        SqlProgrammeSearch.Reach broad = reach(search, "reference 1");
        assertThat(broad.broad()).containsExactly("reference", "1");
        assertThat(broad.rare()).isEmpty();
        assertThat(broad.broadShare()).isCloseTo(1_111 / 2_400.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(broad.fewTitled()).isTrue();
        assertThat(broad.tested()).containsExactly("1", "reference");
        SqlProgrammeSearch.Reach rare = reach(search, "reference 17");
        assertThat(rare.rare()).containsExactly("17");
        assertThat(rare.broad()).containsExactly("reference");
        SqlProgrammeSearch.Reach titled = reach(search, "even 1");
        assertThat(titled.broad()).containsExactly("even", "1");
        assertThat(titled.broadShare()).isCloseTo(0.5 * 1_111 / 2_400.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(titled.fewTitled()).isFalse();
    }

    @Test
    @DisplayName("a word's sample is kept while the statistics count the same programmes, and taken again once they count others")
    void sampleKept() throws Exception {
        storeReferences(0, 2_400);
        vacuum();
        JooqTransactions transactions = (JooqTransactions) DATABASE.persistence().transactions();
        SqlProgrammeSearch search = sampledFromAnySize(transactions);
        double first = reach(search, "1").broadShare();
        assertThat(first).isCloseTo(1_111 / 2_400.0, org.assertj.core.data.Offset.offset(0.05));
        int before = DATABASE.faults().executed();
        assertThat(reach(search, "1").broadShare()).isEqualTo(first);
        // the table's size read again, no sample taken and no common words read
        assertThat(DATABASE.faults().executed() - before).isEqualTo(1);
        // every reference number of these begins with 1
        storeReferences(2_400, 2_400);
        vacuum();
        assertThat(reach(search, "1").broadShare())
                .isCloseTo((1_111 + 2_400) / 4_800.0, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    @DisplayName("the statistics' most common words are kept while they count the same programmes, and read again once they count others")
    void commonWordsKept() throws Exception {
        storeReferences(0, 2_400);
        analyze();
        JooqTransactions transactions = (JooqTransactions) DATABASE.persistence().transactions();
        SqlProgrammeSearch search = sampledFromAnySize(transactions);
        assertThat(reach(search, "reference")).isEqualTo(SqlProgrammeSearch.Reach.PLANNED);
        int before = DATABASE.faults().executed();
        assertThat(reach(search, "reference")).isEqualTo(SqlProgrammeSearch.Reach.PLANNED);
        // the table's size alone
        assertThat(DATABASE.faults().executed() - before).isEqualTo(1);
        List<Programme> zebras = new ArrayList<>();
        for (int i = 0; i < 2_400; i++) {
            zebras.add(Programme.register(new ProgrammeId(String.format("Z-%05d", i)), "Programme", "Zebra " + i,
                    new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))));
        }
        run(() -> ports.programmes().addAll(zebras));
        analyze();
        // unknown to the statistics kept before, it would be sampled
        assertThat(reach(search, "zebra")).isEqualTo(SqlProgrammeSearch.Reach.PLANNED);
    }

    @Test
    @DisplayName("a programme is a candidate for a broad word's read when its word starts hold the first one and two characters of every search word")
    void candidatesByWordStarts() throws Exception {
        storeReferences(0, 2);
        List<Programme> more = List.of(Programme.register(new ProgrammeId("K-77"), "Programme", "Reference 7709",
                new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))));
        run(() -> ports.programmes().addAll(more));
        assertThat(candidates("77 ref")).containsExactly("K-77");
        // the second of the references is 719
        assertThat(candidates("7")).containsExactly("K-00001", "K-77");
        assertThat(candidates("refer programme")).containsExactly("K-00000", "K-00001", "K-77");
        assertThat(candidates("zebra")).isEmpty();
    }

    @Test
    @DisplayName("every stored programme has word starts, holding those of each word of its document, accents, digits and other scripts included")
    void wordStartsCoverTheDocument() throws Exception {
        List<Programme> programmes = List.of(
                Programme.register(new ProgrammeId("W-1"), "Gestion intégrée des frontières en Türkiye", "Ελληνικά και кириллица 2x4 77b",
                        new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))),
                Programme.register(new ProgrammeId("W-2"), "Ā", "日本語 a 9", new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))));
        run(() -> ports.programmes().addAll(programmes));
        try (Connection c = DATABASE.persistence().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(distinct t.programme_id), count(*), count(*) filter (where (s.word_starts | "
                        + "search_word_starts(to_tsvector('simple', w))) <> s.word_starts) from programme_search_text t "
                        + "join programme_search_starts s on s.programme_id = t.programme_id, unnest(tsvector_to_array(t.document)) as w")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(2);
            assertThat(rs.getLong(2)).isGreaterThan(10);
            assertThat(rs.getLong(3)).isZero();
        }
    }

    @Test
    @DisplayName("migration V9 derives the word starts of the programmes stored before it")
    void migrationDerivesTheWordStarts() throws Exception {
        String schema = "t_v9_" + Long.toString(System.nanoTime(), 36);
        try (Connection admin = java.sql.DriverManager.getConnection(TestDatabase.pgUrl(), TestDatabase.pgUser(), TestDatabase.pgPassword());
                Statement s = admin.createStatement()) {
            s.execute("create schema " + schema);
            try {
                org.postgresql.ds.PGSimpleDataSource old = new org.postgresql.ds.PGSimpleDataSource();
                old.setURL(TestDatabase.pgUrl() + (TestDatabase.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema);
                old.setUser(TestDatabase.pgUser());
                old.setPassword(TestDatabase.pgPassword());
                org.flywaydb.core.Flyway.configure().dataSource(old).locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                        .javaMigrations(new V4_2__Fill_search_index(), new V8_1__Fill_search_bitmaps()).target("8.1").load().migrate();
                s.execute("insert into " + schema + ".programme (id, id_key, title, summary, status, period_start, period_end, version) values "
                        + "('OLD-1', 'OLD-1', 'Dialogue in Türkiye', 'Fragmented agencies.', 'PIPELINE', date '2009-01-01', date '2010-12-31', 0)");
                s.execute("insert into " + schema + ".programme_search_text (programme_id, title_words, other_words) values "
                        + "('OLD-1', 'dialogue in turkiye', 'fragmented agencies')");
                JooqPersistence.migrate(old, org.jooq.SQLDialect.POSTGRES);
                String starts = schema + ".search_word_starts";
                try (ResultSet rs = s.executeQuery("select programme_id, (word_starts | " + starts + "(to_tsvector('simple', 'dialog frag tu'))) "
                        + "= word_starts, (word_starts | " + starts + "(to_tsvector('simple', 'zebra'))) = word_starts from "
                        + schema + ".programme_search_starts")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("OLD-1");
                    assertThat(rs.getBoolean(2)).isTrue();
                    assertThat(rs.getBoolean(3)).isFalse();
                    assertThat(rs.next()).isFalse();
                }
            } finally {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    /** The programmes whose word starts hold those of {@code text}'s words, in id order. */
    private static List<String> candidates(String text) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DATABASE.persistence().dataSource().getConnection();
                java.sql.PreparedStatement p = c.prepareStatement("select programme_id from programme_search_starts "
                        + "where (word_starts | search_word_starts(to_tsvector('simple', ?))) = word_starts order by programme_id")) {
            p.setString(1, String.join(" ", SearchText.words(text)));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** How {@code search} reads the words of {@code text}, in a transaction of its own. */
    private static SqlProgrammeSearch.Reach reach(SqlProgrammeSearch search, String text) {
        JooqTransactions transactions = (JooqTransactions) DATABASE.persistence().transactions();
        return transactions.inTransaction(() -> search.reach(transactions.connection(), filter(text)));
    }

    /** A search with the default's limits that samples the words its statistics do not know at any size: √(page × programmes). */
    private static SqlProgrammeSearch sampledFromAnySize(JooqTransactions transactions) {
        return new SqlProgrammeSearch(transactions, new SqlProgrammeSearch.Shortcuts(SqlProgrammeSearch.RARE_POSTINGS, 2,
                SqlProgrammeSearch.RARE_POSTINGS, 0, 0, 1, 1));
    }

    /** Statistics of the search text's words, as autovacuum would take them. */
    private static void analyze() throws Exception {
        try (Connection c = DATABASE.persistence().dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("analyze programme_search_text");
        }
    }

    /** {@code count} programmes from number {@code from}, each with a summary "Reference n", the numbers below 2,400 spread over the pages. */
    private void storeReferences(int from, int count) {
        List<Programme> programmes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            int reference = i < 2_400 ? i * 7_919 % 2_400 : 10_000 + i;
            programmes.add(Programme.register(new ProgrammeId(String.format("K-%05d", i)), "Programme", "Reference " + reference,
                    new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))));
        }
        run(() -> ports.programmes().addAll(programmes));
    }

    /** The table's size for the sample, and no statistics of its words (VACUUM does not analyse). */
    private static void vacuum() throws Exception {
        try (Connection c = DATABASE.persistence().dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum programme_search_text");
        }
    }

    @Test
    @DisplayName("the sample names 1,000 rows: at 1,000,000 programmes on 250,000 pages, one row of each of 1,000 pages drawn, the same each time; "
            + "a small table whole")
    void sampleOfAThousandRows() {
        SqlProgrammeSearch.Sql sample = SqlProgrammeSearch.samplePages(1_000_000, 250_000);
        String tids = (String) sample.values().get(0);
        assertThat(sample.text()).isEqualTo(" where ctid = any(cast(? as tid[]))");
        List<String> addresses = List.of(tids.substring(3, tids.length() - 3).split("\\)\",\"\\("));
        assertThat(addresses).hasSize(1_000);
        assertThat(addresses.stream().map(a -> a.substring(0, a.indexOf(','))).distinct()).hasSize(1_000);
        assertThat(addresses).allSatisfy(a -> assertThat(Integer.parseInt(a.substring(a.indexOf(',') + 1))).isBetween(1, 4));
        assertThat(SqlProgrammeSearch.samplePages(1_000_000, 250_000)).isEqualTo(sample);
        assertThat(SqlProgrammeSearch.samplePages(900, 20).text()).isEmpty();
    }

    private static ProgrammeFilter filter(String text) {
        return new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SearchText.words(text), Optional.empty(), 10, false);
    }

    @Test
    @DisplayName("the full-text document is kept in the programme's row (storage MAIN, V7), so testing a word on a match reads no TOAST")
    void documentKeptInItsRow() throws Exception {
        try (Connection c = DATABASE.persistence().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select attstorage from pg_attribute where attrelid = 'programme_search_text'::regclass "
                        + "and attname = 'document'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("m");
        }
    }

    @Test
    @DisplayName("a search has PostgreSQL plan each of its statements for their values, never a prepared statement's generic plan, for its transaction only")
    void searchPlannedForItsValues() {
        JooqTransactions transactions = (JooqTransactions) DATABASE.persistence().transactions();
        String during = transactions.inTransaction(() -> {
            DATABASE.persistence().programmes().search(new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), Optional.empty(), 10, false));
            return planCacheMode(transactions);
        });
        assertThat(during).isEqualTo("force_custom_plan");
        assertThat(transactions.inTransaction(() -> planCacheMode(transactions))).isEqualTo("auto");
    }

    private static String planCacheMode(JooqTransactions transactions) {
        List<String> mode = new ArrayList<>();
        Jdbc.query(transactions.connection(), "show plan_cache_mode", List.of(), row -> mode.add(row.getString(1)));
        return mode.get(0);
    }

    private Page<ProgrammeSummary> search(List<String> words, Optional<SearchCursor> after, int limit) {
        return inTransaction(() -> ports.programmes().search(new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), words, after, limit, false)));
    }
}

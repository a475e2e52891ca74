package org.programmeregistry.adapters.persistence.jooq;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.SearchCursor;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/**
 * The portfolio search of {@link JooqProgrammeRepository} (issue 14): filters, text ranked by
 * relevance level, keyset pages and bounded totals, each database its own way (see
 * docs/architecture.md, "The portfolio search"). The rows it reads are kept by {@link SearchIndex}.
 *
 * <p>Written as SQL text run over JDBC, not in jOOQ's DSL (issue 16): {@code programme list} is
 * the command line's most common command, and jOOQ's first query costs a new JVM about 240 ms of
 * class initialisation (its data types, of every dialect it knows), as long as the whole floor of
 * the command; without it a list never loads jOOQ (docs/benchmarks.md, "Start-up of the command
 * line"). Values are bound; only the text-search queries and numbers are inlined, where noted why.
 */
final class SqlProgrammeSearch {

    private final JooqTransactions transactions;
    private final Shortcuts shortcuts;

    /**
     * The samples of search words, kept while the statistics count the same programmes (they
     * change with an {@code ANALYZE}, automatic after a tenth of the rows changed): a sample
     * costs about 3 ms with its pages in the buffers, and each word's share moves slowly. A
     * sample only chooses how the matches are read, never what they are, so an old one costs
     * time at most.
     */
    private final Map<String, Sampled> samples = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Sampled> eldest) {
            return size() > SAMPLES_KEPT;
        }
    });

    /**
     * The most common elements of the document column, kept while the statistics count the same
     * programmes, as the samples are. Read from {@code pg_stats} for every text search, they cost
     * 0.5-1.3 ms of planning: the view joins four catalogues, and each search plans its
     * statements for their values ({@link #planForTheValues}). Like a sample, they only choose
     * how the matches are read.
     */
    private volatile CommonWords commonWords;

    /** The words {@code pg_stats} knows as most common in the searchable text, when it counted {@code reltuples} programmes. */
    private record CommonWords(double reltuples, List<String> words) {
    }

    SqlProgrammeSearch(JooqTransactions transactions, Shortcuts shortcuts) {
        this.transactions = transactions;
        this.shortcuts = shortcuts;
    }

    /**
     * When the search leaves its usual path, and which way. H2 has these ways around testing the
     * programmes in id order: a criterion with fewer than {@code rarePostings} rows of its index
     * (0: never), and the bitmaps ({@link SearchBitmaps}) of a search with at least
     * {@code bitmapCriteria} criteria they hold, when fewer than {@code bitmapCandidates}
     * programmes have every bit; a text alone answered through them when its words' bitmaps
     * leave fewer than {@code textCandidates} programmes (0: never); and a text whose words fewer
     * than {@code bitmapCandidates} titles hold reads those programmes first
     * ({@link #bitmapTitledFirst}). PostgreSQL samples a search word its statistics do not know
     * when they count at least {@code sampledFrom} programmes, and reads it through the GIN index
     * when the sample expects fewer than {@code rareWords} × √(page × programmes) matches; with
     * a broad word, it reads the programmes with a search word in their title through the
     * title's GIN index when the sample expects fewer than {@code rareTitles} × as many
     * ({@link #reach}). Tests turn them off or on to run the search contract over each path.
     */
    record Shortcuts(int rarePostings, int bitmapCriteria, int bitmapCandidates, int textCandidates, long sampledFrom, double rareWords,
            double rareTitles) {
        /**
         * Bitmaps from two criteria: one frequent criterion alone leaves more candidates than a
         * page in id order tests, and a rare one is read through its index. A text alone through
         * the bitmaps when they leave fewer than 2,000 programmes, where the id-ordered read may
         * test many more to fill a page (docs/benchmarks.md). Below 10,000
         * programmes every word PostgreSQL's statistics do not know is read through the GIN
         * index: however broad, it cannot have more matches than that.
         */
        static final Shortcuts DEFAULT = new Shortcuts(RARE_POSTINGS, 2, RARE_POSTINGS, 2 * RARE_POSTINGS, 10_000, 1, 1);
        /** Every search in id order (H2). */
        static final Shortcuts NONE = new Shortcuts(0, Integer.MAX_VALUE, 0, 0, DEFAULT.sampledFrom, 1, 1);
        /** Every search with a criterion the bitmaps hold answered through them (H2). */
        static final Shortcuts BITMAPS = new Shortcuts(0, 1, Integer.MAX_VALUE, 0, DEFAULT.sampledFrom, 1, 1);
        /** Every text search reading the programmes with a search word in their title first, the rest in id order (H2). */
        static final Shortcuts TITLED_FIRST = new Shortcuts(0, Integer.MAX_VALUE, Integer.MAX_VALUE, 0, DEFAULT.sampledFrom, 1, 1);
        /**
         * PostgreSQL: every search word its statistics do not know sampled and found broad, so
         * tested on the programmes read in id order, as a short prefix of many words is; every
         * level of relevance read in id order too, as when the words are frequent in titles.
         */
        static final Shortcuts BROAD_WORDS = new Shortcuts(RARE_POSTINGS, 2, RARE_POSTINGS, 2 * RARE_POSTINGS, 0, 0, 0);
        /**
         * PostgreSQL: every search word its statistics do not know broad, and the programmes with
         * one in their title few, read through the title's GIN index before the rest in id order.
         */
        static final Shortcuts BROAD_WORDS_FEW_TITLES = new Shortcuts(RARE_POSTINGS, 2, RARE_POSTINGS, 2 * RARE_POSTINGS, 0, 0,
                Double.POSITIVE_INFINITY);
    }

    /** What a summary needs of a programme; the summary text and the rest stay on disk. */
    private static final String COLUMNS = "programme.id, programme.title, programme.status, programme.planned_start, programme.planned_end, "
            + "programme.actual_start, programme.actual_end";
    /** PostgreSQL's full-text document of programme_search_text (db/vendor/postgresql/V4_1). */
    private static final String DOCUMENT = "programme_search_text.document";
    /** The title's words alone (the same script), what relevance is measured on. */
    private static final String TITLE_DOCUMENT = "programme_search_text.title_document";

    /**
     * One page in the order of {@link SearchCursor} (relevance, then id). With a text the page is
     * read level by level, highest relevance first: each level (the matches whose title holds
     * exactly that many of the search words) is a key range ordered by id that stops once the page
     * is full, so neither the first page nor a later one ranks every match. {@code limit + 1} rows
     * are read to know whether a next page exists. The total is exact up to
     * {@link ProgrammeFilter#EXACT_UP_TO} matches; above, it is an estimate marked as such
     * (PostgreSQL: the planner's; H2: from where the matches lie among the ids), or the exact
     * count when asked for.
     */
    Page<ProgrammeSummary> page(ProgrammeFilter filter) {
        Connection connection = transactions.connection();
        boolean words = SearchIndex.keepsWords(transactions);
        if (!words) {
            planForTheValues(connection);
        }
        List<String> searchWords = filter.words();
        boolean text = !searchWords.isEmpty();
        String from = text && !words ? "programme join programme_search_text on programme_search_text.programme_id = programme.id" : "programme";
        Sql criteria = criteria(filter, words, Optional.empty());
        Reach reach = text && !words ? reach(connection, filter) : Reach.PLANNED;
        if (!reach.rare().isEmpty()) {
            // the GIN index is read for the rare words alone, the others are tested on its rows
            return fewMatches(connection, filter, from, criteria, searchWords,
                    searchWords.stream().filter(w -> !reach.rare().contains(w)).toList());
        }
        if (reach.fewTitled()) {
            return titledFirst(connection, filter, from, criteria, reach);
        }
        // H2: one search asks the bitmaps for its page and then for its total, and reads each criterion's rows once
        SearchBitmaps.Reads reads = new SearchBitmaps.Reads(connection);
        if (words) {
            // several criteria: the bitmaps first, which answer a rare one among them as well and need no probe of each
            Optional<List<List<String>>> byRelevance = SearchBitmaps.matches(reads, filter, shortcuts.bitmapCriteria(),
                    shortcuts.bitmapCandidates());
            if (byRelevance.isPresent()) {
                return bitmapMatches(connection, filter, byRelevance.get());
            }
            Optional<Sql> candidates = rareCriterion(connection, filter);
            if (candidates.isPresent()) {
                return candidateMatches(connection, filter, criteria, candidates.get());
            }
            // a text of words each too frequent to be rare whose programmes together are few, and may cluster in id order
            // ("reference 77": 1,111 of 100,000 programmes, the first 21 among the first 7,710)
            Optional<List<List<String>>> ofText = text && shortcuts.textCandidates() > 0
                    ? SearchBitmaps.matches(reads, filter, 1, shortcuts.textCandidates(), TEXT_ROWS) : Optional.empty();
            if (ofText.isPresent()) {
                return bitmapMatches(connection, filter, ofText.get());
            }
            Optional<List<String>> titled = text ? SearchBitmaps.titled(reads, searchWords, shortcuts.bitmapCandidates()) : Optional.empty();
            if (titled.isPresent()) {
                return bitmapTitledFirst(connection, reads, filter, criteria, titled.get());
            }
        }
        int want = filter.limit() + 1;
        List<ProgrammeSummary> rows = new ArrayList<>();
        List<Integer> relevances = new ArrayList<>();
        // a cursor above the highest level (k words) puts every match after it
        int top = filter.after().map(a -> Math.min(a.relevance(), searchWords.size())).orElse(searchWords.size());
        Optional<String> afterId = filter.after().filter(a -> a.relevance() <= searchWords.size()).map(SearchCursor::id);
        for (int level = top; level >= 0 && rows.size() < want; level--) {
            Optional<String> resume = level == top ? afterId : Optional.empty();
            Sql atLevel = text ? level(searchWords, level, words, reach.tested()) : Sql.NONE;
            List<ProgrammeSummary> found = inIdOrder(connection, filter, from, criteria, atLevel, resume, words, !reach.broad().isEmpty(),
                    want - rows.size());
            rows.addAll(found);
            relevances.addAll(Collections.nCopies(found.size(), level));
        }
        List<ProgrammeSummary> items = items(filter, rows);
        Optional<String> next = next(filter, rows, relevances);
        Sql all = text ? criteria.and(matching(searchWords, words, reach.tested())) : criteria;
        if (filter.after().isEmpty() && next.isEmpty()) {
            return new Page<>(items, items.size(), true, next);
        }
        return words ? totalByIds(connection, reads, filter, all, items, next, shortcuts.bitmapCandidates() > 0 ? TEXT_ROWS : 0)
                : totalByPlanner(connection, filter, from, criteria, all, reach, items, next);
    }

    /**
     * PostgreSQL, a text with a rare word ({@link #reach}): the matches are few, so they are read
     * once, through the GIN index for the rare words alone (the others, {@code tested}, tested on
     * its rows), into a materialised CTE (planned without the page's LIMIT) of their ids and
     * relevance; the page is taken from it in (relevance, id) order after the cursor, its
     * programmes read for that page alone, and the exact total counted beside it, in one
     * statement ({@link #readAll}). Read level by level as frequent words are,
     * each level and then the count would read the matches again, each time testing the frequent
     * words on every match's whole text; and reading every match's programme row cost as much as
     * testing them (at 1,000,000 programmes, 1,111 matches: 15 ms against 9.6).
     */
    private static Page<ProgrammeSummary> fewMatches(Connection connection, ProgrammeFilter filter, String from, Sql criteria, List<String> searchWords,
            List<String> tested) {
        Read read = readAll(connection, filter, from, criteria, matching(searchWords, false, tested));
        return exactPage(filter, read.rows(), read.relevances(), read.total());
    }

    /** Rows read for a page ({@code limit + 1} at most), their relevance, and how many matches there are. */
    private record Read(List<ProgrammeSummary> rows, List<Integer> relevances, long total) {
    }

    /**
     * PostgreSQL: every programme that meets the criteria and the text {@code conditions}, few,
     * read once in a materialised CTE of ids and relevance; the page after the cursor taken from
     * it in (relevance, id) order, its programmes' rows read for it alone, and the exact total
     * counted beside it, in one statement ({@link #fewMatches}).
     */
    private static Read readAll(Connection connection, ProgrammeFilter filter, String from, Sql criteria, Sql conditions) {
        List<String> searchWords = filter.words();
        // the programme joins the matches only where a criterion tests it
        String source = criteria.text().isEmpty() ? "programme_search_text" : from;
        Sql matches = Sql.of("with matches as materialized (select programme_search_text.programme_id as id, ").append(relevance(searchWords, false))
                .append(" as relevance from " + source).where(criteria.and(conditions)).append(")");
        Sql after = filter.after().map(a -> Sql.of("relevance < ? or (relevance = ? and id > ?)", a.relevance(), a.relevance(), a.id())).orElse(Sql.NONE);
        Sql page = matches.append(", page as (select id, relevance from matches").where(after)
                .append(" order by relevance desc, id" + firstRows(filter.limit() + 1) + ")")
                .append(" select " + COLUMNS + ", page.relevance, (select count(*) from matches) as total"
                        + " from page join programme on programme.id = page.id order by page.relevance desc, page.id");
        List<ProgrammeSummary> rows = new ArrayList<>();
        List<Integer> relevances = new ArrayList<>();
        long[] total = {0};
        query(connection, page, row -> {
            rows.add(summary(row));
            relevances.add(row.getInt(8));
            total[0] = row.getLong(9);
        });
        if (rows.isEmpty() && filter.after().isPresent()) {
            // past the cursor no row is left, but the matches before it count; without a cursor there are none
            total[0] = count(connection, matches.append(" select count(*) from matches"));
        }
        return new Read(rows, relevances, total[0]);
    }

    /**
     * PostgreSQL, a broad word ({@link #reach}) whose search words are in few titles: the matches
     * with a search word in their title (relevance 1 and more) are few, and are read at once
     * through the title's GIN index ({@link #readAll}), every word tested on their rows; those
     * with none (relevance 0), the many, in id order after them, stopping with the page. Read
     * level by level in id order, each level above 0 would test every programme, since a page
     * never fills: the planner estimates the title's words at its floor however few they are,
     * and reads the id-ordered range (187 ms for "reference 7" at 100,000 programmes).
     */
    private static Page<ProgrammeSummary> titledFirst(Connection connection, ProgrammeFilter filter, String from, Sql criteria, Reach reach) {
        List<String> searchWords = filter.words();
        Sql anyInTitle = tsquery(TITLE_DOCUMENT, String.join(" | ", searchWords.stream().map(w -> w + ":*").toList()));
        Read titled = readAll(connection, filter, from, criteria, anyInTitle.and(matching(searchWords, false, reach.tested())));
        List<ProgrammeSummary> rows = new ArrayList<>(titled.rows());
        List<Integer> relevances = new ArrayList<>(titled.relevances());
        Sql untitled = level(searchWords, 0, false, reach.tested());
        untitledAfter(connection, filter, from, criteria, untitled, false, true, rows, relevances);
        List<ProgrammeSummary> items = items(filter, rows);
        Optional<String> next = next(filter, rows, relevances);
        if (filter.after().isEmpty() && next.isEmpty()) {
            return new Page<>(items, items.size(), true, next);
        }
        Sql untitledMatches = Sql.of("select 1 from " + from).where(criteria.and(untitled));
        if (filter.exactTotal()) {
            return new Page<>(items, titled.total() + count(connection, countOf(untitledMatches)), true, next);
        }
        long estimate = Math.max(titled.total(), estimate(connection, from, criteria, reach, searchWords));
        if (estimate >= NOT_COUNTED_ABOVE || titled.total() > ProgrammeFilter.EXACT_UP_TO) {
            return new Page<>(items, Math.max(ProgrammeFilter.EXACT_UP_TO + 1, estimate), false, next);
        }
        long bounded = titled.total() + count(connection, countOf(untitledMatches.append(firstRows(ProgrammeFilter.EXACT_UP_TO + 1 - titled.total()))));
        return bounded <= ProgrammeFilter.EXACT_UP_TO ? new Page<>(items, bounded, true, next)
                : new Page<>(items, Math.max(ProgrammeFilter.EXACT_UP_TO + 1, estimate), false, next);
    }

    /**
     * PostgreSQL: every statement of this search is planned for its values, for the rest of the
     * transaction. The driver prepares a statement on the server once a connection has run it
     * five times, and PostgreSQL may then keep a generic plan, made without the values: a
     * territory, a donor and a cursor's id unknown, it can join whole index ranges. At 1,000,000
     * programmes the generic plan of the combination's page 50 took 1.6 s, against 5 ms planned
     * for its values (docs/benchmarks.md). Planning each time costs a fraction of a millisecond;
     * statements without values keep their one plan.
     */
    private static void planForTheValues(Connection connection) {
        query(connection, Sql.of("select set_config('plan_cache_mode', 'force_custom_plan', true)"), row -> { });
    }

    /** The page of the rows read ({@code limit + 1}, to know whether a next page exists) and the exact total of their matches. */
    private static Page<ProgrammeSummary> exactPage(ProgrammeFilter filter, List<ProgrammeSummary> rows, List<Integer> relevances, long total) {
        return new Page<>(items(filter, rows), total, true, next(filter, rows, relevances));
    }

    /** The rows of the page: the first {@code limit} of those read. */
    private static List<ProgrammeSummary> items(ProgrammeFilter filter, List<ProgrammeSummary> rows) {
        return List.copyOf(rows.subList(0, Math.min(filter.limit(), rows.size())));
    }

    /** The cursor after the page's last row, when a row was read beyond the page ({@code limit + 1} are read). */
    private static Optional<String> next(ProgrammeFilter filter, List<ProgrammeSummary> rows, List<Integer> relevances) {
        int last = filter.limit() - 1;
        return rows.size() > filter.limit() ? Optional.of(new SearchCursor(relevances.get(last), rows.get(last).id()).token()) : Optional.empty();
    }

    /**
     * PostgreSQL: how each search word is read, the cheaper of two ways for its number of
     * matches. A word is frequent when it begins a word the statistics know as frequent in the
     * searchable text (the most common elements of the document column): the planner then
     * estimates it and reads the id-ordered range for a page. Any other word the planner
     * estimates at a floor (about 0.3 % of the programmes) however many matches it has, and would
     * read all of them through the GIN index. That suits a rare word (the few programmes of
     * "777") and not a broad one: a short prefix of many rare words ("7" begins 111,111
     * reference numbers at 1,000,000 programmes) or a word just outside the most common
     * elements, whose read grows with its matches. So such a word is tested on a sample of about
     * {@value #SAMPLE_ROWS} programmes, the same pages each time ({@link #samplePages}). It is rare when the sample expects fewer than √(page × programmes) matches,
     * where reading them all costs as many rows as the id-ordered range tests for a page
     * (page × programmes / matches); otherwise it is broad, tested on the programmes read in id
     * order. Without statistics, or below {@link Shortcuts#sampledFrom} programmes, every such
     * word counts as rare, which suits small tables.
     */
    Reach reach(Connection connection, ProgrammeFilter filter) {
        List<String> searchWords = filter.words();
        double[] programmes = {0};
        long[] pages = {0};
        query(connection, Sql.of("select reltuples, relpages from pg_class where oid = 'programme_search_text'::regclass"), row -> {
            // -1: never analysed
            programmes[0] = Math.max(0, row.getDouble(1));
            pages[0] = row.getLong(2);
        });
        List<String> common = commonWords(connection, programmes[0]);
        List<String> unknown = searchWords.stream().filter(w -> common.stream().noneMatch(c -> c.startsWith(w))).toList();
        if (unknown.isEmpty()) {
            return Reach.PLANNED;
        }
        if (programmes[0] < shortcuts.sampledFrom()) {
            return new Reach(unknown, List.of(), 1, false, List.of());
        }
        Map<String, Sampled> of = sampled(connection, searchWords, programmes[0], pages[0]);
        double counted = of.get(searchWords.get(0)).programmes();
        double rareBelow = Math.sqrt((filter.limit() + 1) * counted);
        List<String> rare = new ArrayList<>();
        List<String> broad = new ArrayList<>();
        double broadShare = 1;
        for (String word : unknown) {
            double share = of.get(word).share();
            if (share * counted < shortcuts.rareWords() * rareBelow) {
                rare.add(word);
            } else {
                broad.add(word);
                broadShare *= share;
            }
        }
        // at most the sum of each word's share of titles
        double titled = searchWords.stream().mapToDouble(w -> of.get(w).titleShare()).sum();
        boolean fewTitled = titled * counted < shortcuts.rareTitles() * rareBelow;
        // the test of a row stops at the first word it lacks ("77 & reference" took 4.1 ms on 7,710 rows, "reference & 77" 6.1)
        List<String> rarestFirst = searchWords.stream().sorted(Comparator.comparingDouble(w -> of.get(w).share())).toList();
        return new Reach(rare, broad, broadShare, !broad.isEmpty() && fewTitled, broad.isEmpty() ? List.of() : rarestFirst);
    }

    /** The most common elements of the document column ({@link #commonWords}), read again when the statistics count other than {@code reltuples}. */
    private List<String> commonWords(Connection connection, double reltuples) {
        CommonWords known = commonWords;
        if (known != null && known.reltuples() == reltuples) {
            return known.words();
        }
        String[] elements = {null};
        query(connection, Sql.of("select most_common_elems::text from pg_stats where schemaname = current_schema() "
                + "and tablename = 'programme_search_text' and attname = 'document'"), row -> elements[0] = row.getString(1));
        String first = elements[0];
        List<String> words = first == null || first.length() < 2 ? List.of()
                : List.of(first.substring(1, first.length() - 1).replace("\"", "").split(","));
        commonWords = new CommonWords(reltuples, words);
        return words;
    }

    /**
     * What the sample found of a search word: the programmes counted then (the statistics' count,
     * or the rows of a sample that was the whole table), and the shares of them with a word it
     * begins in their text and in their title.
     */
    private record Sampled(double reltuples, double programmes, double share, double titleShare) {
    }

    /** How many search words' samples are kept, the most recently used. */
    static final int SAMPLES_KEPT = 1_000;

    /**
     * The samples of these words: those kept for the same count of programmes, and one new
     * sample ({@link #samplePages}) for the others, which tests each row's document once,
     * decompressed once ({@code || ''::tsvector} makes the copy the tests share).
     */
    private Map<String, Sampled> sampled(Connection connection, List<String> searchWords, double reltuples, long pages) {
        Map<String, Sampled> of = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String word : searchWords) {
            Sampled kept = samples.get(word);
            if (kept != null && kept.reltuples() == reltuples) {
                of.put(word, kept);
            } else {
                missing.add(word);
            }
        }
        if (missing.isEmpty()) {
            return of;
        }
        Sql sample = Sql.of("select count(*)");
        for (String word : missing) {
            sample = sample.append(", count(*) filter (where ").append(tested("d", word + ":*")).append(")");
        }
        for (String word : missing) {
            sample = sample.append(", count(*) filter (where ").append(tested("t", word + ":*")).append(")");
        }
        long[] counts = new long[2 * missing.size() + 1];
        Sql rows = samplePages(reltuples, pages);
        query(connection, sample.append(" from (select " + DOCUMENT + " || ''::tsvector as d, " + TITLE_DOCUMENT + " as t from programme_search_text")
                .append(rows).append(" offset 0) as sampled"), row -> {
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = row.getLong(i + 1);
                    }
                });
        double programmes = Math.max(reltuples, counts[0]);
        for (int i = 0; i < missing.size(); i++) {
            Sampled found = new Sampled(reltuples, programmes, share(counts[1 + i], counts[0]), share(counts[1 + missing.size() + i], counts[0]));
            if (!rows.text().isEmpty()) {
                // a small table is read whole, which costs less than keeping it
                samples.put(missing.get(i), found);
            }
            of.put(missing.get(i), found);
        }
        return of;
    }

    private static double share(long hits, long rows) {
        return rows == 0 ? 0 : (double) hits / rows;
    }

    /** The programmes PostgreSQL's sample of a search word reads ({@link #reach}). */
    static final int SAMPLE_ROWS = 1_000;

    /**
     * PostgreSQL: about {@value #SAMPLE_ROWS} programmes, one row each of as many pages drawn at
     * random once for the table's size (a fixed seed: the same rows each time, whose pages then
     * stay in the buffers; a smaller table gives several rows of each page), as a list of row
     * addresses that PostgreSQL reads one by one (a TID scan); an address with no row is skipped. One row a page, not every row of fewer pages:
     * neighbouring rows were written together and share their words (the reference numbers of
     * one batch), and whole pages made the share of "77" at 1,000,000 programmes swing by ×3.
     * PostgreSQL's own {@code TABLESAMPLE SYSTEM} draws whole pages too, and decides for every
     * page of the table whether to read it, which cost about 5 ms at 1,000,000 programmes
     * (250,000 pages). The whole table when it is small or its size unknown.
     */
    static Sql samplePages(double programmes, long pages) {
        if (pages == 0 || programmes <= SAMPLE_ROWS) {
            return Sql.NONE;
        }
        int perPage = (int) Math.max(1, Math.round(programmes / pages));
        long drawn = Math.min(pages, SAMPLE_ROWS);
        // a table of fewer pages gives several rows of each, all of them (and room for row versions) when that is most
        int rows = (int) Math.ceil((double) SAMPLE_ROWS / drawn);
        SplittableRandom random = new SplittableRandom(0);
        StringBuilder tids = new StringBuilder("{");
        random.longs(0, pages).distinct().limit(drawn).sorted().forEach(page -> {
            IntStream offsets = rows * 2 > perPage ? IntStream.rangeClosed(1, perPage + perPage / 2 + 1)
                    : random.ints(1, perPage + 1).distinct().limit(rows).sorted();
            offsets.forEach(row -> tids.append(tids.length() == 1 ? "" : ",").append("\"(").append(page).append(',').append(row).append(")\""));
        });
        return Sql.of(" where ctid = any(cast(? as tid[]))", tids.append('}').toString());
    }

    /**
     * PostgreSQL: the search words read through the GIN index ({@code rare}), those tested on the
     * programmes read in id order ({@code broad}), with the share of programmes the sample found
     * to have each (their product), and the rest, left to the planner; with broad words, whether
     * few programmes have a search word in their title ({@link #titledFirst}); and the words
     * tested on the rows read in id order, never read through the document's GIN index
     * ({@code tested}): with a broad word, all of them in one test, the rarest in the sample first.
     */
    record Reach(List<String> rare, List<String> broad, double broadShare, boolean fewTitled, List<String> tested) {
        /** Every word left to the planner, whose statistics know it. */
        static final Reach PLANNED = new Reach(List.of(), List.of(), 1, false, List.of());
    }

    /**
     * H2: below this many postings (rows of a criterion's index: the territory's beneficiaries,
     * the donor's contributions, the organisation's roles, the programmes with a word a search
     * word begins) a criterion is rare. The id-ordered range tests about programmes × 21 /
     * matches programmes to fill a page, and reads them all when there are fewer matches than a
     * page; the rare criterion's programmes read through its index cost one row each. The two
     * meet near √(21 × programmes), about 1,450 at 100,000.
     */
    static final int RARE_POSTINGS = 1_000;

    /**
     * H2: the programmes of the first rare criterion, if any, as a condition on the programme:
     * one range of the criterion's index, {@code (value, programme_id)}. Each criterion is asked
     * whether that range has a row at position {@code rarePostings}, a bounded step, so a frequent
     * one costs no count of its postings.
     */
    private Optional<Sql> rareCriterion(Connection connection, ProgrammeFilter filter) {
        int rarePostings = shortcuts.rarePostings();
        if (rarePostings == 0) {
            return Optional.empty();
        }
        List<Sql> postings = new ArrayList<>();
        filter.beneficiary().ifPresent(t -> postings.add(Sql.of("select programme_id from programme_beneficiary where territory = ?", t.value())));
        filter.donor().ifPresent(d -> postings.add(Sql.of("select programme_id from programme_contribution where donor_key = ?", d.key())));
        filter.organisation().ifPresent(o -> postings.add(Sql.of("select programme_id from programme_organisation where organisation_key = ?",
                o.key())));
        filter.words().forEach(w -> postings.add(Sql.of("select programme_id from programme_search_word r").where(prefixOf("r.word", w))));
        return postings.stream().filter(range -> {
            List<Object> posting = new ArrayList<>();
            query(connection, range.append(" offset " + (rarePostings - 1) + " rows fetch first 1 rows only"), row -> posting.add(row.getObject(1)));
            return posting.isEmpty();
        }).findFirst().map(range -> Sql.of("programme.id in (select distinct programme_id from (").append(range).append(") as postings)"));
    }

    /**
     * H2, through the bitmaps ({@link SearchBitmaps#matches}): their programmes match every
     * criterion but the status and the day, and their relevance is known. Each level, highest
     * first, is read once in id order with those two tested on the index
     * {@code programme_id_period} (the status on the row), each row marked by the database as
     * after the cursor or not (its collation orders the ids); the page is the first marked rows,
     * the total the number of rows, exact. The ids are bound as one array, {@code = any(?)}, which
     * H2 looks up in the index as it does an {@code IN} list of values, with one statement text
     * whatever their number; an {@code IN} of a subquery over a bound array it would test on
     * every programme.
     */
    private static Page<ProgrammeSummary> bitmapMatches(Connection connection, ProgrammeFilter filter, List<List<String>> byRelevance) {
        List<Sql> tested = new ArrayList<>();
        filter.status().ifPresent(status -> tested.add(Sql.of("programme.status = ?", status.name())));
        filter.activeOn().ifPresent(day -> tested.add(activeOn(day)));
        List<String> ids = new ArrayList<>();
        List<Integer> relevances = new ArrayList<>();
        long[] total = {0};
        for (int level = byRelevance.size() - 1; level >= 0; level--) {
            List<String> programmes = byRelevance.get(level);
            if (programmes.isEmpty()) {
                continue;
            }
            int relevance = level;
            Sql afterCursor = filter.after().map(a -> relevance < a.relevance() ? Sql.of("1") : relevance > a.relevance() ? Sql.of("0")
                    : Sql.of("case when programme.id > ? then 1 else 0 end", a.id())).orElse(Sql.of("1"));
            Sql these = Sql.of("programme.id = any(?)", (Object) programmes.toArray(String[]::new));
            Sql select = Sql.of("select programme.id, ").append(afterCursor).append(" from programme use index (programme_id_period)")
                    .where(these.and(Sql.and(tested))).append(" order by programme.id");
            query(connection, select, row -> {
                total[0]++;
                if (row.getInt(2) == 1 && ids.size() <= filter.limit()) {
                    ids.add(row.getString(1));
                    relevances.add(relevance);
                }
            });
        }
        return exactPage(filter, summaries(connection, ids), relevances, total[0]);
    }

    /**
     * H2, with a rare criterion: its programmes, fewer than
     * {@link #RARE_POSTINGS}, are the only candidates. Every match among them is read once, in
     * (relevance, id) order, each marked by the database as after the cursor or not (its
     * collation orders the ids); the page is the first marked rows and the total is exact, the
     * number of rows. Read level by level, each level and then the count would test every
     * candidate again. The candidates are tested on the index {@code programme_id_period} (id and
     * period), which H2 reads without the programme's row; the rows of the page alone are read
     * then. Tested on the row, each candidate cost a page of the table with its summary: 580
     * candidates of the combination took 44 ms p50 at 100,000 programmes (docs/benchmarks.md).
     */
    private static Page<ProgrammeSummary> candidateMatches(Connection connection, ProgrammeFilter filter, Sql criteria, Sql candidates) {
        Read read = candidateRead(connection, filter, criteria, candidates);
        return exactPage(filter, read.rows(), read.relevances(), read.total());
    }

    /** H2: every match among the {@code candidates}, read once ({@link #candidateMatches}). */
    private static Read candidateRead(Connection connection, ProgrammeFilter filter, Sql criteria, Sql candidates) {
        List<String> searchWords = filter.words();
        Sql relevance = searchWords.isEmpty() ? Sql.of("0") : relevance(searchWords, true);
        Sql matches = Sql.of("select programme.id, ").append(relevance).append(" as relevance from programme use index (programme_id_period)")
                .where(criteria.and(matching(searchWords, true, List.of())).and(candidates));
        Sql afterCursor = filter.after().map(a -> Sql.of("case when m.relevance < ? or (m.relevance = ? and m.id > ?) then 1 else 0 end",
                a.relevance(), a.relevance(), a.id())).orElse(Sql.of("1"));
        Sql ordered = Sql.of("select m.*, ").append(afterCursor).append(" from (").append(matches).append(") as m order by m.relevance desc, m.id");
        List<String> ids = new ArrayList<>();
        List<Integer> relevances = new ArrayList<>();
        long[] total = {0};
        query(connection, ordered, row -> {
            total[0]++;
            if (row.getInt(3) == 1 && ids.size() <= filter.limit()) {
                ids.add(row.getString(1));
                relevances.add(row.getInt(2));
            }
        });
        return new Read(summaries(connection, ids), relevances, total[0]);
    }

    /**
     * H2, a text whose search words are in few titles (fewer than
     * {@link Shortcuts#bitmapCandidates} programmes, from the bitmaps of the titles' words,
     * {@link SearchBitmaps#titled}): those programmes hold every match of relevance 1 and more,
     * read at once among them ({@link #candidateRead}); the matches of relevance 0 follow in id
     * order, stopping with the page. Read level by level in id order, a level above 0 with no
     * match tests every programme: "reference 7", whose words no title holds, took 3.4 s at
     * 100,000 programmes. The total is estimated as for any search ({@link #totalByIds}).
     */
    private static Page<ProgrammeSummary> bitmapTitledFirst(Connection connection, SearchBitmaps.Reads reads, ProgrammeFilter filter, Sql criteria,
            List<String> titled) {
        List<String> searchWords = filter.words();
        Read read = titled.isEmpty() ? new Read(List.of(), List.of(), 0)
                : candidateRead(connection, filter, criteria, Sql.of("programme.id = any(?)", (Object) titled.toArray(String[]::new)));
        List<ProgrammeSummary> rows = new ArrayList<>(read.rows());
        List<Integer> relevances = new ArrayList<>(read.relevances());
        // with no title holding a search word, every match is of relevance 0
        Sql untitled = titled.isEmpty() ? matching(searchWords, true, List.of()) : level(searchWords, 0, true, List.of());
        untitledAfter(connection, filter, "programme", criteria, untitled, true, false, rows, relevances);
        List<ProgrammeSummary> items = items(filter, rows);
        Optional<String> next = next(filter, rows, relevances);
        if (filter.after().isEmpty() && next.isEmpty()) {
            return new Page<>(items, items.size(), true, next);
        }
        return totalByIds(connection, reads, filter, criteria.and(matching(searchWords, true, List.of())), items, next, TEXT_ROWS);
    }

    /**
     * Fills the page after the matches read so far with those of relevance 0 ({@code untitled}),
     * read in id order: after the cursor's id when the cursor is at relevance 0, from the first
     * otherwise ({@link #titledFirst}, {@link #bitmapTitledFirst}).
     */
    private static void untitledAfter(Connection connection, ProgrammeFilter filter, String from, Sql criteria, Sql untitled, boolean words, boolean broad,
            List<ProgrammeSummary> rows, List<Integer> relevances) {
        int want = filter.limit() + 1;
        if (rows.size() >= want) {
            return;
        }
        Optional<String> afterId = filter.after().filter(a -> a.relevance() == 0).map(SearchCursor::id);
        List<ProgrammeSummary> found = inIdOrder(connection, filter, from, criteria, untitled, afterId, words, broad, want - rows.size());
        rows.addAll(found);
        relevances.addAll(Collections.nCopies(found.size(), 0));
    }

    /**
     * The first {@code n} programmes in id order, after {@code afterId} if any, that meet the
     * criteria and the text's {@code conditions}. On PostgreSQL, with no criterion but the text,
     * the ids come from the search text alone and the page's programmes are read once known:
     * joined to the programme, every programme tested was looked up in programme_pk too
     * ("reference 77" at 1,000,000 programmes tests 7,710 for a page: 10.6 ms joined, 7.3 alone).
     * With a {@code broad} word ({@link #reach}) only the candidates of {@link #wordStarts} are tested.
     */
    private static List<ProgrammeSummary> inIdOrder(Connection connection, ProgrammeFilter filter, String from, Sql criteria, Sql conditions,
            Optional<String> afterId, boolean words, boolean broad, long n) {
        Sql these = afterId.isPresent() ? criteria(filter, words, afterId) : criteria;
        boolean joinsText = !words && !filter.words().isEmpty();
        if (joinsText && these.text().isEmpty()) {
            Sql read;
            if (broad) {
                // each candidate's text tested as it comes, in id order: a join the planner may not plan as a scan of every candidate
                Sql tested = Sql.of("exists (select 1 from programme_search_text").where(Sql.of("programme_search_text.programme_id = s.programme_id")
                        .and(conditions)).append(")");
                Sql range = afterId.map(id -> Sql.of("s.programme_id > ?", id)).orElse(Sql.NONE);
                read = Sql.of("select s.programme_id from programme_search_starts s").where(wordStarts(filter.words()).and(range).and(tested))
                        .append(" order by s.programme_id");
            } else {
                Sql range = afterId.map(id -> Sql.of("programme_search_text.programme_id > ?", id)).orElse(Sql.NONE);
                read = Sql.of("select programme_search_text.programme_id from programme_search_text").where(conditions.and(range))
                        .append(" order by programme_search_text.programme_id");
            }
            List<String> ids = new ArrayList<>();
            query(connection, read.append(firstRows(n)), row -> ids.add(row.getString(1)));
            return summaries(connection, ids);
        }
        Sql range = afterId.map(id -> after(id, joinsText)).orElse(Sql.NONE);
        Sql select = Sql.of("select " + COLUMNS + " from " + from).where(these.and(conditions).and(range));
        return summaries(connection, select.append(idOrder(filter, words) + firstRows(n)));
    }

    /**
     * PostgreSQL: the programme {@code s} of {@code programme_search_starts} is a candidate for
     * these search words, its word starts (migration V9) holding the bits of every search word's
     * first one and two characters. The table's primary key includes the bits, so the
     * candidates are read in id order on that index alone, without visiting a row of either
     * table. A broad word is tested on the programmes read in id order, and where its matches
     * cluster a page tests thousands ("reference 77" at 1,000,000 programmes: 7,710 for its
     * first page, about 0.7 µs each); among them few are candidates, and only their rows are
     * visited. The starts are named once (every bit of theirs set already), since the planner
     * evaluates them as it plans.
     */
    private static Sql wordStarts(List<String> searchWords) {
        String starts = "search_word_starts(to_tsvector('simple', " + literal(String.join(" ", searchWords)) + "))";
        return Sql.of("(s.word_starts | " + starts + ") = s.word_starts");
    }

    /** The summaries of these programmes, in this order: the rows of a page, read once it is known. */
    private static List<ProgrammeSummary> summaries(Connection connection, List<String> ids) {
        Map<String, ProgrammeSummary> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            query(connection, Sql.of("select " + COLUMNS + " from programme where programme.id in " + SearchIndex.in(ids.size()), ids.toArray()),
                    row -> byId.put(row.getString(1), summary(row)));
        }
        return ids.stream().map(byId::get).toList();
    }

    /**
     * Above this many expected matches a total is not counted, not even up to
     * {@link ProgrammeFilter#EXACT_UP_TO} + 1: reading 201 matches costs ten pages, and an
     * expectation five times the threshold leaves room for the estimate's error.
     */
    static final long NOT_COUNTED_ABOVE = 5L * (ProgrammeFilter.EXACT_UP_TO + 1);

    /**
     * PostgreSQL: the planner's estimate first (planning only); when it expects few matches, a
     * count up to 201, level by level for a text (the title's small document settles "more than
     * 200" for frequent words before any programme's whole text is read).
     */
    private static Page<ProgrammeSummary> totalByPlanner(Connection connection, ProgrammeFilter filter, String from, Sql criteria, Sql all,
            Reach reach, List<ProgrammeSummary> items, Optional<String> next) {
        List<String> searchWords = filter.words();
        long estimate = estimate(connection, from, criteria, reach, searchWords);
        if (!filter.exactTotal() && estimate >= NOT_COUNTED_ABOVE) {
            return new Page<>(items, estimate, false, next);
        }
        long bounded = 0;
        if (searchWords.isEmpty()) {
            bounded = count(connection, countOf(Sql.of("select 1 from " + from).where(all).append(firstRows(ProgrammeFilter.EXACT_UP_TO + 1))));
        }
        for (int level = searchWords.size(); !searchWords.isEmpty() && level >= 0 && bounded <= ProgrammeFilter.EXACT_UP_TO; level--) {
            Sql atLevel = Sql.of("select 1 from " + from).where(criteria.and(level(searchWords, level, false, reach.tested())));
            bounded += count(connection, countOf(atLevel.append(firstRows(ProgrammeFilter.EXACT_UP_TO + 1 - bounded))));
        }
        if (bounded <= ProgrammeFilter.EXACT_UP_TO) {
            return new Page<>(items, bounded, true, next);
        }
        if (filter.exactTotal()) {
            return new Page<>(items, count(connection, countOf(Sql.of("select 1 from " + from).where(all))), true, next);
        }
        return new Page<>(items, Math.max(ProgrammeFilter.EXACT_UP_TO + 1, estimate), false, next);
    }

    /**
     * PostgreSQL: the matches the planner expects, a broad word's share taken from the sample:
     * its test is a function the planner cannot estimate.
     */
    private static long estimate(Connection connection, String from, Sql criteria, Reach reach, List<String> searchWords) {
        List<String> planned = searchWords.stream().filter(w -> !reach.broad().contains(w)).toList();
        return Math.round(estimate(connection, Sql.of("select 1 from " + from).where(criteria.and(matching(planned, false, List.of()))))
                * reach.broadShare());
    }

    /**
     * H2: a text is answered on the bitmaps, its page when they leave few programmes and its
     * total, when none of its words begins more rows of them than this: "7" begins 11,111
     * reference numbers, and reading 8,000 rows to give up cost about 5 ms. One bound for both,
     * so that a word found too broad for the page is not read again for the total.
     */
    static final int TEXT_ROWS = 2_000;

    /** How many matches H2's first estimate reads: a page's worth. */
    private static final int SAMPLE = 21;

    /**
     * H2 gives no row estimate, and its exact count reads every match. The first matches in id
     * order are read instead (a range that stops early, as a page does), and where the last of
     * them lies among all programmes stands for the share of the whole: total ≈ n × programmes /
     * programmes with an id up to it. First from a page's worth; when that expects few matches,
     * from {@link ProgrammeFilter#EXACT_UP_TO} + 1 of them (read on after the first 21), which
     * also tells an exact total up to 200. This assumes matches spread evenly over the ids;
     * where they cluster, reading 201 of them can take most of the table ("reference 77", whose
     * matches are numbers 77, 770-779, 7700-7799 and 77000-77999: 1.8 s at 100,000 programmes).
     * So a text's total, with no status or day beside it, is counted on the bitmaps instead
     * ({@link SearchBitmaps#count}), exactly, when none of its words begins more than
     * {@code bitmapRows} rows of them (0: never).
     */
    private static Page<ProgrammeSummary> totalByIds(Connection connection, SearchBitmaps.Reads reads, ProgrammeFilter filter, Sql all,
            List<ProgrammeSummary> items, Optional<String> next, int bitmapRows) {
        boolean bitsExact = !filter.words().isEmpty() && filter.status().isEmpty() && filter.activeOn().isEmpty();
        OptionalLong counted = bitmapRows > 0 && bitsExact ? SearchBitmaps.count(reads, filter, bitmapRows) : OptionalLong.empty();
        if (counted.isPresent()) {
            return new Page<>(items, counted.getAsLong(), true, next);
        }
        if (filter.exactTotal()) {
            return new Page<>(items, count(connection, countOf(Sql.of("select 1 from programme").where(all))), true, next);
        }
        long programmes = count(connection, Sql.of("select count(*) from programme"));
        List<String> ids = new ArrayList<>();
        for (int n : new int[] {SAMPLE, ProgrammeFilter.EXACT_UP_TO + 1}) {
            // the second sample goes on from the first, not from the start
            Sql after = ids.isEmpty() ? Sql.NONE : Sql.of("programme.id > ?", ids.get(ids.size() - 1));
            query(connection, Sql.of("select programme.id from programme").where(all.and(after))
                    .append(idOrder(filter, true) + firstRows(n - ids.size())), row -> ids.add(row.getString(1)));
            if (ids.size() < n) {
                return new Page<>(items, ids.size(), true, next);
            }
            long upTo = count(connection, Sql.of("select count(*) from programme where programme.id <= ?", ids.get(ids.size() - 1)));
            long estimate = Math.max(ProgrammeFilter.EXACT_UP_TO + 1, Math.round((double) n * programmes / Math.max(1, upTo)));
            if (n > SAMPLE || estimate >= NOT_COUNTED_ABOVE) {
                return new Page<>(items, estimate, false, next);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * The criteria other than the text, each a key lookup in an index of its own (see the
     * migrations). On PostgreSQL an {@code IN} the planner turns into a join or a semi-join as
     * the numbers say; H2 runs an {@code IN} by reading every match of the subquery first, so
     * there each criterion is an {@code EXISTS} tested on the programmes read in id order, which
     * stops with the page.
     */
    static Sql criteria(ProgrammeFilter f, boolean words, Optional<String> after) {
        List<Sql> all = new ArrayList<>();
        f.status().ifPresent(s -> all.add(Sql.of("programme.status = ?", s.name())));
        f.beneficiary().ifPresent(t -> all.add(owns(words, after, "programme_beneficiary", "territory", t.value())));
        f.donor().ifPresent(d -> all.add(owns(words, after, "programme_contribution", "donor_key", d.key())));
        f.organisation().ifPresent(o -> all.add(owns(words, after, "programme_organisation", "organisation_key", o.key())));
        f.activeOn().ifPresent(day -> all.add(activeOn(day)));
        return Sql.and(all);
    }

    /**
     * The programme has a row of {@code table} whose {@code column} is {@code value}. On
     * PostgreSQL a page after a cursor states its range in the subquery too: the planner carries
     * equalities into a semi-join but not ranges, and would otherwise merge from the start of the
     * index range.
     */
    private static Sql owns(boolean words, Optional<String> after, String table, String column, String value) {
        if (words) {
            return Sql.of("exists (select 1 from " + table + " where " + table + ".programme_id = programme.id and " + table + "." + column + " = ?)", value);
        }
        Sql rows = Sql.of(table + "." + column + " = ?", value).and(after.map(id -> Sql.of(table + ".programme_id > ?", id)).orElse(Sql.NONE));
        return Sql.of("programme.id in (select " + table + ".programme_id from " + table).where(rows).append(")");
    }

    /**
     * Every search word begins a word of the searchable text. On PostgreSQL one {@code @@} per
     * word, not one query of them all: the planner estimates each word on its own and can read
     * the GIN index for the rarest alone, testing the others on its few rows (a word prefix is
     * a partial match, which GIN answers by reading every posting of every word it begins).
     * The words of {@code testedOnly} are tested on the rows the others find, never read
     * through the index, in one test, in their order.
     */
    private static Sql matching(List<String> searchWords, boolean words, List<String> testedOnly) {
        if (words) {
            return Sql.and(searchWords.stream().map(w -> hasWord(w, false)).toList());
        }
        List<Sql> conditions = new ArrayList<>(searchWords.stream().filter(w -> !testedOnly.contains(w)).map(w -> tsquery(DOCUMENT, w + ":*")).toList());
        List<String> tested = testedOnly.stream().filter(searchWords::contains).map(w -> w + ":*").toList();
        if (!tested.isEmpty()) {
            // one call: each call decompresses the row's document again
            conditions.add(tested(DOCUMENT, String.join(" & ", tested)));
        }
        return Sql.and(conditions);
    }

    /**
     * The same test as {@code @@}, as a function call the planner does not match to the GIN
     * index: a frequent word beside a rare one is tested on the rare word's rows, rather than
     * merged into the index scan, which would read every posting of every word it begins.
     */
    private static Sql tested(String document, String query) {
        return Sql.of("ts_match_vq(" + document + ", to_tsquery('simple', " + literal(query) + "))");
    }

    /**
     * The matches of relevance {@code level}: every search word begins a word of the searchable
     * text, and exactly {@code level} of them begin a word of the title. The top level (every word
     * in the title) implies the rest, and on PostgreSQL is the title's own GIN index (V5). Lower
     * levels name the title's words present and absent as one tsquery, which the planner can
     * estimate from its statistics, so it reads the id-ordered range for frequent words and the
     * GIN index for rare ones. The {@code tested} words ({@link Reach#tested}) are tested on the
     * rows, never read through the document's GIN index.
     */
    private static Sql level(List<String> searchWords, int level, boolean words, List<String> tested) {
        int k = searchWords.size();
        if (level == k) {
            return Sql.and(searchWords.stream().map(w -> words ? hasWord(w, true) : tsquery(TITLE_DOCUMENT, w + ":*")).toList());
        }
        Sql all = matching(searchWords, words, tested);
        List<String> exactly = words ? List.of() : subsets(searchWords, level);
        if (!words && !exactly.isEmpty()) {
            return all.and(tsquery(TITLE_DOCUMENT, String.join(" | ", exactly)));
        }
        return all.and(relevance(searchWords, words).append(" = " + level));
    }

    /** At most this many alternatives in one tsquery; more (a long text) are counted word by word instead. */
    private static final int MAX_ALTERNATIVES = 32;

    /**
     * A tsquery alternative per choice of {@code level} words in the title and the others not,
     * e.g. {@code (bord:* & !manag:*) | (!bord:* & manag:*)}; empty when there would be too many.
     */
    private static List<String> subsets(List<String> searchWords, int level) {
        List<String> alternatives = new ArrayList<>();
        int k = searchWords.size();
        if (k >= 31) {
            return List.of();
        }
        for (int mask = 0; mask < 1 << k; mask++) {
            if (Integer.bitCount(mask) != level) {
                continue;
            }
            if (alternatives.size() == MAX_ALTERNATIVES) {
                return List.of();
            }
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                terms.add(((mask >> i & 1) == 1 ? "" : "!") + searchWords.get(i) + ":*");
            }
            alternatives.add("(" + String.join(" & ", terms) + ")");
        }
        return alternatives;
    }

    /**
     * The query is inlined, not bound: whether the id-ordered range or the GIN index is cheaper
     * depends on the words, and a prepared statement's generic plan would not see them.
     */
    private static Sql tsquery(String document, String query) {
        return Sql.of(document + " @@ to_tsquery('simple', " + literal(query) + ")");
    }

    /**
     * After the programme {@code id} in id order. With the search text joined (PostgreSQL) the
     * range is stated on both keys, since the planner carries equalities across a join but not
     * ranges, and either table may lead the id-ordered scan.
     */
    private static Sql after(String id, boolean joinsText) {
        return joinsText ? Sql.of("programme.id > ? and programme_search_text.programme_id > ?", id, id) : Sql.of("programme.id > ?", id);
    }

    /** H2: the programme has a word (of its title, if {@code inTitle}) that {@code word} begins. */
    private static Sql hasWord(String word, boolean inTitle) {
        Sql posting = Sql.of("w.programme_id = programme.id" + (inTitle ? " and w.in_title = true" : "")).and(prefixOf("w.word", word));
        return Sql.of("exists (select 1 from programme_search_word w").where(posting).append(")");
    }

    /** How many search words begin a word of the title ({@link org.programmeregistry.application.readmodel.SearchText#relevance}). */
    private static Sql relevance(List<String> searchWords, boolean words) {
        Sql sum = Sql.of("(");
        for (int i = 0; i < searchWords.size(); i++) {
            String word = searchWords.get(i);
            Sql inTitle = words ? hasWord(word, true) : tsquery(TITLE_DOCUMENT, word + ":*");
            sum = sum.append(i == 0 ? "case when " : " + case when ").append(inTitle).append(" then 1 else 0 end");
        }
        return sum.append(")");
    }

    private static Sql activeOn(LocalDate day) {
        return Sql.of("(programme.period_start <= ? or programme.period_start is null) and (programme.period_end >= ? or programme.period_end is null)",
                day, day);
    }

    /**
     * Words starting with {@code prefix}: a range the index answers in any collation, and a
     * LIKE that keeps the range honest (words hold letters and digits only, nothing to escape).
     */
    static Sql prefixOf(String word, String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        String upper = prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
        return Sql.of(word + " >= ? and " + word + " < ? and " + word + " like ?", prefix, upper, prefix + "%");
    }

    /**
     * The id order of a page. On H2 with a status the same order is stated as (status, id): with
     * the status fixed it is the order of the index programme_status (status, id), which H2 then
     * reads as sorted, stopping with the page. Stated as id alone, H2 reads every programme of
     * the status and sorts them: it takes an index as sorted only when the ORDER BY begins with
     * the index's columns.
     */
    private static String idOrder(ProgrammeFilter filter, boolean words) {
        return words && filter.status().isPresent() ? " order by programme.status, programme.id" : " order by programme.id";
    }

    private static String firstRows(long n) {
        return " fetch first " + n + " rows only";
    }

    /** A string literal; the search words hold letters and digits only, the quotes are doubled all the same. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code select count(*)} of the rows {@code query} returns. */
    private static Sql countOf(Sql query) {
        return Sql.of("select count(*) from (").append(query).append(") as counted");
    }

    private static final Pattern PLANNED_ROWS = Pattern.compile("rows=(\\d+)");

    /** PostgreSQL: how many rows the planner expects {@code query} to return (its plan's top line), without running it. */
    private static long estimate(Connection connection, Sql query) {
        List<String> plan = new ArrayList<>();
        query(connection, Sql.of("explain ").append(query), row -> plan.add(row.getString(1)));
        Matcher rows = PLANNED_ROWS.matcher(plan.isEmpty() ? "" : plan.get(0));
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    private static long count(Connection connection, Sql query) {
        long[] count = new long[1];
        query(connection, query, row -> count[0] = row.getLong(1));
        return count[0];
    }

    private static List<ProgrammeSummary> summaries(Connection connection, Sql query) {
        List<ProgrammeSummary> found = new ArrayList<>();
        query(connection, query, row -> found.add(summary(row)));
        return found;
    }

    /** The summary in the first columns of {@code row}, in the order of {@link #COLUMNS}. */
    private static ProgrammeSummary summary(ResultSet row) throws SQLException {
        return new ProgrammeSummary(row.getString(1), row.getString(2), ProgrammeStatus.valueOf(row.getString(3)),
                new Period(row.getObject(4, LocalDate.class), row.getObject(5, LocalDate.class)),
                new Period(row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class)));
    }

    private static void query(Connection connection, Sql query, Jdbc.RowReader reader) {
        Jdbc.query(connection, query.text(), query.values(), reader);
    }

    /**
     * A piece of SQL and the values of its placeholders, in order. Conditions joined with
     * {@link #and} stay one flat conjunction, {@code (a) and (b) and (c)}, never nested: H2
     * orders the terms of a flat conjunction by their cost (a date test before an
     * {@code EXISTS}), but a nested one by the cost of each side as a whole.
     */
    record Sql(String text, List<Object> values, boolean conjunction) {

        /** No condition: {@link #and} leaves the other side as it is, {@link #where} adds nothing. */
        static final Sql NONE = new Sql("", List.of(), false);

        static Sql of(String text, Object... values) {
            return new Sql(text, List.of(values), false);
        }

        static Sql and(List<Sql> conditions) {
            Sql all = NONE;
            for (Sql condition : conditions) {
                all = all.and(condition);
            }
            return all;
        }

        Sql and(Sql other) {
            if (other.text.isEmpty()) {
                return this;
            }
            if (text.isEmpty()) {
                return new Sql(other.term(), other.values, true);
            }
            return new Sql(term() + " and " + other.term(), concat(values, other.values), true);
        }

        /** As a term of a conjunction: a conjunction as it is, anything else in parentheses. */
        private String term() {
            return conjunction ? text : "(" + text + ")";
        }

        /** This, then {@code where} and the condition unless there is none. */
        Sql where(Sql condition) {
            return condition.text.isEmpty() ? this : append(" where ").append(condition);
        }

        Sql append(String more) {
            return new Sql(text + more, values, false);
        }

        Sql append(Sql more) {
            return new Sql(text + more.text, concat(values, more.values), false);
        }

        private static List<Object> concat(List<Object> a, List<Object> b) {
            List<Object> all = new ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }
    }
}

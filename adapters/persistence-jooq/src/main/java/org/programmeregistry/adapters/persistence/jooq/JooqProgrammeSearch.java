package org.programmeregistry.adapters.persistence.jooq;

import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_BENEFICIARY;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_CONTRIBUTION;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_ORGANISATION;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_SEARCH_TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.ProgrammeRecord;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.SearchCursor;

/**
 * The portfolio search of {@link JooqProgrammeRepository} (issue 14): filters, text ranked by
 * relevance level, keyset pages and bounded totals, each database its own way (see
 * docs/architecture.md, "The portfolio search"). The rows it reads are kept by {@link SearchIndex}.
 */
final class JooqProgrammeSearch {

    private final JooqTransactions transactions;

    JooqProgrammeSearch(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    /** PostgreSQL's full-text document of programme_search_text (db/vendor/postgresql/V4_1), not in the generated classes. */
    private static final Field<Object> DOCUMENT = DSL.field(DSL.name("programme_search_text", "document"));
    /** The title's words alone (the same script), what relevance is measured on. */
    private static final Field<Object> TITLE_DOCUMENT = DSL.field(DSL.name("programme_search_text", "title_document"));
    /** H2's word table (db/vendor/h2/V4_1), not in the generated classes. */
    private static final Table<?> WORD = DSL.table(DSL.name("programme_search_word")).as("w");
    private static final Field<String> WORD_PROGRAMME = DSL.field(DSL.name("w", "programme_id"), String.class);
    private static final Field<String> WORD_WORD = DSL.field(DSL.name("w", "word"), String.class);
    private static final Field<Boolean> WORD_IN_TITLE = DSL.field(DSL.name("w", "in_title"), Boolean.class);
    /** The same table read by word (db/vendor/h2/V6), for a rare word's programmes. */
    private static final Table<?> POSTING = DSL.table(DSL.name("programme_search_word")).as("r");
    private static final Field<String> POSTING_PROGRAMME = DSL.field(DSL.name("r", "programme_id"), String.class);
    private static final Field<String> POSTING_WORD = DSL.field(DSL.name("r", "word"), String.class);

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
        DSLContext dsl = transactions.dsl();
        boolean words = SearchIndex.keepsWords(transactions);
        List<String> searchWords = filter.words();
        boolean text = !searchWords.isEmpty();
        Table<?> from = text && !words ? PROGRAMME.join(PROGRAMME_SEARCH_TEXT).on(PROGRAMME_SEARCH_TEXT.PROGRAMME_ID.eq(PROGRAMME.ID)) : PROGRAMME;
        Condition criteria = criteria(filter, words, Optional.empty());
        int want = filter.limit() + 1;
        List<ProgrammeRecord> rows = new ArrayList<>();
        List<Integer> relevances = new ArrayList<>();
        // a cursor above the highest level (k words) puts every match after it
        int top = filter.after().map(a -> Math.min(a.relevance(), searchWords.size())).orElse(searchWords.size());
        Optional<String> afterId = filter.after().filter(a -> a.relevance() <= searchWords.size()).map(SearchCursor::id);
        List<String> known = text && !words ? frequent(dsl, searchWords) : searchWords;
        boolean rare = known.size() < searchWords.size();
        // with a rare word, the GIN index is read for the rare words alone; the frequent ones are tested on its rows
        List<String> unindexed = rare ? known : List.of();
        // H2: a rare word's programmes, read through the word index, are the only candidates
        Optional<String> rareWord = text && words ? rareWord(dsl, searchWords) : Optional.empty();
        for (int level = top; level >= 0 && rows.size() < want; level--) {
            Optional<String> resume = level == top ? afterId : Optional.empty();
            Condition range = rareWord.isPresent() ? candidates(rareWord.get(), resume)
                    : resume.map(id -> after(id, text && !words)).orElse(DSL.noCondition());
            Condition these = level == top && afterId.isPresent() ? criteria(filter, words, afterId) : criteria;
            Condition where = text ? these.and(level(searchWords, level, words, unindexed)) : these;
            List<ProgrammeRecord> found;
            if (rare) {
                CommonTableExpression<?> matches = DSL.name("matches").asMaterialized(dsl.select(PROGRAMME.fields()).from(from).where(where).and(range));
                found = dsl.with(matches).select(matches.fields()).from(matches).orderBy(matches.field(PROGRAMME.ID))
                        .limit(want - rows.size()).fetch().into(PROGRAMME);
            } else {
                found = dsl.select(PROGRAMME.fields()).from(from).where(where).and(range)
                        .orderBy(PROGRAMME.ID).limit(want - rows.size()).fetchInto(PROGRAMME);
            }
            rows.addAll(found);
            relevances.addAll(Collections.nCopies(found.size(), level));
        }
        List<ProgrammeSummary> items = new ArrayList<>();
        for (int i = 0; i < Math.min(filter.limit(), rows.size()); i++) {
            items.add(Rows.MAP.summary(rows.get(i)));
        }
        Optional<String> next = rows.size() > filter.limit()
                ? Optional.of(new SearchCursor(relevances.get(filter.limit() - 1), items.get(items.size() - 1).id()).token())
                : Optional.empty();
        Condition all = text ? criteria.and(matching(searchWords, words, unindexed)) : criteria;
        if (filter.after().isEmpty() && next.isEmpty()) {
            return new Page<>(items, items.size(), true, next);
        }
        if (rare) {
            // few matches by the statistics' account: counted (through the GIN index), never guessed
            CommonTableExpression<?> matches = DSL.name("matches").asMaterialized(dsl.select(PROGRAMME.ID).from(from).where(all));
            return new Page<>(items, dsl.with(matches).selectCount().from(matches).fetchOne(0, Long.class), true, next);
        }
        if (rareWord.isPresent()) {
            // fewer than RARE_POSTINGS candidates: counting them costs less than estimating from the ids
            return new Page<>(items, dsl.fetchCount(dsl.select(DSL.inline(1)).from(PROGRAMME)
                    .where(all.and(candidates(rareWord.get(), Optional.empty())))), true, next);
        }
        return words ? totalByIds(dsl, filter, all, items, next) : totalByPlanner(dsl, filter, from, criteria, all, items, next);
    }

    /**
     * PostgreSQL: the search words that begin a word its statistics know as frequent in the
     * searchable text (the most common elements of the document column). The planner estimates
     * any other word at a floor (about 0.4 % of the programmes) however rare it is, and would
     * read the id-ordered range for a page, which for a word of a handful of programmes means
     * the whole table. With such a rare word the matches are read through the GIN index in full
     * (a materialised CTE, planned without the page's LIMIT), for the rare words alone, and
     * ordered by id: few by definition. Without statistics (a new database) every word counts
     * as rare, which suits small tables.
     */
    private static List<String> frequent(DSLContext dsl, List<String> searchWords) {
        String elements = dsl.resultQuery("select most_common_elems::text from pg_stats where schemaname = current_schema() "
                + "and tablename = 'programme_search_text' and attname = 'document'").fetchOne(0, String.class);
        List<String> frequent = elements == null || elements.length() < 2 ? List.of()
                : List.of(elements.substring(1, elements.length() - 1).replace("\"", "").split(","));
        return searchWords.stream().filter(w -> frequent.stream().anyMatch(f -> f.startsWith(w))).toList();
    }

    /**
     * H2: below this many postings (rows of the word table) a search word is rare. The id-ordered
     * range tests about programmes × 21 / matches programmes to fill a page, and reads them all
     * when a word has fewer matches than a page; the word's programmes read through the word
     * index cost one row each. The two meet near √(21 × programmes), about 1,450 at 100,000.
     */
    static final int RARE_POSTINGS = 1_000;

    /**
     * H2: the first search word with fewer than {@link #RARE_POSTINGS} postings, if any: it has
     * no posting at that position of its index range, so a frequent word costs a bounded step
     * through the index, not a count of its postings.
     */
    private static Optional<String> rareWord(DSLContext dsl, List<String> searchWords) {
        return searchWords.stream().filter(word -> dsl.selectOne().from(POSTING).where(prefixOf(POSTING_WORD, word))
                .offset(RARE_POSTINGS - 1).limit(1).fetchOptional().isEmpty()).findFirst();
    }

    /**
     * H2: the programmes with a word that {@code word} begins (after the cursor's id, if any), one
     * range of the word index. The cursor's range is stated here, not on the programme: H2 would
     * read the programmes' key range from there, every one of them, rather than these few.
     */
    private static Condition candidates(String word, Optional<String> after) {
        return PROGRAMME.ID.in(DSL.selectDistinct(POSTING_PROGRAMME).from(POSTING).where(prefixOf(POSTING_WORD, word))
                .and(after.map(POSTING_PROGRAMME::gt).orElse(DSL.noCondition())));
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
    private static Page<ProgrammeSummary> totalByPlanner(DSLContext dsl, ProgrammeFilter filter, Table<?> from, Condition criteria,
            Condition all, List<ProgrammeSummary> items, Optional<String> next) {
        long estimate = Math.round(dsl.explain(dsl.select(DSL.inline(1)).from(from).where(all)).rows());
        if (!filter.exactTotal() && estimate >= NOT_COUNTED_ABOVE) {
            return new Page<>(items, estimate, false, next);
        }
        List<String> searchWords = filter.words();
        long bounded = 0;
        if (searchWords.isEmpty()) {
            bounded = dsl.fetchCount(dsl.select(DSL.inline(1)).from(from).where(all).limit(ProgrammeFilter.EXACT_UP_TO + 1));
        }
        for (int level = searchWords.size(); !searchWords.isEmpty() && level >= 0 && bounded <= ProgrammeFilter.EXACT_UP_TO; level--) {
            bounded += dsl.fetchCount(dsl.select(DSL.inline(1)).from(from).where(criteria.and(level(searchWords, level, false, List.of())))
                    .limit(ProgrammeFilter.EXACT_UP_TO + 1 - bounded));
        }
        if (bounded <= ProgrammeFilter.EXACT_UP_TO) {
            return new Page<>(items, bounded, true, next);
        }
        if (filter.exactTotal()) {
            return new Page<>(items, dsl.fetchCount(dsl.select(DSL.inline(1)).from(from).where(all)), true, next);
        }
        return new Page<>(items, Math.max(ProgrammeFilter.EXACT_UP_TO + 1, estimate), false, next);
    }

    /** How many matches H2's first estimate reads: a page's worth. */
    private static final int SAMPLE = 21;

    /**
     * H2 gives no row estimate, and its exact count reads every match. The first matches in id
     * order are read instead (a range that stops early, as a page does), and where the last of
     * them lies among all programmes stands for the share of the whole: total ≈ n × programmes /
     * programmes with an id up to it. First from a page's worth; when that expects few matches,
     * from {@link ProgrammeFilter#EXACT_UP_TO} + 1 of them, which also tells an exact total up
     * to 200. This assumes matches spread evenly over the ids.
     */
    private static Page<ProgrammeSummary> totalByIds(DSLContext dsl, ProgrammeFilter filter, Condition all, List<ProgrammeSummary> items,
            Optional<String> next) {
        if (filter.exactTotal()) {
            return new Page<>(items, dsl.fetchCount(dsl.select(DSL.inline(1)).from(PROGRAMME).where(all)), true, next);
        }
        long programmes = dsl.fetchCount(PROGRAMME);
        for (int n : new int[] {SAMPLE, ProgrammeFilter.EXACT_UP_TO + 1}) {
            List<String> ids = dsl.select(PROGRAMME.ID).from(PROGRAMME).where(all).orderBy(PROGRAMME.ID).limit(n).fetch(PROGRAMME.ID);
            if (ids.size() < n) {
                return new Page<>(items, ids.size(), true, next);
            }
            long upTo = dsl.fetchCount(PROGRAMME, PROGRAMME.ID.le(ids.get(ids.size() - 1)));
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
    static Condition criteria(ProgrammeFilter f, boolean words, Optional<String> after) {
        List<Condition> all = new ArrayList<>();
        f.status().ifPresent(s -> all.add(PROGRAMME.STATUS.eq(s.name())));
        f.beneficiary().ifPresent(t -> all.add(owns(words, after, PROGRAMME_BENEFICIARY, PROGRAMME_BENEFICIARY.PROGRAMME_ID,
                PROGRAMME_BENEFICIARY.TERRITORY.eq(t.value()))));
        f.donor().ifPresent(d -> all.add(owns(words, after, PROGRAMME_CONTRIBUTION, PROGRAMME_CONTRIBUTION.PROGRAMME_ID,
                PROGRAMME_CONTRIBUTION.DONOR_KEY.eq(d.key()))));
        f.organisation().ifPresent(o -> all.add(owns(words, after, PROGRAMME_ORGANISATION, PROGRAMME_ORGANISATION.PROGRAMME_ID,
                PROGRAMME_ORGANISATION.ORGANISATION_KEY.eq(o.key()))));
        f.activeOn().ifPresent(day -> all.add(activeOn(day)));
        return DSL.and(all);
    }

    /**
     * The programme has a row of {@code table} that holds {@code condition}. On PostgreSQL a page
     * after a cursor states its range in the subquery too: the planner carries equalities into a
     * semi-join but not ranges, and would otherwise merge from the start of the index range.
     */
    private static Condition owns(boolean words, Optional<String> after, Table<?> table, Field<String> programme, Condition condition) {
        return words ? DSL.exists(DSL.selectOne().from(table).where(programme.eq(PROGRAMME.ID)).and(condition))
                : PROGRAMME.ID.in(DSL.select(programme).from(table).where(condition)
                        .and(after.map(programme::gt).orElse(DSL.noCondition())));
    }

    /**
     * Every search word begins a word of the searchable text. On PostgreSQL one {@code @@} per
     * word, not one query of them all: the planner estimates each word on its own and can read
     * the GIN index for the rarest alone, testing the others on its few rows (a word prefix is
     * a partial match, which GIN answers by reading every posting of every word it begins).
     */
    private static Condition matching(List<String> searchWords, boolean words, List<String> unindexed) {
        return DSL.and(searchWords.stream().map(w -> words ? hasWord(w, false)
                : unindexed.contains(w) ? tested(DOCUMENT, w + ":*") : tsquery(DOCUMENT, w + ":*")).toList());
    }

    /**
     * The same test as {@code @@}, as a function call the planner does not match to the GIN
     * index: a frequent word beside a rare one is tested on the rare word's rows, rather than
     * merged into the index scan, which would read every posting of every word it begins.
     */
    private static Condition tested(Field<Object> document, String query) {
        return DSL.condition("ts_match_vq({0}, to_tsquery('simple', {1}))", document, DSL.inline(query));
    }

    /**
     * The matches of relevance {@code level}: every search word begins a word of the searchable
     * text, and exactly {@code level} of them begin a word of the title. The top level (every word
     * in the title) implies the rest, and on PostgreSQL is the title's own GIN index (V5). Lower
     * levels name the title's words present and absent as one tsquery, which the planner can
     * estimate from its statistics, so it reads the id-ordered range for frequent words and the
     * GIN index for rare ones.
     */
    private static Condition level(List<String> searchWords, int level, boolean words, List<String> unindexed) {
        int k = searchWords.size();
        if (level == k) {
            return DSL.and(searchWords.stream().map(w -> words ? hasWord(w, true) : tsquery(TITLE_DOCUMENT, w + ":*")).toList());
        }
        Condition all = matching(searchWords, words, unindexed);
        List<String> exactly = words ? List.of() : subsets(searchWords, level);
        if (!words && !exactly.isEmpty()) {
            return all.and(tsquery(TITLE_DOCUMENT, String.join(" | ", exactly)));
        }
        return all.and(relevance(searchWords, words).eq(level));
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
    private static Condition tsquery(Field<Object> document, String query) {
        return DSL.condition("{0} @@ to_tsquery('simple', {1})", document, DSL.inline(query));
    }

    /**
     * After the programme {@code id} in id order. With the search text joined (PostgreSQL) the
     * range is stated on both keys, since the planner carries equalities across a join but not
     * ranges, and either table may lead the id-ordered scan.
     */
    private static Condition after(String id, boolean joinsText) {
        return joinsText ? PROGRAMME.ID.gt(id).and(PROGRAMME_SEARCH_TEXT.PROGRAMME_ID.gt(id)) : PROGRAMME.ID.gt(id);
    }

    /** H2: the programme has a word (of its title, if {@code inTitle}) that {@code word} begins. */
    private static Condition hasWord(String word, boolean inTitle) {
        return DSL.exists(DSL.selectOne().from(WORD).where(WORD_PROGRAMME.eq(PROGRAMME.ID))
                .and(inTitle ? WORD_IN_TITLE.isTrue() : DSL.noCondition()).and(prefixOf(WORD_WORD, word)));
    }

    /** How many search words begin a word of the title ({@link org.programmeregistry.application.readmodel.SearchText#relevance}). */
    private static Field<Integer> relevance(List<String> searchWords, boolean words) {
        Field<Integer> sum = null;
        for (String word : searchWords) {
            Condition inTitle = words ? hasWord(word, true) : tsquery(TITLE_DOCUMENT, word + ":*");
            Field<Integer> one = DSL.when(inTitle, DSL.inline(1)).otherwise(DSL.inline(0));
            sum = sum == null ? one : sum.plus(one);
        }
        return sum;
    }

    private static Condition activeOn(LocalDate day) {
        return PROGRAMME.PERIOD_START.le(day).or(PROGRAMME.PERIOD_START.isNull())
                .and(PROGRAMME.PERIOD_END.ge(day).or(PROGRAMME.PERIOD_END.isNull()));
    }

    /**
     * Words starting with {@code prefix}: a range the index answers in any collation, and a
     * LIKE that keeps the range honest (words hold letters and digits only, nothing to escape).
     */
    private static Condition prefixOf(Field<String> word, String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        String upper = prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
        return word.ge(prefix).and(word.lt(upper)).and(word.like(prefix + "%"));
    }
}

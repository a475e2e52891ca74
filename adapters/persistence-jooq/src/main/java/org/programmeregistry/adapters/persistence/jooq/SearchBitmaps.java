package org.programmeregistry.adapters.persistence.jooq;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.SearchText;

/**
 * H2's bitmap index of the portfolio search (migration db/vendor/h2/V8, issue 14): every
 * programme has a number, and for each criterion a search can name (a beneficiary territory, a
 * donor, an organisation in any role, a year of activity, a word of the searchable text, a word
 * of the title) the row {@code (criterion, chunk)} of {@code programme_search_bits} holds one
 * bit per programme of that chunk of {@value #PER_CHUNK} numbers. Several frequent criteria
 * together are answered by ANDing their bitmaps, a few hundred rows, where testing the
 * programmes in id order read tens of thousands of index entries, and relevance is counted on
 * the title words' bitmaps (docs/architecture.md, "The portfolio search").
 *
 * <p>The bits are exact: the search takes a set bit as a match, testing only what the bitmaps do
 * not hold (the status, and the day within its year). Every write of the adapter sets and clears
 * them in its transaction: {@code programme_search_number.criteria} keeps the criteria other
 * than words that a programme's bits hold (the words are those of {@code programme_search_word}),
 * so that a change clears what no longer applies. Rows loaded around the adapter need
 * {@link JooqPersistence#rebuildSearchBitmaps}. Bits are set and cleared by {@code bitor} and
 * {@code bitand} in the database, under the row's lock, so concurrent writers of one chunk lose
 * none; a transaction first locks the stripes of the chunks it writes
 * ({@code programme_search_bits_lock}), in order, so writers of the same chunks queue rather than
 * deadlock (rows changed in key order alone still deadlocked with 8 concurrent creators).
 * {@code SearchBitmapsTest} checks
 * that the bits after every kind of write are those a rebuild from the rows sets.
 */
final class SearchBitmaps {

    /**
     * Programmes per row: the bits of a BINARY(128), which H2's bitor and bitand change in
     * place. A frequent criterion is about 100 rows at 100,000 programmes; with 64 per row
     * (a BIGINT) it was 1,564, and reading four criteria's rows cost 6 ms of a 15 ms search.
     */
    static final int PER_CHUNK = 1024;
    private static final int BYTES = PER_CHUNK / 8;
    private static final String BINARY = "cast(? as binary(" + BYTES + "))";
    /** A period longer than this many years (or open) counts as active in every year. */
    private static final int MAX_YEARS = 100;
    /** The year criterion of programmes active in every year. */
    private static final String ANY_YEAR = "y:any";
    /**
     * A search word that begins more rows of bitmaps than this (a one-letter prefix begins
     * thousands of words) is not read through them; it is tested on the candidates instead.
     */
    private static final int MAX_PREFIX_ROWS = 8_000;

    private SearchBitmaps() {
    }

    /** The criteria of an entry other than its words: territories, donors, organisations, years of activity. */
    static Set<String> keys(SearchIndex.Entry e) {
        Set<String> keys = new LinkedHashSet<>();
        e.territories().forEach(t -> keys.add("t:" + t));
        e.donorKeys().forEach(d -> keys.add("d:" + d));
        e.organisationKeys().forEach(o -> keys.add("o:" + o));
        keys.addAll(years(e.periodStart(), e.periodEnd()));
        return keys;
    }

    /** Every criterion of an entry: its keys, its words and its title's words. */
    static Set<String> criteria(SearchIndex.Entry e) {
        Set<String> all = keys(e);
        words(e).forEach(w -> all.add(word(w)));
        SearchText.words(e.title()).forEach(w -> all.add(titleWord(w)));
        return all;
    }

    /** The criterion of a word ({@code w:}) or of a title's word ({@code i:}), as a stored row of programme_search_word holds it. */
    static List<String> wordCriteria(String word, boolean inTitle) {
        return inTitle ? List.of(word(word), titleWord(word)) : List.of(word(word));
    }

    /** The words the search finds an entry by, as {@link SearchIndex} stores them. */
    static Set<String> words(SearchIndex.Entry e) {
        Set<String> words = new LinkedHashSet<>(SearchText.words(e.title()));
        words.addAll(SearchText.words(String.join(" ", e.otherTexts())));
        return words;
    }

    private static String word(String word) {
        return "w:" + word;
    }

    /** A word of the title, what relevance counts. */
    private static String titleWord(String word) {
        return "i:" + word;
    }

    /** Whether a criterion is a word's, kept in programme_search_word rather than among the stored keys. */
    private static boolean isWord(String criterion) {
        return criterion.startsWith("w:") || criterion.startsWith("i:");
    }

    /** The years in which a programme of this period is active; {@value #ANY_YEAR} for an open or very long one. */
    private static List<String> years(LocalDate start, LocalDate end) {
        if (start == null || end == null || end.getYear() - start.getYear() > MAX_YEARS) {
            return List.of(ANY_YEAR);
        }
        List<String> years = new ArrayList<>();
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            years.add("y:" + y);
        }
        return years;
    }

    /** A programme's number and the criteria other than words its bits hold. */
    record Stored(int number, Set<String> keys) {
    }

    /** The numbers and stored keys of these programmes, those that have them. */
    static Map<String, Stored> stored(Connection connection, Collection<String> ids) {
        Map<String, Stored> stored = new HashMap<>();
        for (List<String> chunk : SearchIndex.chunks(List.copyOf(ids))) {
            Jdbc.query(connection, "select programme_id, number, criteria from programme_search_number where programme_id in "
                    + SearchIndex.in(chunk.size()), chunk, row -> stored.put(row.getString(1),
                            new Stored(row.getInt(2), new LinkedHashSet<>(split(row.getString(3))))));
        }
        return stored;
    }

    private static List<String> split(String criteria) {
        return criteria.isEmpty() ? List.of() : List.of(criteria.split(" "));
    }

    /**
     * Brings the bits of these programmes from {@code before} (each programme's criteria as its
     * bits hold them; none for a programme new to the index) to {@code after}, and stores the new
     * keys ({@code after}'s criteria other than words). A programme without a stored number gets
     * the next one.
     */
    static void write(Connection connection, Map<String, Stored> stored, Map<String, Set<String>> before, Map<String, Set<String>> after) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Object[]> newRows = new ArrayList<>();
        List<Object[]> changedKeys = new ArrayList<>();
        java.util.Iterator<Integer> next = next(connection, (int) after.keySet().stream().filter(id -> !stored.containsKey(id)).count()).iterator();
        for (Map.Entry<String, Set<String>> e : after.entrySet()) {
            String id = e.getKey();
            List<String> keyList = e.getValue().stream().filter(c -> !isWord(c)).toList();
            String keys = String.join(" ", keyList);
            Stored s = stored.get(id);
            if (s == null) {
                int number = next.next();
                numbers.put(id, number);
                newRows.add(new Object[] {id, number, keys});
            } else {
                numbers.put(id, s.number());
                if (!s.keys().equals(Set.copyOf(keyList))) {
                    changedKeys.add(new Object[] {keys, id});
                }
            }
        }
        TreeMap<Bits, byte[]> set = new TreeMap<>();
        TreeMap<Bits, byte[]> cleared = new TreeMap<>();
        numbers.forEach((id, number) -> {
            Set<String> was = before.getOrDefault(id, Set.of());
            Set<String> is = after.get(id);
            int chunk = number / PER_CHUNK;
            is.stream().filter(c -> !was.contains(c)).forEach(c -> setBit(set.computeIfAbsent(new Bits(c, chunk), k -> new byte[BYTES]), number));
            was.stream().filter(c -> !is.contains(c)).forEach(c -> setBit(cleared.computeIfAbsent(new Bits(c, chunk), k -> new byte[BYTES]), number));
        });
        TreeSet<Integer> stripes = new TreeSet<>();
        set.keySet().forEach(b -> stripes.add(b.chunk() % STRIPES));
        cleared.keySet().forEach(b -> stripes.add(b.chunk() % STRIPES));
        lock(connection, stripes);
        batch(connection, "insert into programme_search_number (programme_id, number, criteria) values (?, ?, ?)", newRows);
        batch(connection, "update programme_search_number set criteria = ? where programme_id = ?", changedKeys);
        setBits(connection, set);
        List<Object[]> clear = new ArrayList<>();
        cleared.forEach((b, bits) -> clear.add(new Object[] {not(bits), b.criterion(), b.chunk()}));
        batch(connection, "update programme_search_bits set bits = bitand(bits, " + BINARY + ") where criterion = ? and chunk = ?", clear);
    }

    /** Sets the bit of programme {@code number} in its chunk's bytes: byte offset / 8, bit offset % 8. */
    private static void setBit(byte[] bits, int number) {
        int offset = number % PER_CHUNK;
        bits[offset >> 3] |= (byte) (1 << (offset & 7));
    }

    private static byte[] not(byte[] bits) {
        byte[] not = new byte[bits.length];
        for (int i = 0; i < bits.length; i++) {
            not[i] = (byte) ~bits[i];
        }
        return not;
    }

    /** Stripes of chunks, each a row of {@code programme_search_bits_lock} (migration V8). */
    private static final int STRIPES = 64;

    /**
     * Locks these stripes (chunk mod {@value #STRIPES}) until commit, in ascending order, before
     * any row of bits: writers of the same chunks queue, others do not wait. With rows changed in
     * key order alone, 8 concurrent creators of programmes still deadlocked now and then (one
     * inserting a row the other had found missing); with every row of a chunk behind its stripe's
     * lock, taken in order, no cycle can close. One global lock made the write benchmark's 8
     * callers queue (78 % of the floor).
     */
    private static void lock(Connection connection, Collection<Integer> stripes) {
        for (int stripe : new TreeSet<>(stripes)) {
            Jdbc.query(connection, "select stripe from programme_search_bits_lock where stripe = ? for update", List.of(stripe), row -> { });
        }
    }

    /** One row of {@code programme_search_bits}, in the order rows are changed. */
    private record Bits(String criterion, int chunk) implements Comparable<Bits> {
        @Override
        public int compareTo(Bits o) {
            int c = criterion.compareTo(o.criterion);
            return c != 0 ? c : Integer.compare(chunk, o.chunk);
        }
    }

    /** The next {@code n} numbers of the sequence. */
    private static List<Integer> next(Connection connection, int n) {
        List<Integer> next = new ArrayList<>();
        if (n > 0) {
            Jdbc.query(connection, "select next value for programme_search_number_seq from system_range(1, ?)", List.of(n), row -> next.add(row.getInt(1)));
        }
        return next;
    }

    /** ORs the bits into their rows, inserting the rows that do not exist yet (under the lock of {@link #write}, no other writer can). */
    private static void setBits(Connection connection, TreeMap<Bits, byte[]> set) {
        String update = "update programme_search_bits set bits = bitor(bits, " + BINARY + ") where criterion = ? and chunk = ?";
        List<Map.Entry<Bits, byte[]>> rows = List.copyOf(set.entrySet());
        int[] updated = SearchIndex.batch(connection, update, rows.stream().map(r -> new Object[] {r.getValue(), r.getKey().criterion(), r.getKey().chunk()}).toList());
        List<Object[]> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                missing.add(new Object[] {rows.get(i).getKey().criterion(), rows.get(i).getKey().chunk(), rows.get(i).getValue()});
            }
        }
        batch(connection, "insert into programme_search_bits (criterion, chunk, bits) values (?, ?, ?)", missing);
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) {
        SearchIndex.batch(connection, sql, rows);
    }

    /**
     * The programmes that match every criterion of {@code filter} but its status and day, by
     * relevance (element r: those whose title has r of the search words), when it names at least
     * {@code minCriteria} criteria the bitmaps hold (territory, donor, organisation, a day, a
     * text) and fewer than {@code bound} programmes have every bit. The bits are exact, set and
     * cleared in every writing transaction, so these programmes need no test but the status and
     * the day (whose bitmap is its year's). A text counts as one criterion however many words it
     * has: the words of one text tend to come together, as in a phrase, so their bitmaps alone
     * seldom leave few programmes. Empty too when a search word begins too many words to read.
     */
    static Optional<List<List<String>>> matches(Reads reads, ProgrammeFilter filter, int minCriteria, int bound) {
        return matches(reads, filter, minCriteria, bound, MAX_PREFIX_ROWS);
    }

    /** As {@link #matches(Connection, ProgrammeFilter, int, int)}, empty too when a search word begins more than {@code maxRows} rows. */
    static Optional<List<List<String>>> matches(Reads reads, ProgrammeFilter filter, int minCriteria, int bound, int maxRows) {
        List<Criterion> criteria = keyCriteria(filter);
        filter.activeOn().ifPresent(day -> criteria.add(new Criterion(
                "select chunk, bits from programme_search_bits where criterion in (?, ?)", List.of("y:" + day.getYear(), ANY_YEAR))));
        List<String> searchWords = filter.words();
        if (criteria.size() + (searchWords.isEmpty() ? 0 : 1) < minCriteria || criteria.size() + searchWords.size() == 0) {
            return Optional.empty();
        }
        new TreeSet<>(searchWords).forEach(w -> criteria.add(prefix(word(w))));
        Optional<long[]> intersection = intersection(reads, criteria, maxRows);
        if (intersection.isEmpty() || count(intersection.get()) >= bound) {
            return Optional.empty();
        }
        long[] all = intersection.get();
        List<long[]> inTitle = new ArrayList<>();
        for (String w : searchWords) {
            Optional<long[]> bits = count(all) == 0 ? Optional.of(new long[0]) : reads.read(prefix(titleWord(w)), maxRows);
            if (bits.isEmpty()) {
                return Optional.empty();
            }
            inTitle.add(bits.get());
        }
        List<List<Integer>> byRelevance = new ArrayList<>();
        for (int level = 0; level <= searchWords.size(); level++) {
            byRelevance.add(new ArrayList<>());
        }
        for (int word = 0; word < all.length; word++) {
            for (long bits = all[word]; bits != 0; bits &= bits - 1) {
                int number = word * Long.SIZE + Long.numberOfTrailingZeros(bits);
                int relevance = 0;
                for (long[] title : inTitle) {
                    relevance += word < title.length && (title[word] >>> (number % Long.SIZE) & 1) == 1 ? 1 : 0;
                }
                byRelevance.get(relevance).add(number);
            }
        }
        List<List<String>> ids = new ArrayList<>();
        for (List<Integer> numbers : byRelevance) {
            ids.add(ids(reads.connection, numbers));
        }
        return Optional.of(ids);
    }

    /**
     * How many programmes have every bit of the criteria of {@code filter} that the bitmaps hold
     * (territory, donor, organisation, words), exact when the filter names no status and no day;
     * empty when a search word begins more than {@code maxRows} rows.
     */
    static OptionalLong count(Reads reads, ProgrammeFilter filter, int maxRows) {
        List<Criterion> criteria = keyCriteria(filter);
        new TreeSet<>(filter.words()).forEach(w -> criteria.add(prefix(word(w))));
        return criteria.isEmpty() ? OptionalLong.empty()
                : intersection(reads, criteria, maxRows).map(all -> OptionalLong.of(count(all))).orElse(OptionalLong.empty());
    }

    /** The criteria of a filter's territory, donor and organisation. */
    private static List<Criterion> keyCriteria(ProgrammeFilter filter) {
        List<Criterion> criteria = new ArrayList<>();
        filter.beneficiary().ifPresent(t -> criteria.add(exactly("t:" + t.value())));
        filter.donor().ifPresent(d -> criteria.add(exactly("d:" + d.key())));
        filter.organisation().ifPresent(o -> criteria.add(exactly("o:" + o.key())));
        return criteria;
    }

    /**
     * The programmes with every bit of these criteria (at least one), read one after the other
     * until none is left; empty when one begins more than {@code maxRows} rows.
     */
    private static Optional<long[]> intersection(Reads reads, List<Criterion> criteria, int maxRows) {
        long[] all = null;
        for (Criterion criterion : criteria) {
            Optional<long[]> bits = reads.read(criterion, maxRows);
            if (bits.isEmpty()) {
                return Optional.empty();
            }
            all = all == null ? bits.get() : and(all, bits.get());
            if (count(all) == 0) {
                break;
            }
        }
        return Optional.of(all);
    }

    /**
     * The programmes with a word in their title that one of these search words begins, when
     * fewer than {@code bound}: the matches of relevance 1 and more are among them. Empty when
     * there are more, or when a search word begins too many words to read.
     */
    static Optional<List<String>> titled(Reads reads, List<String> searchWords, int bound) {
        if (bound <= 0) {
            return Optional.empty();
        }
        long[] any = new long[0];
        for (String w : new TreeSet<>(searchWords)) {
            Optional<long[]> bits = reads.read(prefix(titleWord(w)), MAX_PREFIX_ROWS);
            if (bits.isEmpty()) {
                return Optional.empty();
            }
            any = or(any, bits.get());
            if (count(any) >= bound) {
                return Optional.empty();
            }
        }
        List<Integer> numbers = new ArrayList<>();
        for (int word = 0; word < any.length; word++) {
            for (long bits = any[word]; bits != 0; bits &= bits - 1) {
                numbers.add(word * Long.SIZE + Long.numberOfTrailingZeros(bits));
            }
        }
        return Optional.of(ids(reads.connection, numbers));
    }

    /**
     * The programmes of these numbers, looked up on the index (number, programme_id). The
     * numbers are bound as one array ({@code = any(?)}), which H2 looks up in the index as it
     * does an {@code IN} list, without parsing a statement of hundreds of parameters each time.
     */
    private static List<String> ids(Connection connection, List<Integer> numbers) {
        List<String> ids = new ArrayList<>(numbers.size());
        if (!numbers.isEmpty()) {
            Jdbc.query(connection, "select programme_id from programme_search_number where number = any(?)",
                    List.of((Object) numbers.toArray(Integer[]::new)), row -> ids.add(row.getString(1)));
        }
        return ids;
    }

    /** The rows of bits of one criterion: a statement reading {@code (chunk, bits)} and its values. */
    private record Criterion(String sql, List<Object> values) {
    }

    /**
     * The bitmaps one search reads, each criterion's rows read once: a search may ask for them
     * more than once (for its page, then for its total), and a prefix too broad to read ("7"
     * begins more than 2,000 rows at 100,000 programmes) costs about 1.2 ms each time it is found
     * so. Lives as long as the search; the bits it keeps are those of its transaction.
     */
    static final class Reads {
        private final Connection connection;
        private final Map<Criterion, Read> read = new HashMap<>();

        Reads(Connection connection) {
            this.connection = connection;
        }

        /**
         * The rows of {@code criterion}, ORed together as one array of longs, bit {@code n % 64}
         * of long {@code n / 64} for programme {@code n} (the bytes of a row read little-endian);
         * none when there are more than {@code maxRows} rows. Answered without a statement when
         * an earlier read of the criterion tells: its bits and their number of rows, or that
         * it had more rows than as many as {@code maxRows} or more.
         */
        Optional<long[]> read(Criterion criterion, int maxRows) {
            Read known = read.get(criterion);
            if (known != null && (known.bits().isPresent() || maxRows <= known.maxRows())) {
                return known.rows() > maxRows ? Optional.empty() : known.bits();
            }
            Read fresh = readRows(criterion, maxRows);
            read.put(criterion, fresh);
            return fresh.bits();
        }

        private Read readRows(Criterion criterion, int maxRows) {
            long[][] bits = {new long[0]};
            int[] rows = {0};
            int perRow = BYTES / Long.BYTES;
            Jdbc.query(connection, criterion.sql() + " fetch first " + (maxRows + 1) + " rows only", criterion.values(), row -> {
                int from = row.getInt(1) * perRow;
                if (from + perRow > bits[0].length) {
                    bits[0] = Arrays.copyOf(bits[0], Math.max(from + perRow, bits[0].length * 2));
                }
                java.nio.LongBuffer longs = java.nio.ByteBuffer.wrap(row.getBytes(2)).order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer();
                for (int i = 0; i < perRow; i++) {
                    bits[0][from + i] |= longs.get(i);
                }
                rows[0]++;
            });
            return new Read(rows[0] > maxRows ? Optional.empty() : Optional.of(bits[0]), rows[0], maxRows);
        }
    }

    /** A criterion's rows as read with at most {@code maxRows}: their bits, none when {@code rows} passed it. */
    private record Read(Optional<long[]> bits, int rows, int maxRows) {
    }

    private static Criterion exactly(String criterion) {
        return new Criterion("select chunk, bits from programme_search_bits where criterion = ?", List.of(criterion));
    }

    /** The words that {@code prefix} begins: a range of the primary key (criterion, chunk). */
    private static Criterion prefix(String prefix) {
        SqlProgrammeSearch.Sql range = SqlProgrammeSearch.prefixOf("criterion", prefix);
        return new Criterion("select chunk, bits from programme_search_bits where " + range.text(), range.values());
    }

    private static long[] and(long[] a, long[] b) {
        long[] both = new long[Math.min(a.length, b.length)];
        for (int i = 0; i < both.length; i++) {
            both[i] = a[i] & b[i];
        }
        return both;
    }

    private static long[] or(long[] a, long[] b) {
        long[] either = Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int i = 0; i < b.length; i++) {
            either[i] |= b[i];
        }
        return either;
    }

    private static long count(long[] bits) {
        long n = 0;
        for (long b : bits) {
            n += Long.bitCount(b);
        }
        return n;
    }

    /**
     * Numbers every programme in id order and sets the bits of its criteria from the stored
     * rows: for a database that had none (migration V8_1) or rows loaded around the adapter
     * ({@link JooqPersistence#rebuildSearchBitmaps}). Reads each table once in programme order
     * and writes one chunk of rows at a time.
     */
    static void rebuild(Connection connection) {
        // it reads every word row, which may outlast a query timeout set for searches (a URL's QUERY_TIMEOUT)
        String[] timeout = {"0"};
        Jdbc.query(connection, "select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'", List.of(),
                row -> timeout[0] = row.getString(1));
        execute(connection, "set query_timeout 0");
        try {
            fill(connection);
        } finally {
            execute(connection, "set query_timeout " + Integer.parseInt(timeout[0]));
        }
    }

    private static void fill(Connection connection) {
        List<Integer> every = new ArrayList<>();
        for (int stripe = 0; stripe < STRIPES; stripe++) {
            every.add(stripe);
        }
        lock(connection, every);
        execute(connection, "delete from programme_search_bits");
        execute(connection, "delete from programme_search_number");
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        Jdbc.query(connection, "select id, period_start, period_end from programme order by id", List.of(), row -> {
            numbers.put(row.getString(1), numbers.size());
            keys.put(row.getString(1), new LinkedHashSet<>(years(row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class))));
        });
        Jdbc.query(connection, "select programme_id, territory from programme_beneficiary order by programme_id, seq", List.of(),
                row -> keys.get(row.getString(1)).add("t:" + row.getString(2)));
        Jdbc.query(connection, "select programme_id, donor_key from programme_contribution order by programme_id, seq", List.of(),
                row -> keys.get(row.getString(1)).add("d:" + row.getString(2)));
        Jdbc.query(connection, "select programme_id, organisation_key from programme_organisation order by programme_id", List.of(),
                row -> keys.get(row.getString(1)).add("o:" + row.getString(2)));
        List<Object[]> numberRows = new ArrayList<>();
        ChunkWriter bits = new ChunkWriter(connection);
        keys.forEach((id, k) -> {
            numberRows.add(new Object[] {id, numbers.get(id), String.join(" ", k)});
            k.forEach(c -> bits.add(numbers.get(id), c));
        });
        bits.flush();
        for (List<Object[]> rows : partition(numberRows)) {
            batch(connection, "insert into programme_search_number (programme_id, number, criteria) values (?, ?, ?)", rows);
        }
        ChunkWriter wordBits = new ChunkWriter(connection);
        Jdbc.query(connection, "select programme_id, word, in_title from programme_search_word order by programme_id", List.of(),
                row -> {
                    int number = numbers.get(row.getString(1));
                    wordCriteria(row.getString(2), row.getBoolean(3)).forEach(c -> wordBits.add(number, c));
                });
        wordBits.flush();
        execute(connection, "alter sequence programme_search_number_seq restart with " + numbers.size());
    }

    private static void execute(Connection connection, String sql) {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw Jdbc.failure(sql, e);
        }
    }

    private static List<List<Object[]>> partition(List<Object[]> rows) {
        List<List<Object[]>> parts = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += 10_000) {
            parts.add(rows.subList(from, Math.min(rows.size(), from + 10_000)));
        }
        return parts;
    }

    /** The bits of one chunk at a time, from criteria read in programme number order. */
    private static final class ChunkWriter {
        private final Connection connection;
        private final Map<String, byte[]> bits = new TreeMap<>();
        private int chunk = -1;

        ChunkWriter(Connection connection) {
            this.connection = connection;
        }

        void add(int number, String criterion) {
            int of = number / PER_CHUNK;
            if (of < chunk) {
                throw new IllegalStateException("rows read out of programme order: chunk " + of + " after " + chunk);
            }
            if (of != chunk) {
                flush();
                chunk = of;
            }
            setBit(bits.computeIfAbsent(criterion, k -> new byte[BYTES]), number);
        }

        void flush() {
            List<Object[]> rows = new ArrayList<>();
            bits.forEach((criterion, b) -> rows.add(new Object[] {criterion, chunk, b}));
            batch(connection, "insert into programme_search_bits (criterion, chunk, bits) values (?, ?, ?)", rows);
            bits.clear();
        }
    }
}

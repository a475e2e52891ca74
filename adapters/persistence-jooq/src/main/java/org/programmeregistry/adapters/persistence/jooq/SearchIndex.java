package org.programmeregistry.adapters.persistence.jooq;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.programmeregistry.application.readmodel.SearchText;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.CoordinatingOffice;
import org.programmeregistry.domain.programme.Deliverable;
import org.programmeregistry.domain.programme.Module;
import org.programmeregistry.domain.programme.ProgrammeSnapshot;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * The rows the portfolio search reads (migration V4): {@code programme_search_text}, on H2
 * its words in {@code programme_search_word} and its bitmaps ({@link SearchBitmaps}), and
 * {@code programme_organisation}. Written in the transaction that writes the programme or its
 * events, over the same connection; used by the migration that fills them
 * ({@link V4_2__Fill_search_index}) too, so plain JDBC.
 */
final class SearchIndex {

    /**
     * What one programme contributes to the search: its texts and organisations, kept in rows
     * of their own, and what H2's bitmaps hold beside them (territories, donors, the period).
     */
    record Entry(String programmeId, String title, List<String> otherTexts, Set<String> organisationKeys, List<String> territories,
            Set<String> donorKeys, LocalDate periodStart, LocalDate periodEnd) {

        /** Whether the rows of {@code programme_search_text}, its words and {@code programme_organisation} would differ. */
        boolean searchedLike(Entry other) {
            return title.equals(other.title) && otherTexts.equals(other.otherTexts) && organisationKeys.equals(other.organisationKeys);
        }
    }

    private static final int CHUNK = 500;

    private SearchIndex() {
    }

    /** The entry of a programme as its snapshot has it, with the titles of its events. */
    static Entry of(ProgrammeSnapshot s, List<String> eventTitles) {
        List<String> texts = new ArrayList<>();
        texts.add(s.summary());
        s.modules().stream().map(Module::name).forEach(texts::add);
        s.deliverables().stream().map(Deliverable::title).forEach(texts::add);
        texts.addAll(eventTitles);
        Set<String> organisations = new LinkedHashSet<>();
        s.roles().keySet().forEach(o -> organisations.add(o.key()));
        s.contributions().stream().map(Contribution::donor).forEach(o -> organisations.add(o.key()));
        s.modules().stream().map(Module::lead).forEach(o -> organisations.add(o.key()));
        s.coordinatingOffice().map(CoordinatingOffice::organisation).ifPresent(o -> organisations.add(o.key()));
        Set<String> donors = new LinkedHashSet<>();
        s.contributions().stream().map(Contribution::donor).forEach(o -> donors.add(o.key()));
        // the period the programme row stores (JooqProgrammeRepository) and "active on" tests
        Period period = s.actual().orElse(s.planned());
        return new Entry(s.id().value(), s.title(), texts, organisations, s.beneficiaries().stream().map(TerritoryCode::value).toList(), donors,
                period.start(), period.end());
    }

    /**
     * Brings a programme's search rows from {@code before} to {@code after}, both without the
     * titles of its events: rewritten from the stored rows when a text or an organisation
     * changed, on H2 only the bits of its other criteria when one of those did.
     */
    static void update(Connection connection, boolean words, Entry before, Entry after) {
        if (!before.searchedLike(after)) {
            refresh(connection, words, List.of(after.programmeId()));
        } else if (words && !before.equals(after)) {
            String id = after.programmeId();
            Map<String, SearchBitmaps.Stored> stored = SearchBitmaps.stored(connection, List.of(id));
            if (stored.isEmpty()) {
                // loaded around the adapter and not yet in the bitmaps: all its bits, words too
                refresh(connection, true, List.of(id));
            } else {
                SearchBitmaps.write(connection, stored, keysOf(stored), Map.of(id, SearchBitmaps.keys(after)));
            }
        }
    }

    private static Map<String, Set<String>> keysOf(Map<String, SearchBitmaps.Stored> stored) {
        Map<String, Set<String>> keys = new HashMap<>();
        stored.forEach((id, s) -> keys.put(id, new LinkedHashSet<>(s.keys())));
        return keys;
    }

    /** Whether the search reads the word table: H2's, where PostgreSQL has its full-text index. */
    static boolean keepsWords(JooqTransactions transactions) {
        return transactions.dialect().family() == org.jooq.SQLDialect.H2;
    }

    /** The same, asked of a connection (a Flyway migration has no transactions of the adapter's). */
    static boolean keepsWords(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT).contains("H2");
        } catch (SQLException e) {
            throw Jdbc.failure("database product", e);
        }
    }

    /** Adds the rows of programmes that have none. */
    static void insert(Connection connection, boolean words, List<Entry> entries) {
        insertRows(connection, words, true, entries);
        if (words && !entries.isEmpty()) {
            SearchBitmaps.write(connection, Map.of(), Map.of(), criteria(entries));
        }
    }

    /**
     * Inserts the rows of these entries; on PostgreSQL, in a {@code current} schema, with their
     * word starts (migration V9), derived from the documents just written.
     */
    private static void insertRows(Connection connection, boolean words, boolean current, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> texts = new ArrayList<>();
        List<Object[]> wordRows = new ArrayList<>();
        List<Object[]> organisations = new ArrayList<>();
        for (Entry e : entries) {
            List<String> titleWords = SearchText.words(e.title());
            List<String> otherWords = SearchText.words(String.join(" ", e.otherTexts()));
            texts.add(new Object[] {e.programmeId(), String.join(" ", titleWords), String.join(" ", otherWords)});
            if (words) {
                Set<String> inTitle = new HashSet<>(titleWords);
                titleWords.forEach(w -> wordRows.add(new Object[] {e.programmeId(), w, true}));
                otherWords.stream().filter(w -> !inTitle.contains(w)).forEach(w -> wordRows.add(new Object[] {e.programmeId(), w, false}));
            }
            e.organisationKeys().forEach(o -> organisations.add(new Object[] {e.programmeId(), o}));
        }
        batch(connection, "insert into programme_search_text (programme_id, title_words, other_words) values (?, ?, ?)", texts);
        batch(connection, "insert into programme_search_word (programme_id, word, in_title) values (?, ?, ?)", wordRows);
        batch(connection, "insert into programme_organisation (programme_id, organisation_key) values (?, ?)", organisations);
        if (!words && current) {
            for (List<String> chunk : chunks(entries.stream().map(Entry::programmeId).toList())) {
                execute(connection, "insert into programme_search_starts (programme_id, word_starts) select programme_id, "
                        + "search_word_starts(document) from programme_search_text where programme_id in " + in(chunk.size()), chunk);
            }
        }
    }

    /**
     * Replaces the rows of these programmes with their entries. {@code current}: the schema has
     * every search table of its newest version, false for migration V4_2, which runs before H2's
     * bitmaps (V8) and PostgreSQL's word starts (V9). On PostgreSQL deleting a text deletes its
     * word starts (a cascading key).
     */
    private static void replace(Connection connection, boolean words, boolean current, List<Entry> entries) {
        List<String> ids = entries.stream().map(Entry::programmeId).toList();
        if (!words || !current) {
            delete(connection, words, ids);
            insertRows(connection, words, current, entries);
            return;
        }
        // what the bits hold now: the stored keys and the words about to be deleted
        Map<String, SearchBitmaps.Stored> stored = SearchBitmaps.stored(connection, ids);
        Map<String, Set<String>> before = keysOf(stored);
        for (List<String> chunk : chunks(ids)) {
            query(connection, "select programme_id, word, in_title from programme_search_word where programme_id in " + in(chunk.size()), chunk,
                    r -> before.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>()).addAll(SearchBitmaps.wordCriteria(r.getString(2),
                            r.getBoolean(3))));
        }
        delete(connection, true, ids);
        insertRows(connection, true, true, entries);
        SearchBitmaps.write(connection, stored, before, criteria(entries));
    }

    private static Map<String, Set<String>> criteria(List<Entry> entries) {
        Map<String, Set<String>> criteria = new LinkedHashMap<>();
        entries.forEach(e -> criteria.put(e.programmeId(), SearchBitmaps.criteria(e)));
        return criteria;
    }

    private static void delete(Connection connection, boolean words, Collection<String> ids) {
        for (List<String> chunk : chunks(List.copyOf(ids))) {
            String in = in(chunk.size());
            execute(connection, "delete from programme_search_text where programme_id in " + in, chunk);
            if (words) {
                execute(connection, "delete from programme_search_word where programme_id in " + in, chunk);
            }
            execute(connection, "delete from programme_organisation where programme_id in " + in, chunk);
        }
    }

    /** Rebuilds the rows of these programmes from their stored rows and those of their events. */
    static void refresh(Connection connection, boolean words, List<String> ids) {
        for (List<String> chunk : chunks(ids)) {
            replace(connection, words, true, read(connection, chunk));
        }
    }

    /** The same, for a schema older than H2's bitmaps and PostgreSQL's word starts (migration V4_2): V8_1 and V9 derive them from these rows. */
    static void refreshBeforeBitmaps(Connection connection, boolean words, List<String> ids) {
        for (List<String> chunk : chunks(ids)) {
            replace(connection, words, false, read(connection, chunk));
        }
    }

    private static List<Entry> read(Connection connection, List<String> ids) {
        String in = in(ids.size());
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<String>> texts = new HashMap<>();
        Map<String, Set<String>> organisations = new HashMap<>();
        Map<String, LocalDate[]> periods = new HashMap<>();
        Map<String, List<String>> territories = new HashMap<>();
        Map<String, Set<String>> donors = new HashMap<>();
        query(connection, "select id, title, summary, office_organisation, period_start, period_end from programme where id in " + in, ids, r -> {
            titles.put(r.getString(1), r.getString(2));
            periods.put(r.getString(1), new LocalDate[] {r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class)});
            texts.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(3));
            if (r.getString(4) != null) {
                organisations.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>()).add(new Acronym(r.getString(4)).key());
            }
        });
        query(connection, "select programme_id, name, lead_key from programme_module where programme_id in " + in
                + " order by programme_id, module_number", ids, r -> {
                    texts.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                    organisations.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>()).add(r.getString(3));
                });
        query(connection, "select programme_id, title from programme_deliverable where programme_id in " + in
                + " order by programme_id, deliverable_number", ids, r -> texts.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)));
        query(connection, "select programme_id, title from event where programme_id in " + in + " order by programme_id, event_number", ids,
                r -> texts.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)));
        query(connection, "select programme_id, organisation_key from programme_role where programme_id in " + in, ids,
                r -> organisations.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>()).add(r.getString(2)));
        query(connection, "select programme_id, donor_key from programme_contribution where programme_id in " + in + " order by programme_id, seq",
                ids, r -> {
                    organisations.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>()).add(r.getString(2));
                    donors.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>()).add(r.getString(2));
                });
        query(connection, "select programme_id, territory from programme_beneficiary where programme_id in " + in + " order by programme_id, seq",
                ids, r -> territories.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)));
        List<Entry> entries = new ArrayList<>();
        titles.forEach((id, title) -> entries.add(new Entry(id, title, texts.getOrDefault(id, List.of()),
                organisations.getOrDefault(id, Collections.emptySet()), territories.getOrDefault(id, List.of()),
                donors.getOrDefault(id, Collections.emptySet()), periods.get(id)[0], periods.get(id)[1])));
        return entries;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, List<String> ids, RowReader reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(sql, e);
        }
    }

    private static void execute(Connection connection, String sql, List<String> ids) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure(sql, e);
        }
    }

    /** Runs {@code sql} once per row, alone for one row, else as one JDBC batch; returns each row's update count. */
    static int[] batch(Connection connection, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                if (rows.size() == 1) {
                    return new int[] {statement.executeUpdate()};
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failure(sql, e);
        }
    }

    static String in(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}

package org.programmeregistry.bootstrap.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.programmeregistry.application.readmodel.SearchText;

/**
 * The floor of the import benchmark: the same file parsed with a bare StAX loop that picks out
 * only the mapped values (no checks, no domain objects), and the same rows written with plain
 * JDBC batches in one transaction: a batch per table every {@link #BATCH} activities.
 * Organisations are matched by identifier, else name, as the import does.
 */
final class ImportFloor {

    static final int BATCH = 500;

    private static final String[] STATUS = {null, "PIPELINE", "IMPLEMENTATION", "FINALISATION", "CLOSED", "CANCELLED", "SUSPENDED"};
    private static final Map<String, String> ROLE = Map.of("2", "ACCOUNTABLE", "3", "EXTENDING", "4", "IMPLEMENTING");

    /** What one activity contributes, as the bare loop collects it. */
    private static final class Activity {
        String identifier;
        String title;
        String description = "";
        String status;
        final LocalDate[] dates = new LocalDate[5];
        final List<String[]> participants = new ArrayList<>();
        final Set<String> territories = new LinkedHashSet<>();
        final Set<String> targets = new LinkedHashSet<>();
    }

    /** The rows written, table by table. */
    final Map<String, Integer> rows = new LinkedHashMap<>();

    private final Map<String, String> organisationByRef = new HashMap<>();
    private final Map<String, String> organisationByName = new HashMap<>();
    private final String actor;
    private final OffsetDateTime now;

    ImportFloor(String actor, OffsetDateTime now) {
        this.actor = actor;
        this.now = now;
    }

    static XMLInputFactory lockedDownFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** Parses only, for the share of the floor that is parsing; returns the number of activities. */
    static int parseOnly(Path file) throws IOException, XMLStreamException {
        int[] count = {0};
        parse(file, a -> count[0]++);
        return count[0];
    }

    /** Parses {@code file} and writes its rows; returns the number of activities. */
    int run(DataSource dataSource, Path file) throws SQLException, IOException, XMLStreamException {
        rows.clear();
        organisationByRef.clear();
        organisationByName.clear();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statements s = new Statements(c)) {
                List<Activity> pending = new ArrayList<>();
                int[] count = {0};
                parse(file, a -> {
                    count[0]++;
                    pending.add(a);
                    if (pending.size() == BATCH) {
                        write(s, pending);
                    }
                });
                write(s, pending);
                c.commit();
                return count[0];
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private interface ActivityConsumer {
        void accept(Activity a) throws SQLException;
    }

    private static void parse(Path file, ActivityConsumer consumer) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = lockedDownFactory().createXMLStreamReader(in);
            Activity a = null;
            String inside = null;
            String[] participant = null;
            // the depth of the element open, and of the activity: a title or description counts only as the
            // activity's own child, as in the import's reader (a transaction has a description too)
            int depth = 0;
            int activityDepth = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String name = xml.getLocalName();
                    if (name.equals("iati-activity")) {
                        try {
                            consumer.accept(a);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        a = null;
                    } else if (name.equals("title") || name.equals("description") || name.equals("participating-org")) {
                        inside = null;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                boolean ofActivity = depth == activityDepth + 1;
                switch (xml.getLocalName()) {
                    case "iati-activity" -> {
                        a = new Activity();
                        activityDepth = depth;
                    }
                    case "iati-identifier" -> {
                        a.identifier = xml.getElementText().strip();
                        depth--; // getElementText read its end
                    }
                    case "title" -> inside = ofActivity && a.title == null ? "title" : null;
                    case "description" -> {
                        // the summary is the first general description (type 1, or no type), as the import's reader takes it
                        String type = xml.getAttributeValue(null, "type");
                        inside = ofActivity && a.description.isEmpty() && (type == null || type.strip().equals("1")) ? "description" : null;
                    }
                    case "participating-org" -> {
                        participant = new String[] {xml.getAttributeValue(null, "ref"), xml.getAttributeValue(null, "role"), null,
                                xml.getAttributeValue(null, "type")};
                        a.participants.add(participant);
                        inside = "participating-org";
                    }
                    case "narrative" -> {
                        if ("title".equals(inside)) {
                            a.title = xml.getElementText().strip();
                        } else if ("description".equals(inside)) {
                            a.description = xml.getElementText().strip();
                        } else if ("participating-org".equals(inside)) {
                            participant[2] = xml.getElementText().strip();
                        }
                        if (inside != null) {
                            depth--; // getElementText read its end
                            inside = null;
                        }
                    }
                    case "activity-status" -> a.status = xml.getAttributeValue(null, "code");
                    case "activity-date" -> a.dates[Integer.parseInt(xml.getAttributeValue(null, "type"))] =
                            LocalDate.parse(xml.getAttributeValue(null, "iso-date"));
                    case "recipient-country" -> a.territories.add(xml.getAttributeValue(null, "code"));
                    case "recipient-region" -> {
                        if ("99".equals(xml.getAttributeValue(null, "vocabulary"))) {
                            a.territories.add(xml.getAttributeValue(null, "code"));
                        }
                    }
                    case "tag" -> {
                        if ("3".equals(xml.getAttributeValue(null, "vocabulary"))) {
                            a.targets.add(xml.getAttributeValue(null, "code"));
                        }
                    }
                    default -> {
                        // not mapped
                    }
                }
            }
            xml.close();
        }
    }

    private void write(Statements s, List<Activity> pending) throws SQLException {
        // H2's search bitmaps (the adapter's SearchBitmaps): each programme's criteria, its keys stored beside its number
        Map<String, List<String>> criteria = new LinkedHashMap<>();
        for (Activity a : pending) {
            Map<String, Integer> donors = new LinkedHashMap<>();
            Set<String> roles = new LinkedHashSet<>();
            for (String[] p : a.participants) {
                String organisation = organisation(s, p[0], p[2], p[3]);
                if ("1".equals(p[1])) {
                    donors.putIfAbsent(organisation, donors.size());
                } else {
                    roles.add(organisation + "\t" + ROLE.get(p[1]));
                }
            }
            PreparedStatement programme = s.programme;
            LocalDate start = a.dates[2] != null ? a.dates[2] : a.dates[1];
            LocalDate end = a.dates[4] != null ? a.dates[4] : a.dates[3];
            programme.setString(1, a.identifier);
            programme.setString(2, a.title);
            programme.setString(3, a.description);
            programme.setString(4, a.status == null ? "PIPELINE" : STATUS[Integer.parseInt(a.status)]);
            programme.setDate(5, date(a.dates[1]));
            programme.setDate(6, date(a.dates[3]));
            programme.setDate(7, date(a.dates[2]));
            programme.setDate(8, date(a.dates[4]));
            programme.setDate(9, date(start));
            programme.setDate(10, date(end));
            programme.setString(11, a.identifier.toUpperCase(java.util.Locale.ROOT));
            programme.addBatch();
            count("programme");
            int seq = 0;
            for (String territory : a.territories) {
                s.beneficiary.setString(1, a.identifier);
                s.beneficiary.setString(2, territory);
                s.beneficiary.setInt(3, seq++);
                s.beneficiary.addBatch();
                count("programme_beneficiary");
            }
            for (Map.Entry<String, Integer> donor : donors.entrySet()) {
                s.contribution.setString(1, a.identifier);
                s.contribution.setInt(2, donor.getValue());
                s.contribution.setString(3, donor.getKey().toUpperCase(Locale.ROOT));
                s.contribution.setString(4, donor.getKey());
                s.contribution.addBatch();
                count("programme_contribution");
            }
            for (String role : roles) {
                String[] parts = role.split("\t");
                s.role.setString(1, a.identifier);
                s.role.setString(2, parts[0].toUpperCase(Locale.ROOT));
                s.role.setString(3, parts[0]);
                s.role.setString(4, parts[1]);
                s.role.addBatch();
                count("programme_role");
            }
            for (String target : a.targets) {
                s.target.setString(1, a.identifier);
                s.target.setString(2, target);
                s.target.addBatch();
                count("programme_sdg_target");
            }
            // what the adapter's search keeps (SearchIndex): the words of title and summary, on H2 also as a word
            // table, and every organisation in any role
            List<String> titleWords = SearchText.words(a.title);
            List<String> otherWords = SearchText.words(a.description);
            s.word.setString(1, a.identifier);
            s.word.setString(2, String.join(" ", titleWords));
            s.word.setString(3, String.join(" ", otherWords));
            s.word.addBatch();
            count("programme_search_text");
            if (s.searchWord != null) {
                Set<String> inTitle = new java.util.HashSet<>(titleWords);
                for (String w : titleWords) {
                    searchWord(s, a.identifier, w, true);
                }
                for (String w : otherWords) {
                    if (!inTitle.contains(w)) {
                        searchWord(s, a.identifier, w, false);
                    }
                }
            }
            Set<String> organisations = new LinkedHashSet<>();
            donors.keySet().forEach(o -> organisations.add(o.toUpperCase(Locale.ROOT)));
            roles.forEach(r -> organisations.add(r.split("\t")[0].toUpperCase(Locale.ROOT)));
            for (String o : organisations) {
                s.programmeOrganisation.setString(1, a.identifier);
                s.programmeOrganisation.setString(2, o);
                s.programmeOrganisation.addBatch();
                count("programme_organisation");
            }
            if (s.searchWord != null) {
                List<String> keys = new ArrayList<>();
                a.territories.forEach(t -> keys.add("t:" + t));
                donors.keySet().forEach(d -> keys.add("d:" + d.toUpperCase(Locale.ROOT)));
                organisations.forEach(o -> keys.add("o:" + o));
                if (start == null || end == null || end.getYear() - start.getYear() > 100) {
                    keys.add("y:any");
                } else {
                    for (int y = start.getYear(); y <= end.getYear(); y++) {
                        keys.add("y:" + y);
                    }
                }
                criteria.put(a.identifier, keys);
            }
            audit(s, "programme", a.identifier, a.identifier, "imported from IATI", "created");
        }
        List<String> written = pending.stream().map(a -> a.identifier).toList();
        pending.clear();
        s.executeBatches();
        if (!criteria.isEmpty()) {
            writeBits(s, criteria);
        }
        if (s.searchWord == null && !written.isEmpty()) {
            // PostgreSQL: the word starts, derived from the documents just written, as the adapter's SearchIndex does
            try (PreparedStatement starts = s.connection.prepareStatement("insert into programme_search_starts (programme_id, word_starts) "
                    + "select programme_id, search_word_starts(document) from programme_search_text where programme_id = any(?)")) {
                starts.setArray(1, s.connection.createArrayOf("varchar", written.toArray()));
                starts.executeUpdate();
            }
        }
    }

    /**
     * Numbers the new programmes and sets their bits, as the adapter does: one row per programme
     * in programme_search_number, then one batch of {@code bitor} updates, one of inserts for
     * the rows that did not exist. The words' criteria are read back from what this batch wrote.
     */
    private void writeBits(Statements s, Map<String, List<String>> keys) throws SQLException {
        int perChunk = 1024;
        List<Integer> numbers = new ArrayList<>();
        try (PreparedStatement next = s.connection.prepareStatement("select next value for programme_search_number_seq from system_range(1, ?)")) {
            next.setInt(1, keys.size());
            try (java.sql.ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getInt(1));
                }
            }
        }
        java.util.TreeMap<String, byte[]> bits = new java.util.TreeMap<>();
        int i = 0;
        for (Map.Entry<String, List<String>> e : keys.entrySet()) {
            int number = numbers.get(i++);
            s.number.setString(1, e.getKey());
            s.number.setInt(2, number);
            s.number.setString(3, String.join(" ", e.getValue()));
            s.number.addBatch();
            count("programme_search_number");
            List<String> all = new ArrayList<>(e.getValue());
            all.addAll(words.getOrDefault(e.getKey(), List.of()));
            for (String criterion : all) {
                byte[] row = bits.computeIfAbsent(criterion + "\t" + number / perChunk, k -> new byte[perChunk / 8]);
                row[(number % perChunk) >> 3] |= (byte) (1 << (number % perChunk & 7));
            }
        }
        s.number.executeBatch();
        words.clear();
        List<Map.Entry<String, byte[]>> rows = new ArrayList<>(bits.entrySet());
        for (Map.Entry<String, byte[]> row : rows) {
            String[] key = row.getKey().split("\t");
            s.setBits.setBytes(1, row.getValue());
            s.setBits.setString(2, key[0]);
            s.setBits.setInt(3, Integer.parseInt(key[1]));
            s.setBits.addBatch();
        }
        int[] updated = s.setBits.executeBatch();
        for (int k = 0; k < rows.size(); k++) {
            if (updated[k] == 0) {
                String[] key = rows.get(k).getKey().split("\t");
                s.insertBits.setString(1, key[0]);
                s.insertBits.setInt(2, Integer.parseInt(key[1]));
                s.insertBits.setBytes(3, rows.get(k).getValue());
                s.insertBits.addBatch();
            }
        }
        s.insertBits.executeBatch();
    }

    /** The word criteria of each programme of the batch being written (H2: {@code w:} every word, {@code i:} the title's). */
    private final Map<String, List<String>> words = new HashMap<>();

    private String organisation(Statements s, String ref, String name, String type) throws SQLException {
        String known = ref != null ? organisationByRef.get(ref) : null;
        if (known == null && name != null) {
            known = organisationByName.get(name.toLowerCase(Locale.ROOT));
        }
        if (known != null) {
            return known;
        }
        String acronym = "ORG-" + (organisationByName.size() + 1);
        if (ref != null) {
            organisationByRef.put(ref, acronym);
        }
        organisationByName.put((name != null ? name : ref).toLowerCase(Locale.ROOT), acronym);
        s.organisation.setString(1, acronym.toUpperCase(Locale.ROOT));
        s.organisation.setString(2, acronym);
        s.organisation.setString(3, name != null ? name : ref);
        s.organisation.setString(4, type != null ? type : "90");
        s.organisation.setString(5, ref);
        s.organisation.addBatch();
        count("organisation");
        audit(s, "organisation", acronym, null, "registered from IATI", name != null ? name : ref);
        return acronym;
    }

    private void audit(Statements s, String type, String id, String programmeId, String action, String detail) throws SQLException {
        s.audit.setObject(1, now);
        s.audit.setString(2, actor);
        s.audit.setString(3, type);
        s.audit.setString(4, id);
        s.audit.setString(5, programmeId);
        s.audit.setString(6, action);
        s.audit.setString(7, detail);
        s.audit.addBatch();
        count("audit_entry");
    }

    private void searchWord(Statements s, String programme, String word, boolean inTitle) throws SQLException {
        List<String> criteria = words.computeIfAbsent(programme, k -> new ArrayList<>());
        criteria.add("w:" + word);
        if (inTitle) {
            criteria.add("i:" + word);
        }
        s.searchWord.setString(1, programme);
        s.searchWord.setString(2, word);
        s.searchWord.setBoolean(3, inTitle);
        s.searchWord.addBatch();
        count("programme_search_word");
    }

    private void count(String table) {
        rows.merge(table, 1, Integer::sum);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** One prepared statement per table; organisations and programmes are flushed before the rows that name them. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement organisation;
        final PreparedStatement programme;
        final PreparedStatement beneficiary;
        final PreparedStatement contribution;
        final PreparedStatement role;
        final PreparedStatement target;
        final PreparedStatement word;
        final PreparedStatement programmeOrganisation;
        /** H2's word table; null on PostgreSQL, which searches its full-text index. */
        final PreparedStatement searchWord;
        /** H2's search bitmaps (null on PostgreSQL): a programme's number, a bit set, a row inserted. */
        final PreparedStatement number;
        final PreparedStatement setBits;
        final PreparedStatement insertBits;
        final Connection connection;
        final PreparedStatement audit;

        Statements(Connection c) throws SQLException {
            organisation = c.prepareStatement("insert into organisation (acronym_key, acronym, name, type_code, iati_identifier, version) "
                    + "values (?, ?, ?, ?, ?, 0)");
            programme = c.prepareStatement("insert into programme (id, title, summary, status, planned_start, planned_end, actual_start, "
                    + "actual_end, period_start, period_end, id_key, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            beneficiary = c.prepareStatement("insert into programme_beneficiary (programme_id, territory, seq) values (?, ?, ?)");
            contribution = c.prepareStatement("insert into programme_contribution (programme_id, seq, donor_key, donor) values (?, ?, ?, ?)");
            role = c.prepareStatement("insert into programme_role (programme_id, organisation_key, organisation, role) values (?, ?, ?, ?)");
            target = c.prepareStatement("insert into programme_sdg_target (programme_id, target) values (?, ?)");
            word = c.prepareStatement("insert into programme_search_text (programme_id, title_words, other_words) values (?, ?, ?)");
            programmeOrganisation = c.prepareStatement("insert into programme_organisation (programme_id, organisation_key) values (?, ?)");
            boolean h2 = c.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
            searchWord = h2 ? c.prepareStatement("insert into programme_search_word (programme_id, word, in_title) values (?, ?, ?)") : null;
            number = h2 ? c.prepareStatement("insert into programme_search_number (programme_id, number, criteria) values (?, ?, ?)") : null;
            setBits = h2 ? c.prepareStatement("update programme_search_bits set bits = bitor(bits, cast(? as binary(128))) where criterion = ? and chunk = ?")
                    : null;
            insertBits = h2 ? c.prepareStatement("insert into programme_search_bits (criterion, chunk, bits) values (?, ?, ?)") : null;
            connection = c;
            audit = c.prepareStatement("insert into audit_entry (occurred_at, actor, aggregate_type, aggregate_id, programme_id, action, detail) "
                    + "values (?, ?, ?, ?, ?, ?, ?)");
        }

        private List<PreparedStatement> all() {
            List<PreparedStatement> all = new ArrayList<>(List.of(organisation, programme, beneficiary, contribution, role, target, word,
                    programmeOrganisation, audit));
            if (searchWord != null) {
                all.add(all.size() - 1, searchWord);
            }
            return all;
        }

        void executeBatches() throws SQLException {
            for (PreparedStatement s : all()) {
                s.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : all()) {
                s.close();
            }
            if (searchWord != null) {
                number.close();
                setBits.close();
                insertBits.close();
            }
        }
    }
}

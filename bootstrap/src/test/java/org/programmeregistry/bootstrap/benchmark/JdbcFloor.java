package org.programmeregistry.bootstrap.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The floor of a write use case: the statements the use case was seen to send (observed once
 * at the JDBC level, {@code ObservedDataSource}), sent again by hand over plain JDBC in one transaction
 * (autocommit off, one commit) on a connection from the same pool. Same SQL text, same number
 * and order of statements, same bind values except those that must follow the target:
 * <ul>
 * <li>every bind equal to the captured programme id becomes the target's id;</li>
 * <li>the root UPDATE binds the values just read from the root SELECT (the captured value for a
 * column it does not read), the version plus one in the SET list and the version read in the
 * WHERE clause;</li>
 * <li>a {@code seq} column of an INSERT binds the number of rows the SELECT of the same table
 * returned (an appended child, as the adapter numbers them);</li>
 * <li>H2's search bitmaps: the stored keys are updated as captured (the pool's programmes are
 * identical), and the bit is set in the row of the target's chunk, at its number read from
 * {@code programme_search_number}, with an INSERT of that row when the UPDATE found none
 * (so the captured INSERT of a row is not replayed on its own).</li>
 * </ul>
 * Every column of every row read is fetched with {@code getObject}, as a mapper would.
 */
final class JdbcFloor {

    private enum Kind {
        SELECT, UPDATE_ROOT, INSERT, UPDATE, SET_BIT
    }

    /** Programmes per row of H2's bitmaps (the adapter's SearchBitmaps.PER_CHUNK). */
    private static final int PER_CHUNK = 1024;

    private record Step(Kind kind, String table, String sql, List<Object> binds, List<String> columns) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final String capturedId;

    JdbcFloor(List<SqlCapture.Captured> captured, String capturedId) {
        this.capturedId = capturedId;
        for (SqlCapture.Captured c : captured) {
            String shape = c.shape();
            String table = shape.substring(shape.indexOf(' ') + 1);
            if (shape.startsWith("select ")) {
                steps.add(new Step(Kind.SELECT, table, c.sql(), c.binds(), List.of()));
            } else if (shape.equals("update programme")) {
                List<String> set = setColumns(c.sql());
                if (c.binds().size() != set.size() + 2) {
                    throw new IllegalStateException("unexpected root update, the floor cannot replay it: " + c.sql());
                }
                steps.add(new Step(Kind.UPDATE_ROOT, table, c.sql(), c.binds(), set));
            } else if (shape.equals("update programme_search_number")) {
                steps.add(new Step(Kind.UPDATE, table, c.sql(), c.binds(), List.of()));
            } else if (shape.equals("update programme_search_bits") && c.sql().contains("bitor(")) {
                steps.add(new Step(Kind.SET_BIT, table, c.sql(), c.binds(), List.of()));
            } else if (shape.equals("insert programme_search_bits")) {
                continue;
            } else if (shape.startsWith("insert ")) {
                List<String> cols = insertColumns(c.sql());
                if (cols.size() != c.binds().size()) {
                    throw new IllegalStateException("multi-row or partial insert, the floor cannot replay it: " + c.sql());
                }
                steps.add(new Step(Kind.INSERT, table, c.sql(), c.binds(), cols));
            } else {
                throw new IllegalStateException("the floor does not replay " + shape + ": " + c.sql());
            }
        }
    }

    int statements() {
        return steps.size();
    }

    /** One transaction on programme {@code id}. */
    void run(DataSource dataSource, String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, Object> root = new HashMap<>();
                Map<String, Integer> rootTypes = new HashMap<>();
                Map<String, Integer> rowsRead = new HashMap<>();
                int[] number = {-1};
                for (Step s : steps) {
                    try (PreparedStatement ps = c.prepareStatement(s.sql())) {
                        switch (s.kind()) {
                            case SELECT -> {
                                for (int i = 0; i < s.binds().size(); i++) {
                                    bind(ps, i + 1, substitute(s.binds().get(i), id), Types.VARCHAR);
                                }
                                int rows = 0;
                                try (ResultSet rs = ps.executeQuery()) {
                                    ResultSetMetaData md = rs.getMetaData();
                                    int n = md.getColumnCount();
                                    while (rs.next()) {
                                        rows++;
                                        for (int k = 1; k <= n; k++) {
                                            Object v = rs.getObject(k);
                                            if (s.table().equals("programme_search_number") && md.getColumnLabel(k).equalsIgnoreCase("number")) {
                                                number[0] = ((Number) v).intValue();
                                            }
                                            if (s.table().equals("programme") && rows == 1) {
                                                String label = md.getColumnLabel(k).toLowerCase(Locale.ROOT);
                                                root.put(label, v);
                                                rootTypes.put(label, md.getColumnType(k));
                                            }
                                        }
                                    }
                                }
                                rowsRead.merge(s.table(), rows, Integer::sum);
                            }
                            case UPDATE_ROOT -> {
                                long version = ((Number) root.get("version")).longValue();
                                int i = 1;
                                for (String col : s.columns()) {
                                    // a column the root select did not read (the derived period) takes the captured value:
                                    // the pool's programmes are identical
                                    Object v = col.equals("version") ? (Object) (version + 1)
                                            : root.containsKey(col) ? root.get(col) : substitute(s.binds().get(i - 1), id);
                                    bind(ps, i++, v, rootTypes.getOrDefault(col, Types.VARCHAR));
                                }
                                ps.setString(i++, id);
                                ps.setLong(i, version);
                                if (ps.executeUpdate() != 1) {
                                    throw new IllegalStateException("the floor's update matched no row of " + id);
                                }
                            }
                            case UPDATE -> {
                                for (int i = 0; i < s.binds().size(); i++) {
                                    bind(ps, i + 1, substitute(s.binds().get(i), id), Types.VARCHAR);
                                }
                                ps.executeUpdate();
                            }
                            case SET_BIT -> {
                                byte[] bit = new byte[PER_CHUNK / 8];
                                int offset = number[0] % PER_CHUNK;
                                bit[offset >> 3] |= (byte) (1 << (offset & 7));
                                ps.setBytes(1, bit);
                                ps.setString(2, (String) s.binds().get(1));
                                ps.setInt(3, number[0] / PER_CHUNK);
                                if (ps.executeUpdate() == 0) {
                                    try (PreparedStatement insert = c.prepareStatement(
                                            "insert into programme_search_bits (criterion, chunk, bits) values (?, ?, ?)")) {
                                        insert.setString(1, (String) s.binds().get(1));
                                        insert.setInt(2, number[0] / PER_CHUNK);
                                        insert.setBytes(3, bit);
                                        insert.executeUpdate();
                                    }
                                }
                            }
                            case INSERT -> {
                                for (int i = 0; i < s.columns().size(); i++) {
                                    Object v = s.columns().get(i).equals("seq") ? (Object) rowsRead.getOrDefault(s.table(), 0)
                                            : substitute(s.binds().get(i), id);
                                    bind(ps, i + 1, v, Types.VARCHAR);
                                }
                                ps.executeUpdate();
                            }
                        }
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private Object substitute(Object bind, String id) {
        return Objects.equals(bind, capturedId) ? id : bind;
    }

    private static void bind(PreparedStatement ps, int index, Object value, int sqlTypeIfNull) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlTypeIfNull);
        } else {
            ps.setObject(index, value);
        }
    }

    /** The columns of {@code update t set a = ?, b = ? where ...}, in order. */
    static List<String> setColumns(String sql) {
        String s = sql.toLowerCase(Locale.ROOT);
        String list = s.substring(s.indexOf(" set ") + 5, s.indexOf(" where "));
        List<String> cols = new ArrayList<>();
        for (String part : list.split(",")) {
            String col = part.substring(0, part.indexOf('=')).strip();
            cols.add(col.contains(".") ? col.substring(col.lastIndexOf('.') + 1) : col);
        }
        return cols;
    }

    /** The columns of {@code insert into t (a, b) values (...)}, in order. */
    static List<String> insertColumns(String sql) {
        String s = sql.toLowerCase(Locale.ROOT);
        String list = s.substring(s.indexOf('(') + 1, s.indexOf(')'));
        List<String> cols = new ArrayList<>();
        for (String part : list.split(",")) {
            String col = part.strip();
            cols.add(col.contains(".") ? col.substring(col.lastIndexOf('.') + 1) : col);
        }
        return cols;
    }
}

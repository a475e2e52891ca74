package org.programmeregistry.bootstrap.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.programmeregistry.adapters.persistence.jooq.observed.ObservedDataSource;

/**
 * Records the statements sent on the calling thread while {@link #during} runs: the SQL with
 * its placeholders and the bind values. As an {@link ObservedDataSource.Observer} it sees every
 * statement JDBC runs, whether jOOQ or the adapter's own SQL sends it.
 */
final class SqlCapture implements ObservedDataSource.Observer {

    record Captured(String sql, List<Object> binds) {

        /** The SQL with its bind values written in as literals, for EXPLAIN (the adapter's SQL holds no other question mark). */
        String inlined() {
            StringBuilder inlined = new StringBuilder();
            int bind = 0;
            for (char c : sql.toCharArray()) {
                if (c == '?' && bind < binds.size()) {
                    inlined.append(literal(binds.get(bind++)));
                } else {
                    inlined.append(c);
                }
            }
            return inlined.toString();
        }

        /** A bound value as SQL: an array (H2's {@code = any(?)}) as {@code array[...]} of its elements. */
        private static String literal(Object value) {
            if (value instanceof Object[] elements) {
                return "array[" + String.join(", ", java.util.Arrays.stream(elements).map(Captured::literal).toList()) + "]";
            }
            return value == null ? "null"
                    : value instanceof Number || value instanceof Boolean ? value.toString()
                    : value instanceof java.time.LocalDate ? "date '" + value + "'"
                    : "'" + value.toString().replace("'", "''") + "'";
        }

        /** "select programme", "update programme", "insert programme_beneficiary" ... */
        String shape() {
            String s = sql.toLowerCase(java.util.Locale.ROOT).strip();
            String verb = s.substring(0, s.indexOf(' '));
            String table = switch (verb) {
                case "insert" -> after(s, "insert into ");
                case "update" -> after(s, "update ");
                case "delete" -> after(s, "delete from ");
                default -> after(s, " from ");
            };
            return verb + " " + table;
        }

        private static String after(String s, String marker) {
            int at = s.indexOf(marker);
            if (at < 0) {
                return "?";
            }
            String rest = s.substring(at + marker.length()).strip();
            int end = 0;
            while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_' || rest.charAt(end) == '.')) {
                end++;
            }
            String name = rest.substring(0, end);
            return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        }
    }

    private final ThreadLocal<List<Captured>> current = new ThreadLocal<>();
    private final ThreadLocal<List<Captured>> last = new ThreadLocal<>();

    /** Runs {@code work} and returns the statements it sent through a capturing persistence. */
    List<Captured> during(Runnable work) {
        List<Captured> list = new ArrayList<>();
        current.set(list);
        last.set(list);
        try {
            work.run();
        } finally {
            current.remove();
        }
        return list;
    }

    /** What the last {@link #during} on this thread captured, also when its work threw. */
    List<Captured> last() {
        return last.get() == null ? List.of() : last.get();
    }

    @Override
    public void beforeExecute(String sql, List<Object> binds) {
        List<Captured> list = current.get();
        if (list != null) {
            list.add(new Captured(sql, binds));
        }
    }
}

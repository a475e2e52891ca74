package org.programmeregistry.bootstrap.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;
import org.programmeregistry.adapters.persistence.jooq.observed.ObservedDataSource;

/**
 * Records the statements sent on the calling thread while {@link #during} runs: the SQL with
 * its placeholders and the bind values. As a jOOQ listener it sees jOOQ's statements and adds
 * the SQL with the binds inlined (for EXPLAIN); as an {@link ObservedDataSource.Observer} it
 * sees every statement JDBC runs, the adapter's own JDBC ones included (no inlined form).
 */
final class SqlCapture implements ExecuteListener, ObservedDataSource.Observer {

    record Captured(String sql, List<Object> binds, String inlined) {

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
            list.add(new Captured(sql, binds, null));
        }
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        List<Captured> list = current.get();
        if (list == null) {
            return;
        }
        List<Object> binds = ctx.query() == null ? List.of() : new ArrayList<>(ctx.query().getBindValues());
        String inlined = ctx.query() == null ? ctx.sql() : ctx.query().getSQL(ParamType.INLINED);
        list.add(new Captured(ctx.sql(), binds, inlined));
    }
}

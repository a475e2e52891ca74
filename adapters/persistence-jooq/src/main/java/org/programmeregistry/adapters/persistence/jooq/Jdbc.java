package org.programmeregistry.adapters.persistence.jooq;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The hot path, loading and storing programmes and appending to the audit trail: SQL that
 * jOOQ renders once from the generated tables ({@link JooqTransactions#statement}), run over
 * plain JDBC on the transaction's connection. For these short statements jOOQ's own execution
 * (building, rendering and binding every query anew) cost the client more than the database
 * took to answer (docs/benchmarks.md); the rarer writes stay in the DSL, and the portfolio search
 * is SQL text of its own ({@link SqlProgrammeSearch}).
 */
final class Jdbc {

    private Jdbc() {
    }

    /** Rendered SQL with the JDBC type of each parameter, which a null is bound as. */
    record Statement(String sql, int[] types) {

        static Statement of(DSLContext dsl, Query query) {
            // inline values (DSL.inline) are rendered into the SQL, not bound
            List<Param<?>> params = query.getParams().values().stream().filter(p -> !p.isInline()).toList();
            int[] types = params.stream().mapToInt(p -> p.getDataType().getSQLType()).toArray();
            String sql = dsl.render(query);
            // our SQL holds no literal with a question mark: every one is a parameter
            if (sql.chars().filter(c -> c == '?').count() != types.length) {
                throw new IllegalStateException(types.length + " parameters, but not as many placeholders in " + sql);
            }
            return new Statement(sql, types);
        }

        /** A parameter of the column's type, bound when the statement runs. */
        static <T> Param<T> parameter(Field<T> column) {
            return DSL.val((T) null, column);
        }

        /** {@code insert into table (every column) values (?, ...)}. */
        static <R extends TableRecord<R>> Query insert(DSLContext dsl, Table<R> table) {
            Field<?>[] fields = table.fields();
            return dsl.insertInto(table).columns(fields).values(new Object[fields.length]);
        }

        void bind(PreparedStatement statement, Object... values) throws SQLException {
            if (values.length != types.length) {
                throw new IllegalArgumentException(values.length + " values for " + types.length + " parameters of " + sql);
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, types[i]);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs a query whose parameters are {@code values}, in order, handing each row to {@code reader}. */
    static void query(Connection connection, String sql, List<?> values, RowReader reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs an UPDATE, INSERT or DELETE; returns the number of rows it changed. */
    static int update(Connection connection, Statement s, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(s.sql())) {
            s.bind(statement, values);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(s.sql(), e);
        }
    }

    /** Inserts {@code records}, which set every column: one INSERT for one row, else one JDBC batch. */
    static <R extends TableRecord<R>> void insertAll(JooqTransactions transactions, Table<R> table, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(records.size());
        for (R record : records) {
            rows.add(Rows.values(record).toArray());
        }
        batch(transactions.connection(), transactions.statement(table, dsl -> Statement.insert(dsl, table)), rows);
    }

    /** Runs {@code s} once per row of values: alone for one row, else as one JDBC batch. */
    static void batch(Connection connection, Statement s, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(s.sql())) {
            if (rows.size() == 1) {
                s.bind(statement, rows.get(0));
                statement.executeUpdate();
                return;
            }
            for (Object[] row : rows) {
                s.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw failure(s.sql(), e);
        }
    }

    /** In jOOQ's exception, which {@link Failures} translates like any other. */
    static DataAccessException failure(String sql, SQLException e) {
        return new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
    }
}

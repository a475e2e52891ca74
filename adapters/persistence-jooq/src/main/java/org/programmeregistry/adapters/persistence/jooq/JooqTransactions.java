package org.programmeregistry.adapters.persistence.jooq;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.programmeregistry.application.RegistryUnavailableException;
import org.programmeregistry.application.port.out.TransactionBoundary;

/**
 * One JDBC transaction per use case: the connection is taken from the pool, bound to the
 * calling thread for the repositories to use, committed when the work returns and rolled back
 * when it throws. A nested call joins the transaction already open.
 */
public final class JooqTransactions implements TransactionBoundary {

    /** What the repositories see of the open transaction. */
    static final class Scope {
        /** How many loaded states a transaction keeps; an import loads thousands, and memory must not grow with its file. */
        private static final int REMEMBERED = 1_024;

        final Connection connection;
        /**
         * Aggregates as they were loaded in this transaction, so an update writes only what
         * changed; the least recently used are forgotten, and an update of a forgotten one
         * rewrites all of it.
         */
        private final Map<Object, Object> loaded = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > REMEMBERED;
            }
        };

        Scope(Connection connection) {
            this.connection = connection;
        }

        void remember(Object id, Object loadedState) {
            loaded.put(id, loadedState);
        }

        /** The state {@code id} was loaded in, if still remembered, and forgets it; null otherwise. */
        Object takeLoaded(Object id) {
            return loaded.remove(id);
        }
    }

    private final DataSource dataSource;
    private final SQLDialect dialect;
    private final ThreadLocal<Scope> current = new ThreadLocal<>();
    /**
     * One context for every transaction, its connection the calling thread's: deriving a
     * configuration per transaction would start jOOQ's caches (record mappers, reflection)
     * empty every time. Made on first use, not here: a command that only searches never
     * needs jOOQ (see {@link SqlProgrammeSearch}), and its first use costs a new JVM a quarter
     * of a second.
     */
    private final Supplier<Configuration> configuration;
    private volatile DSLContext dsl;
    private final Map<Object, Jdbc.Statement> statements = new ConcurrentHashMap<>();

    JooqTransactions(DataSource dataSource, SQLDialect dialect, Supplier<Configuration> configuration) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.configuration = configuration;
    }

    /** The database's dialect, known without starting jOOQ. */
    SQLDialect dialect() {
        return dialect;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection connection = open();
        boolean rolledBack = true;
        try {
            connection.setAutoCommit(false);
            current.set(new Scope(connection));
            T result = work.get();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rolledBack = rollback(connection, e);
            throw Failures.translate(e);
        } catch (RuntimeException e) {
            rolledBack = rollback(connection, e);
            throw Failures.translate(e);
        } catch (Error e) {
            rolledBack = rollback(connection, e);
            throw e;
        } finally {
            current.remove();
            close(connection, rolledBack);
        }
    }

    @Override
    public boolean isOpen() {
        return current.get() != null;
    }

    Scope scope() {
        Scope scope = current.get();
        if (scope == null) {
            throw new IllegalStateException("the jOOQ repositories are used inside TransactionBoundary.inTransaction");
        }
        return scope;
    }

    /** The connection of the calling thread's transaction, for the statements {@link Jdbc} runs. */
    Connection connection() {
        return scope().connection;
    }

    /**
     * The SQL and parameter types of a statement the hot path runs often, rendered by jOOQ on
     * first use and kept: {@code key} names the statement, {@code query} builds it once.
     */
    Jdbc.Statement statement(Object key, Function<DSLContext, Query> query) {
        Jdbc.Statement statement = statements.get(key);
        return statement != null ? statement : statements.computeIfAbsent(key, k -> Jdbc.Statement.of(context(), query.apply(context())));
    }

    /** A statement rendered for this call only, for SQL whose shape varies (IN lists). */
    Jdbc.Statement render(Function<DSLContext, Query> query) {
        return Jdbc.Statement.of(context(), query.apply(context()));
    }

    /** Makes jOOQ's context now rather than at its first use (see {@link JooqPersistence#startJooq}). */
    void startJooq() {
        context();
    }

    /** The context of the calling thread's transaction (it fails outside one). */
    DSLContext dsl() {
        scope();
        return context();
    }

    private DSLContext context() {
        DSLContext made = dsl;
        if (made == null) {
            synchronized (this) {
                made = dsl;
                if (made == null) {
                    made = DSL.using(configuration.get().derive(new ConnectionProvider() {
                        @Override
                        public Connection acquire() {
                            return scope().connection;
                        }

                        @Override
                        public void release(Connection connection) {
                            // the transaction closes it
                        }
                    }));
                    dsl = made;
                }
            }
        }
        return made;
    }

    private Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new RegistryUnavailableException("the database cannot be reached: " + e.getMessage(), e);
        }
    }

    /** Rolls back; a failure is added to {@code cause}'s suppressed exceptions and reported as false. */
    private static boolean rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
            return true;
        } catch (SQLException e) {
            cause.addSuppressed(e);
            return false;
        }
    }

    /**
     * Returns the connection to the pool. Autocommit is switched back on only after a commit or
     * a rollback: on a connection whose rollback failed it would commit what is left.
     */
    private static void close(Connection connection, boolean settled) {
        try {
            if (settled) {
                connection.setAutoCommit(true);
            }
            connection.close();
        } catch (SQLException ignored) {
            // the pool discards a connection it cannot reset
        }
    }
}

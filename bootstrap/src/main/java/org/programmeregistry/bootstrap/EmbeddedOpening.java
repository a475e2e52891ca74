package org.programmeregistry.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.application.RegistryBusyException;
import org.programmeregistry.application.RegistryUnavailableException;

/**
 * The embedded H2 database, held and opened: its home (the lock), a data source without a pool, and a
 * connection held until {@link #close} that keeps the database open, so each transaction's own connection is a
 * cheap session of the open database.
 *
 * <p>{@link #early} opens it on a thread of its own while picocli parses the command line, from the home the
 * command line names; the registry takes it if the parsed options ask for that same database, and closes it
 * otherwise. An early opening only takes a home that is free (a busy one is waited for by the command, which
 * says so) and only checks the schema: it never migrates, so a process that exits before using it has written
 * nothing.
 */
final class EmbeddedOpening implements AutoCloseable {

    private final String home;
    private final String user;
    private final String password;
    private EmbeddedHome held;
    private JdbcDataSource dataSource;
    private Connection keeper;
    private boolean schemaCurrent;

    private EmbeddedOpening(String home, String user, String password) {
        this.home = home;
        this.user = user;
        this.password = password;
    }

    /** Holds and opens the home now, waiting up to {@code patience} for another process; brings the schema up to date. */
    static EmbeddedOpening open(String home, String user, String password, Duration patience, Consumer<String> notices) {
        EmbeddedOpening opening = new EmbeddedOpening(home, user, password);
        opening.held = EmbeddedHome.hold(home, patience, notices);
        try {
            opening.connect();
            opening.migrate();
        } catch (RuntimeException e) {
            opening.closeQuietly();
            throw e;
        }
        return opening;
    }

    /** Starts holding and opening the home on a thread of its own, if it is free. */
    static Early early(String home, String user, String password) {
        return new Early(new EmbeddedOpening(home, user, password));
    }

    /** The data source, for the registry's transactions. */
    JdbcDataSource dataSource() {
        return dataSource;
    }

    private void connect() {
        dataSource = new JdbcDataSource();
        dataSource.setURL(held.url());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        try {
            keeper = dataSource.getConnection();
            schemaCurrent = JooqPersistence.schemaIsCurrent(dataSource);
        } catch (SQLException e) {
            keeper = null; // the migration below opens it again and reports why it cannot, as it always has
        }
    }

    /** Creates or upgrades the schema if it is not current; opens the held connection if it is not open yet. */
    private void migrate() {
        if (!schemaCurrent) {
            JooqPersistence.migrate(dataSource, SQLDialect.H2);
            schemaCurrent = true;
        }
        if (keeper == null) {
            try {
                keeper = dataSource.getConnection();
            } catch (SQLException e) {
                throw new RegistryUnavailableException("the database cannot be opened: " + e.getMessage(), e);
            }
        }
    }

    /** Closes the held connection (H2 then closes the database), then lets the next process into the home. */
    @Override
    public void close() throws Exception {
        try {
            if (keeper != null) {
                keeper.close();
            }
        } finally {
            if (held != null) {
                held.close();
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            // closing after a failure: the failure is what the user hears about
        }
    }

    /** An opening under way on a second thread. */
    static final class Early {

        private final EmbeddedOpening opening;
        private final FutureTask<EmbeddedOpening> task;

        private Early(EmbeddedOpening opening) {
            this.opening = opening;
            this.task = new FutureTask<>(() -> {
                try {
                    opening.held = EmbeddedHome.hold(opening.home, Duration.ZERO, notice -> { });
                } catch (RegistryBusyException | RegistryUnavailableException busy) {
                    return null; // held by another process, or not usable: the command's own opening waits or says why
                }
                try {
                    opening.connect();
                } catch (RuntimeException e) {
                    opening.closeQuietly();
                    throw e;
                }
                return opening;
            });
            Thread thread = new Thread(task, "programmes-open");
            thread.setDaemon(true);
            thread.start();
        }

        /** Whether this opening is of the database the options name. */
        boolean serves(String home, String user, String password) {
            return Objects.equals(home, opening.home) && Objects.equals(user, opening.user) && Objects.equals(password, opening.password);
        }

        /** The opened database with its schema up to date, or null if the home was busy. */
        EmbeddedOpening take() {
            EmbeddedOpening opened = await();
            if (opened != null) {
                try {
                    opened.migrate();
                } catch (RuntimeException e) {
                    opened.closeQuietly();
                    throw e;
                }
            }
            return opened;
        }

        /** Waits for the opening to end and closes what it opened: the command did not want it. */
        void discard() {
            try {
                EmbeddedOpening opened = await();
                if (opened != null) {
                    opened.closeQuietly();
                }
            } catch (RuntimeException e) {
                // not wanted, so not reported
            }
        }

        private EmbeddedOpening await() {
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new RegistryUnavailableException("the database cannot be opened: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryUnavailableException("interrupted while opening the database", e);
            }
        }
    }
}

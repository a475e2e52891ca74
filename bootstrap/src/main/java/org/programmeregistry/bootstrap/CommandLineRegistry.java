package org.programmeregistry.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.programmeregistry.adapters.cli.InputPorts;
import org.programmeregistry.adapters.cli.RegistryOpener;
import org.programmeregistry.adapters.cli.SitePublisher;
import org.programmeregistry.adapters.iati.StaxIatiActivityReader;
import org.programmeregistry.adapters.iati.StaxIatiActivityWriter;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.application.ProgrammeRegistry;
import org.programmeregistry.application.RegistryUnavailableException;
import org.programmeregistry.application.port.in.territory.TerritoryQuery;
import org.programmeregistry.application.service.TerritoryQueryService;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * Opens the registry for the command line, on first need: the embedded H2 file under
 * PROGRAMMES_HOME (default ~/.programmes) unless a JDBC URL is given. Reading the territory
 * catalogue opens no database at all.
 */
final class CommandLineRegistry implements RegistryOpener, AutoCloseable {

    private EmbeddedHome home;
    private ProgrammeRegistry registry;
    private Connection keeper;

    @Override
    public InputPorts open(StoreOptions options) {
        return new InputPorts() {
            @Override
            public <T> T get(Class<T> port) {
                if (port == TerritoryQuery.class) {
                    return port.cast(new TerritoryQueryService(TerritoryCatalogue.bundled()));
                }
                if (port == SitePublisher.class) {
                    // the site is written over the query ports; a single page needs no database
                    return port.cast(new SitePublishing(() -> registry(options)));
                }
                return registry(options).port(port);
            }
        };
    }

    private ProgrammeRegistry registry(StoreOptions options) {
        if (registry == null) {
            String url = options.url();
            String user = options.user();
            if (url == null) {
                home = EmbeddedHome.hold(options.home(), options.patience(), options.notices());
                url = home.url();
                user = user != null ? user : "sa";
            }
            String password = options.password() != null ? options.password() : "";
            JooqPersistence persistence = url.startsWith("jdbc:h2:") ? embedded(url, user, password)
                    : JooqPersistence.open(url, user, password, 2).migrate();
            registry = ProgrammeRegistry.over(persistence.ports())
                    .iati(new StaxIatiActivityReader(), new StaxIatiActivityWriter())
                    .closing(persistence)
                    .build();
        }
        return registry;
    }

    /**
     * An H2 database without a pool: one command, one process. A first connection, held until {@link #close}, opens
     * the database and keeps it open, so each transaction's own connection is a cheap session of the open database.
     * The database is opened and its schema checked on a second thread while this one builds jOOQ and the registry.
     */
    private JooqPersistence embedded(String url, String user, String password) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        FutureTask<Connection> opening = new FutureTask<>(new SchemaCheck(dataSource));
        Thread thread = new Thread(opening, "programmes-schema");
        thread.setDaemon(true);
        thread.start();
        JooqPersistence persistence = JooqPersistence.unpooled(dataSource, url);
        try {
            keeper = opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new RegistryUnavailableException("the database cannot be opened: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted while opening the database", e);
        }
        return persistence;
    }

    /** Opens the database (the connection that keeps it open) and brings its schema up to date. */
    private static final class SchemaCheck implements Callable<Connection> {

        private final DataSource dataSource;

        SchemaCheck(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Connection call() throws SQLException {
            Connection connection = dataSource.getConnection();
            try {
                JooqPersistence.migrate(dataSource);
                return connection;
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        }
    }

    /** Closes the database, then lets the next process into the embedded home. */
    @Override
    public void close() throws Exception {
        try {
            if (registry != null) {
                registry.close();
            }
            if (keeper != null) {
                keeper.close(); // the last connection: H2 closes the database
            }
        } finally {
            if (home != null) {
                home.close();
            }
        }
    }
}

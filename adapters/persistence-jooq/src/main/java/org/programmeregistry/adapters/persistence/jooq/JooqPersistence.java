package org.programmeregistry.adapters.persistence.jooq;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.Configuration;
import org.jooq.ExecuteListenerProvider;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DefaultConfiguration;
import org.programmeregistry.application.RegistryUnavailableException;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.port.out.EventRepository;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.application.port.out.PersistencePorts;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.port.out.TransactionBoundary;

/**
 * The output ports on a relational database: H2 (an embedded file by default) or PostgreSQL.
 * {@link #open} builds a HikariCP pool, {@link #unpooled} takes the caller's data source (a one-shot
 * command on an embedded file needs no pool); {@link #migrate} brings the schema to the current
 * version with Flyway, skipping Flyway entirely when the schema is already current.
 */
public final class JooqPersistence implements AutoCloseable {

    /**
     * The version of the newest migration (db/migration, db/vendor/&lt;database&gt; and the Java
     * migrations of {@link #migrate}); raise it with every new one.
     */
    static final String SCHEMA_VERSION = "9";

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final DataSource dataSource;
    private final SQLDialect dialect;
    private final JooqTransactions transactions;
    private final JooqProgrammeRepository programmes;
    private final JooqOrganisationRepository organisations;
    private final JooqEventRepository events;
    private final JooqAuditLog auditLog;

    public JooqPersistence(DataSource dataSource, SQLDialect dialect, List<ExecuteListenerProvider> listeners) {
        this(dataSource, dialect, listeners, SqlProgrammeSearch.Shortcuts.DEFAULT);
    }

    /** With the H2 search's shortcuts as a test wants them ({@link SqlProgrammeSearch.Shortcuts}). */
    JooqPersistence(DataSource dataSource, SQLDialect dialect, List<ExecuteListenerProvider> listeners, SqlProgrammeSearch.Shortcuts shortcuts) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        Supplier<Configuration> configuration = () -> new DefaultConfiguration()
                .set(dialect)
                .set(new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false))
                .set(listeners.toArray(ExecuteListenerProvider[]::new));
        this.transactions = new JooqTransactions(dataSource, dialect, configuration);
        this.programmes = new JooqProgrammeRepository(transactions, shortcuts);
        this.organisations = new JooqOrganisationRepository(transactions);
        this.events = new JooqEventRepository(transactions);
        this.auditLog = new JooqAuditLog(transactions);
    }

    /** A pooled connection to {@code url} (jdbc:h2:... or jdbc:postgresql:...). The password is never logged. */
    public static JooqPersistence open(String url, String user, String password, int poolSize) {
        return new JooqPersistence(new HikariDataSource(poolConfig(url, user, password, poolSize)), dialectOf(url), List.of());
    }

    /**
     * Over {@code dataSource} as it is, without a pool: each transaction opens and closes a connection of its own.
     * For a one-shot command on an embedded database, where opening a connection costs little and a pool's
     * classes and housekeeping thread cost start-up time. {@link #close} closes the data source if it can be closed.
     */
    public static JooqPersistence unpooled(DataSource dataSource, String url) {
        return new JooqPersistence(dataSource, dialectOf(url), List.of());
    }

    /** The pool {@link #open} uses, for callers that wrap or measure it. */
    public static HikariConfig poolConfig(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        config.setAutoCommit(true);
        config.setPoolName("programme-registry");
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(3_000);
        if (dialectOf(url) == SQLDialect.POSTGRES) {
            // the driver sends a JDBC batch of INSERTs as multi-row INSERTs: an import's rows in a few round trips
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return config;
    }

    public static SQLDialect dialectOf(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("unsupported database URL " + url + "; use jdbc:h2:... or jdbc:postgresql:...");
    }

    /** Creates or upgrades the schema; a current schema costs one query and no Flyway start-up. */
    public JooqPersistence migrate() {
        migrate(dataSource, dialect);
        return this;
    }

    /**
     * Creates or upgrades the schema of the database behind {@code dataSource}; a current schema costs one query and
     * no Flyway start-up. Needs no jOOQ, so a caller can run it on a thread of its own while it builds the rest.
     */
    public static void migrate(DataSource dataSource, SQLDialect dialect) {
        if (!schemaIsCurrent(dataSource)) {
            try {
                // the scripts of every database, then those of this one (db/vendor/h2 or db/vendor/postgresql)
                String vendor = dialect.family() == SQLDialect.H2 ? "h2" : "postgresql";
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                        .javaMigrations(new V4_2__Fill_search_index(), new V8_1__Fill_search_bitmaps()).load().migrate();
            } catch (RuntimeException e) {
                throw new RegistryUnavailableException("the database schema cannot be created or upgraded: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Rebuilds what H2's search derives from the stored rows, its bitmaps: after rows were loaded
     * around the adapter, by JDBC batches for example, which the adapter's writes would have kept
     * current. PostgreSQL derives nothing beyond the rows; there this does nothing.
     */
    public void rebuildSearchBitmaps() {
        if (dialect.family() == SQLDialect.H2) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                SearchBitmaps.rebuild(connection);
                connection.commit();
            } catch (SQLException e) {
                throw Jdbc.failure("rebuild of the search bitmaps", e);
            }
        }
    }

    /**
     * Whether the schema behind {@code dataSource} is at the current version: one query, no Flyway. A database that
     * cannot be reached is a {@link RegistryUnavailableException}; one without the schema is not current.
     */
    public static boolean schemaIsCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Flyway creates its table with quoted lower-case names; H2 keeps that case, PostgreSQL folds to it anyway
            String query = "select max(\"version\") from \"flyway_schema_history\" where \"success\"";
            try (ResultSet rs = statement.executeQuery(query)) {
                return rs.next() && SCHEMA_VERSION.equals(rs.getString(1));
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw new RegistryUnavailableException("the database cannot be reached: " + e.getMessage(), e);
            }
            return false;
        }
    }

    /**
     * Starts jOOQ now: its first use costs a new JVM about a quarter of a second of class
     * initialisation (the data types of every dialect it knows), which a command line can spend
     * on a thread of its own while it parses. Otherwise jOOQ starts when a statement first needs
     * it; a search never does.
     */
    public void startJooq() {
        transactions.startJooq();
    }

    /** Every output port of this adapter, for {@code ProgrammeRegistry.over(...)}. */
    public PersistencePorts ports() {
        return new PersistencePorts(programmes, organisations, events, auditLog, transactions);
    }

    public TransactionBoundary transactions() {
        return transactions;
    }

    public ProgrammeRepository programmes() {
        return programmes;
    }

    public OrganisationRepository organisations() {
        return organisations;
    }

    public EventRepository events() {
        return events;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

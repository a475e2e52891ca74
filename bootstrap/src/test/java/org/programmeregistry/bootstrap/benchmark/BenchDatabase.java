package org.programmeregistry.bootstrap.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.SQLDialect;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.adapters.persistence.jooq.observed.ObservedDataSource;
import org.programmeregistry.application.port.out.PersistencePorts;

/**
 * A database of its own for one benchmark: a fresh schema on the PostgreSQL server named by
 * {@code PROGRAMMES_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code PROGRAMMES_TEST_PG_USER} or postgres, password {@code PROGRAMMES_TEST_PG_PASSWORD}), or
 * an H2 file in a fresh folder (system property {@code bench.h2Options} is appended to its URL,
 * e.g. {@code ;QUERY_CACHE_SIZE=64}; {@code bench.pgOptions} to the PostgreSQL one, e.g.
 * {@code &prepareThreshold=0}). The pool is configured as {@link JooqPersistence#open} does;
 * {@link #close} drops the schema or deletes the folder, unless {@code bench.keep} is true or the
 * schema or folder was given ({@code bench.schema}, {@code bench.folder}: one kept earlier, reused as it is).
 */
final class BenchDatabase implements AutoCloseable {

    enum Kind {
        POSTGRES, H2
    }

    final Kind kind;
    final String url;
    final String user;
    final String password;
    final HikariDataSource dataSource;
    /** The persistence the measurements use: no ExecuteListener attached, as in production. */
    final JooqPersistence persistence;
    /** The same pool observed at the JDBC level, used only to learn every statement a use case sends (and, for searches, their plans). */
    final JooqPersistence observed;
    final SqlCapture capture = new SqlCapture();
    private final String schema;
    private final Path folder;

    private BenchDatabase(Kind kind, String url, String user, String password, String schema, Path folder, int poolSize) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.folder = folder;
        HikariConfig config = JooqPersistence.poolConfig(url, user, password, poolSize);
        config.setPoolName("benchmark");
        config.setConnectionTimeout(30_000);
        this.dataSource = new HikariDataSource(config);
        SQLDialect dialect = JooqPersistence.dialectOf(url);
        this.persistence = new JooqPersistence(dataSource, dialect, List.of()).migrate();
        this.observed = new JooqPersistence(ObservedDataSource.wrap(dataSource, capture), dialect, List.of());
    }

    static BenchDatabase create(Kind kind, String name, int poolSize) throws Exception {
        return create(kind, name, poolSize, "");
    }

    /** {@code h2Options} are appended to the H2 URL before those of {@code bench.h2Options}. */
    static BenchDatabase create(Kind kind, String name, int poolSize, String h2Options) throws Exception {
        if (kind == Kind.H2) {
            // bench.folder: an H2 folder kept by an earlier run (bench.keep), searched again without reloading
            String kept = System.getProperty("bench.folder");
            Path folder = kept != null ? Path.of(kept) : Files.createTempDirectory("programmes-bench-" + name + "-");
            String options = h2Options + System.getProperty("bench.h2Options", "");
            return new BenchDatabase(kind, "jdbc:h2:file:" + folder.resolve("registry") + options, "sa", "", null, folder, poolSize);
        }
        // bench.schema: a schema kept by an earlier run (bench.keep), migrated and searched again without reloading
        String given = System.getProperty("bench.schema");
        String schema = given != null ? given : ("bench_" + name + "_" + ProcessHandle.current().pid()).toLowerCase(Locale.ROOT);
        if (given == null) {
            try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword()); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
                s.execute("create schema " + schema);
            }
        }
        String url = pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema + System.getProperty("bench.pgOptions", "");
        return new BenchDatabase(kind, url, pgUser(), pgPassword(), schema, null, poolSize);
    }

    static String pgUrl() {
        return Optional.ofNullable(System.getenv("PROGRAMMES_TEST_PG_URL")).orElse("jdbc:postgresql://127.0.0.1:5432/test");
    }

    static String pgUser() {
        return Optional.ofNullable(System.getenv("PROGRAMMES_TEST_PG_USER")).orElse("postgres");
    }

    static String pgPassword() {
        return Optional.ofNullable(System.getenv("PROGRAMMES_TEST_PG_PASSWORD")).orElse("");
    }

    PersistencePorts ports(JooqPersistence p) {
        return p.ports();
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Runs statements outside any transaction (VACUUM refuses to run inside one). */
    void execute(String... statements) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Override
    public void close() throws Exception {
        dataSource.close();
        if (Boolean.getBoolean("bench.keep") || System.getProperty("bench.schema") != null || System.getProperty("bench.folder") != null) {
            System.out.println("bench.keep: kept " + (schema != null ? "schema " + schema : "folder " + folder) + "; drop it by hand");
            return;
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword()); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

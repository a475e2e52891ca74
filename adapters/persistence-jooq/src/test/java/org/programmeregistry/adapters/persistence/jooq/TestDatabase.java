package org.programmeregistry.adapters.persistence.jooq;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.programmeregistry.adapters.persistence.jooq.observed.ObservedDataSource;
import org.programmeregistry.application.port.out.PersistencePorts;

/**
 * A database of its own for one test class: an H2 file in a fresh folder, or a fresh schema on
 * the PostgreSQL server named by {@code PROGRAMMES_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code PROGRAMMES_TEST_PG_USER} or
 * postgres, password {@code PROGRAMMES_TEST_PG_PASSWORD}). An unreachable PostgreSQL skips
 * the class with a message, and fails it when {@code CI=true}.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    /** Child tables first, so rows can be deleted in this order. */
    static final List<String> TABLES = List.of("event_signature", "event_participant", "event_target_group", "event",
            "programme_search_text", "programme_organisation", "programme_sdg_target", "programme_deliverable", "programme_module", "programme_role",
            "programme_contribution", "programme_beneficiary", "programme", "office", "organisation", "audit_entry");

    private final SQLDialect dialect;
    private final SqlProgrammeSearch.Shortcuts shortcuts;
    private final FaultInjector faults = new FaultInjector();
    private JooqPersistence persistence;
    private String schema;
    private Path folder;

    private TestDatabase(SQLDialect dialect, SqlProgrammeSearch.Shortcuts shortcuts) {
        this.dialect = dialect;
        this.shortcuts = shortcuts;
    }

    static TestDatabase h2() {
        return new TestDatabase(SQLDialect.H2, SqlProgrammeSearch.Shortcuts.DEFAULT);
    }

    /** H2 where no search criterion counts as rare and no bitmap is read, so every search reads the programmes in id order. */
    static TestDatabase h2WithoutRareCriteria() {
        return new TestDatabase(SQLDialect.H2, SqlProgrammeSearch.Shortcuts.NONE);
    }

    /** H2 where every search with a criterion its bitmaps hold is answered through them, as several frequent criteria are. */
    static TestDatabase h2ThroughBitmaps() {
        return new TestDatabase(SQLDialect.H2, SqlProgrammeSearch.Shortcuts.BITMAPS);
    }

    /** H2 where every text search reads the programmes with a search word in their title first, through the bitmaps of the titles' words. */
    static TestDatabase h2TitledFirst() {
        return new TestDatabase(SQLDialect.H2, SqlProgrammeSearch.Shortcuts.TITLED_FIRST);
    }

    static TestDatabase postgres() {
        return new TestDatabase(SQLDialect.POSTGRES, SqlProgrammeSearch.Shortcuts.DEFAULT);
    }

    /** PostgreSQL where every search word its statistics do not know is broad, tested on the programmes in id order. */
    static TestDatabase postgresWithBroadWords() {
        return new TestDatabase(SQLDialect.POSTGRES, SqlProgrammeSearch.Shortcuts.BROAD_WORDS);
    }

    /** As {@link #postgresWithBroadWords}, the programmes with a search word in their title read first, through the title's GIN index. */
    static TestDatabase postgresWithBroadWordsFewTitles() {
        return new TestDatabase(SQLDialect.POSTGRES, SqlProgrammeSearch.Shortcuts.BROAD_WORDS_FEW_TITLES);
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

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String url;
        String user;
        String password;
        if (dialect == SQLDialect.H2) {
            folder = Files.createTempDirectory("programmes-h2-");
            url = "jdbc:h2:file:" + folder.resolve("registry") + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
        } else {
            schema = ("t_" + context.getRequiredTestClass().getSimpleName() + "_" + ProcessHandle.current().pid() + "_"
                    + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
            user = pgUser();
            password = pgPassword();
            try (Connection c = DriverManager.getConnection(pgUrl(), user, password); Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
            } catch (SQLException unreachable) {
                String message = "PostgreSQL at " + pgUrl() + " is unreachable (" + unreachable.getMessage() + ")";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(message + "; CI=true requires it", unreachable);
                }
                System.err.println("SKIPPED: " + message + "; the PostgreSQL tests of " + context.getRequiredTestClass().getSimpleName()
                        + " are skipped. Set PROGRAMMES_TEST_PG_URL (and _USER, _PASSWORD) to run them.");
                Assumptions.abort(message);
            }
            url = pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        // the production pool settings, with a listener that can fail the Nth statement
        com.zaxxer.hikari.HikariConfig config = JooqPersistence.poolConfig(url, user, password, 10);
        config.setConnectionTimeout(30_000);
        persistence = new JooqPersistence(ObservedDataSource.wrap(new com.zaxxer.hikari.HikariDataSource(config), faults), dialect,
                List.of(), shortcuts).migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (persistence != null) {
            persistence.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword()); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    JooqPersistence persistence() {
        return persistence;
    }

    FaultInjector faults() {
        return faults;
    }

    /** The ports over emptied tables. */
    PersistencePorts emptyPorts() {
        faults.disarm();
        try (Connection c = persistence.dataSource().getConnection(); Statement s = c.createStatement()) {
            if (dialect == SQLDialect.H2) {
                // H2's own search tables (db/vendor/h2)
                s.execute("delete from programme_search_word");
                s.execute("delete from programme_search_bits");
                s.execute("delete from programme_search_number");
            }
            for (String table : TABLES) {
                s.execute("delete from " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return persistence.ports();
    }

    /** Every row of every table, in a stable order: what "nothing was written" is checked against. */
    List<String> dump() {
        List<String> rows = new ArrayList<>();
        try (Connection c = persistence.dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>(TABLES);
            if (dialect == SQLDialect.H2) {
                tables.addAll(List.of("programme_search_word", "programme_search_bits", "programme_search_number"));
            } else {
                // PostgreSQL's own (db/vendor/postgresql/V9)
                tables.add("programme_search_starts");
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    List<String> tableRows = new ArrayList<>();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        tableRows.add(row.toString());
                    }
                    tableRows.sort(null);
                    rows.addAll(tableRows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}

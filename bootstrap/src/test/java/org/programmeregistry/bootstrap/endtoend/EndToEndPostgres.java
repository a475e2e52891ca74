package org.programmeregistry.bootstrap.endtoend;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the end-to-end tests (PROGRAMMES_TEST_PG_URL, default
 * 127.0.0.1:5432/test): schemas of their own, the program's environment for one, and the rule
 * that an unreachable server skips the test with a message, or fails it when CI=true.
 */
final class EndToEndPostgres {

    static final String URL = Optional.ofNullable(System.getenv("PROGRAMMES_TEST_PG_URL")).orElse("jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = Optional.ofNullable(System.getenv("PROGRAMMES_TEST_PG_USER")).orElse("postgres");
    static final String PASSWORD = Optional.ofNullable(System.getenv("PROGRAMMES_TEST_PG_PASSWORD")).orElse("");

    private EndToEndPostgres() {
    }

    /** A new, empty schema named {@code prefix} plus this process and a clock reading; skips or fails when the server is unreachable. */
    static String createSchema(String prefix) {
        String schema = prefix + "_" + ProcessHandle.current().pid() + "_" + Long.toString(System.nanoTime(), 36);
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException unreachable) {
            String message = "PostgreSQL at " + URL + " is unreachable (" + unreachable.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI=true requires it", unreachable);
            }
            System.err.println("SKIPPED: " + message + "; the end-to-end PostgreSQL test is skipped. Set PROGRAMMES_TEST_PG_URL to run it.");
            Assumptions.abort(message);
        }
        return schema;
    }

    static void dropSchema(String schema) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException ignored) {
            // unreachable: nothing was created
        }
    }

    static String urlOf(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The program's environment for {@code schema}. */
    static Map<String, String> env(String schema) {
        return Map.of("PROGRAMMES_DB", urlOf(schema), "PROGRAMMES_DB_USER", USER, "PROGRAMMES_DB_PASSWORD", PASSWORD);
    }

    static Connection connection() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}

package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packaged program against PostgreSQL, in a schema of its own. Skipped with a message
 * when the server (PROGRAMMES_TEST_PG_URL, default 127.0.0.1:5432/test) is unreachable;
 * failing instead when CI=true.
 */
class PostgresIT {

    private static final String URL = Optional.ofNullable(System.getenv("PROGRAMMES_TEST_PG_URL")).orElse("jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = Optional.ofNullable(System.getenv("PROGRAMMES_TEST_PG_USER")).orElse("postgres");
    private static final String PASSWORD = Optional.ofNullable(System.getenv("PROGRAMMES_TEST_PG_PASSWORD")).orElse("");
    private static final String SCHEMA = "e2e_" + ProcessHandle.current().pid() + "_" + Long.toString(System.nanoTime(), 36);

    @BeforeAll
    static void createSchema() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("create schema " + SCHEMA);
        } catch (SQLException unreachable) {
            String message = "PostgreSQL at " + URL + " is unreachable (" + unreachable.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI=true requires it", unreachable);
            }
            System.err.println("SKIPPED: " + message + "; the end-to-end PostgreSQL test is skipped. Set PROGRAMMES_TEST_PG_URL to run it.");
            Assumptions.abort(message);
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException ignored) {
            // unreachable: nothing was created
        }
    }

    private static Map<String, String> env() {
        return Map.of("PROGRAMMES_DB", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, "PROGRAMMES_DB_USER", USER,
                "PROGRAMMES_DB_PASSWORD", PASSWORD);
    }

    @Test
    @DisplayName("examples load, list and fact sheet on PostgreSQL; the password never appears in the output")
    void examplesOnPostgres() throws Exception {
        ProgrammesProcess.Result load = ProgrammesProcess.runJar(env(), "examples", "load");
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(ProgrammesProcess.runJar(env(), "programme", "list", "--territory", "CS").out()).contains("EC-CARDS-2002-2003-AMV", "1 of 1");
        ProgrammesProcess.Result sheet = ProgrammesProcess.runJar(env(), "programme", "factsheet", "EC-CARDS-2002-2003-AMV");
        assertThat(sheet.out()).contains("3) Visa Module - under the responsibility of ICMPD", "29/30 Sep 2005");
        ProgrammesProcess.Result again = ProgrammesProcess.runJar(env(), "examples", "load");
        assertThat(again.out()).contains("loaded 0 organisation(s) and 0 programme(s)");
    }
}

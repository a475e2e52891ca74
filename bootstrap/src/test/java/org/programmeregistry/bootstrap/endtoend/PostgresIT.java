package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packaged program against PostgreSQL, in a schema of its own. Skipped with a message
 * when the server (PROGRAMMES_TEST_PG_URL, default 127.0.0.1:5432/test) is unreachable;
 * failing instead when CI=true.
 */
class PostgresIT {

    private static String schema;

    @BeforeAll
    static void createSchema() {
        schema = EndToEndPostgres.createSchema("e2e");
    }

    @AfterAll
    static void dropSchema() {
        EndToEndPostgres.dropSchema(schema);
    }

    private static Map<String, String> env() {
        return EndToEndPostgres.env(schema);
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

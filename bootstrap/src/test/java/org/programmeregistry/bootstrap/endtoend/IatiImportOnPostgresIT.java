package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refusals of {@code programmes iati import} on PostgreSQL, in a schema of this class's own.
 * Skipped with a message when the server is unreachable; failing instead when CI=true.
 */
class IatiImportOnPostgresIT extends IatiImportThroughTheProgram {

    private static String schema;

    @TempDir
    Path folder;

    @BeforeAll
    static void seeds() throws Exception {
        schema = EndToEndPostgres.createSchema("e2e_iati");
        ProgrammesProcess.Result load = ProgrammesProcess.runJar(EndToEndPostgres.env(schema), "examples", "load");
        assertThat(load.code()).as(load.err()).isZero();
    }

    @AfterAll
    static void dropSchema() {
        EndToEndPostgres.dropSchema(schema);
    }

    @Override
    protected Map<String, String> env() {
        return EndToEndPostgres.env(schema);
    }

    @Override
    protected Path folder() {
        return folder;
    }
}

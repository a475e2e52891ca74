package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The refusals of {@code programmes iati import} on the embedded H2 database of a home of this class's own. */
class IatiImportOnEmbeddedIT extends IatiImportThroughTheProgram {

    @TempDir
    static Path home;

    @TempDir
    Path folder;

    @BeforeAll
    static void seeds() throws Exception {
        assertThat(ProgrammesProcess.runJar(Map.of("PROGRAMMES_HOME", home.toString()), "examples", "load").code()).isZero();
    }

    @Override
    protected Map<String, String> env() {
        return Map.of("PROGRAMMES_HOME", home.toString());
    }

    @Override
    protected Path folder() {
        return folder;
    }
}

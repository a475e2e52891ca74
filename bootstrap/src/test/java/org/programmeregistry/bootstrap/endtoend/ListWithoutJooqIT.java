package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: {@code programme list} is the command line's most common command, and the first use
 * of jOOQ costs a new JVM about a quarter of a second of class initialisation, so the search runs
 * as plain SQL and a list never initialises jOOQ's data types. Seen in the JVM's class-loading log.
 */
class ListWithoutJooqIT {

    private static final String JOOQ_DATA_TYPES = "org.jooq.impl.DefaultDataType ";

    @TempDir
    Path home;

    @Test
    void aProgrammeListNeverStartsJooqWhileAShowDoes() throws Exception {
        assertThat(ProgrammesProcess.runJar(Map.of("PROGRAMMES_HOME", home.toString()), "examples", "load").code()).isZero();

        String list = classesLoadedBy("programme", "list", "--text", "border", "--status", "CLOSED", "--active-on", "2010-01-01");
        String show = classesLoadedBy("programme", "show", "IOM-HU-IBM-2009");

        assertThat(show).as("the log sees jOOQ where a command uses it").contains(JOOQ_DATA_TYPES);
        assertThat(list).contains("org.programmeregistry.adapters.persistence.jooq.SqlProgrammeSearch ").doesNotContain(JOOQ_DATA_TYPES);
    }

    private String classesLoadedBy(String... command) throws Exception {
        Path log = Files.createTempFile(home, "classes", ".log");
        ProgrammesProcess.Result result = ProgrammesProcess.runJar(
                Map.of("PROGRAMMES_HOME", home.toString(), "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), command);
        assertThat(result.code()).as(result.err()).isZero();
        return Files.readString(log);
    }
}

package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** iati import and export through the packaged program; its refusals are in {@link IatiImportThroughTheProgram}. */
class IatiCommandIT {

    @TempDir
    Path folder;

    @Test
    @DisplayName("export the seeds, import them into a new registry, then again: created, then unchanged")
    void exportThenImport() throws Exception {
        Map<String, String> first = Map.of("PROGRAMMES_HOME", folder.resolve("first").toString());
        Map<String, String> second = Map.of("PROGRAMMES_HOME", folder.resolve("second").toString());
        assertThat(ProgrammesProcess.runJar(first, "examples", "load").code()).isZero();
        Path file = folder.resolve("seeds.xml");
        ProgrammesProcess.Result export = ProgrammesProcess.runJar(first, "iati", "export", "--reporting-org", "IOM", "--output",
                file.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("wrote 2 activities");
        assertThat(Files.readString(file)).doesNotContain("Head of delegation");

        ProgrammesProcess.Result imported = ProgrammesProcess.runJar(second, "iati", "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 activities read: 2 created, 0 updated, 0 unchanged, 0 refused");
        assertThat(imported.err()).isEmpty();
        ProgrammesProcess.Result again = ProgrammesProcess.runJar(second, "iati", "import", file.toString());
        assertThat(again.out()).contains("0 created, 0 updated, 2 unchanged");
        assertThat(ProgrammesProcess.runJar(second, "programme", "list", "--territory", "CS").out()).contains("EC-CARDS-2002-2003-AMV");
    }

    @Test
    @DisplayName("a hostile file exits 65 with a line and column; a missing file or a directory exits 66")
    void badFiles() throws Exception {
        Map<String, String> env = Map.of("PROGRAMMES_HOME", folder.resolve("home").toString());
        Path laughs = folder.resolve("laughs.xml");
        Files.writeString(laughs, "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
                + "<iati-activities version=\"2.03\">&lol2;</iati-activities>\n");
        ProgrammesProcess.Result hostile = ProgrammesProcess.runJar(env, "iati", "import", laughs.toString());
        assertThat(hostile.code()).isEqualTo(65);
        assertThat(hostile.err()).startsWith("error: not a readable IATI activity file").contains("line").doesNotContain("\tat ");
        ProgrammesProcess.Result missing = ProgrammesProcess.runJar(env, "iati", "import", folder.resolve("none.xml").toString());
        assertThat(missing.code()).isEqualTo(66);
        assertThat(missing.err()).contains("no such file");
        assertThat(ProgrammesProcess.runJar(env, "iati", "import", folder.toString()).code()).isEqualTo(66);
    }
}

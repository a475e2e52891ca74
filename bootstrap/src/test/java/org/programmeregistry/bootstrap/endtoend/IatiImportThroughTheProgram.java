package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The refusals of an IATI import through {@code programmes iati import}, on one store: exit 65,
 * the rule id on standard error, and the programme as it was. Each store's test class hands
 * over the program's environment for a registry of its own, loaded with the seeds.
 * The same cases run through the use case, on every adapter, in {@code ImportContract}.
 */
abstract class IatiImportThroughTheProgram {

    private static final String IBM = "IOM-HU-IBM-2009";

    /** The program's environment for this class's registry, which holds the seeds. */
    protected abstract Map<String, String> env();

    /** A folder of this test's own, for files. */
    protected abstract Path folder();

    private ProgrammesProcess.Result run(String... args) throws Exception {
        return ProgrammesProcess.runJar(env(), args);
    }

    private String shown(String id) throws Exception {
        ProgrammesProcess.Result show = run("programme", "show", id, "--format", "json");
        assertThat(show.code()).as(show.err()).isZero();
        return show.out();
    }

    private Path exported(String id, String name) throws Exception {
        Path file = folder().resolve(name);
        ProgrammesProcess.Result export = run("iati", "export", "--programme", id, "--reporting-org", "IOM", "--output", file.toString());
        assertThat(export.code()).as(export.err()).isZero();
        return file;
    }

    private static Path edited(Path file, String from, String to) throws Exception {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml).contains(from);
        return Files.writeString(file, xml.replace(from, to), StandardCharsets.UTF_8);
    }

    /** An activity of IOM's as a file gives it: AL and MK its beneficiaries, EC its donor. */
    private Path activityFile(String name, String identifier, String status, String actualDates) throws Exception {
        return Files.writeString(folder().resolve(name), """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                 <iati-activity>
                  <iati-identifier>%s</iati-identifier>
                  <reporting-org ref="XM-DAC-47066" type="40"><narrative>International Organization for Migration</narrative></reporting-org>
                  <title><narrative>Labour migration in the Western Balkans</narrative></title>
                  <description><narrative>Regional dialogue on labour migration.</narrative></description>
                  <participating-org ref="XM-DAC-47066" role="2" type="40"><narrative>International Organization for Migration</narrative></participating-org>
                  <participating-org ref="XI-IATI-EC_NEAR" role="1" type="15"><narrative>European Commission</narrative></participating-org>
                  <activity-status code="%s"/>
                  <activity-date type="1" iso-date="2010-01-01"/>
                  <activity-date type="3" iso-date="2012-12-31"/>
                  %s
                  <recipient-country code="AL" percentage="50"/>
                  <recipient-country code="MK" percentage="50"/>
                 </iati-activity>
                </iati-activities>
                """.formatted(identifier, status, actualDates), StandardCharsets.UTF_8);
    }

    /** A new programme {@code id} created by importing its activity. */
    private void createdFromFile(String id, String name, String status, String actualDates) throws Exception {
        ProgrammesProcess.Result created = run("iati", "import", activityFile(name, id, status, actualDates).toString());
        assertThat(created.out()).as(created.err()).contains("1 created");
    }

    private void refusedAsItWas(String id, Path file, String rule) throws Exception {
        String before = shown(id);
        ProgrammesProcess.Result imported = run("iati", "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isEqualTo(65);
        assertThat(imported.err()).contains(id + ": [" + rule + "]", "nothing was imported").doesNotContain("\tat ");
        assertThat(shown(id)).isEqualTo(before);
    }

    @Test
    @DisplayName("P4 a file that reopens and retitles the closed IBM programme exits 65 naming P4, its dry run too; the programme is as it was")
    void reopeningAClosedProgrammeIsRefused() throws Exception {
        Path file = edited(exported(IBM, "reopened.xml"), "<activity-status code=\"4\"/>", "<activity-status code=\"2\"/>");
        edited(file, "Integrated Border Management", "Integrated Border Management, reopened");
        ProgrammesProcess.Result dry = run("iati", "import", "--dry-run", file.toString());
        assertThat(dry.code()).as(dry.err()).isEqualTo(65);
        assertThat(dry.err()).contains(IBM + ": [P4]", "nothing would be imported: 1 of 1 activities breaks a rule");
        refusedAsItWas(IBM, file, "P4");
    }

    @Test
    @DisplayName("P4 the closed IBM programme's own export imports as unchanged")
    void closedProgrammeAsStoredIsUnchanged() throws Exception {
        String before = shown(IBM);
        ProgrammesProcess.Result imported = run("iati", "import", exported(IBM, "as-stored.xml").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 activities read: 0 created, 0 updated, 1 unchanged, 0 refused");
        assertThat(shown(IBM)).isEqualTo(before);
    }

    @Test
    @DisplayName("E4 a file without Albania, whose delegation comes to the programme's seminar, exits 65 naming E4; the programme is as it was")
    void beneficiaryWithADelegationStays() throws Exception {
        String id = "XM-DAC-47066-LABOUR-3";
        String started = "<activity-date type=\"2\" iso-date=\"2010-02-01\"/>";
        createdFromFile(id, "started-3.xml", "2", started);
        ProgrammesProcess.Result seminar = run("event", "schedule", id, "--title", "Regional seminar", "--kind", "SEMINAR", "--city",
                "Skopje", "--territory", "MK", "--start", "2011-03-01");
        assertThat(seminar.code()).as(seminar.err()).isZero();
        ProgrammesProcess.Result delegation = run("event", "delegation", id, "1", "--territory", "AL", "--name", "Head of delegation",
                "--position", "Head of delegation", "--institution", "Ministry of Interior of Albania");
        assertThat(delegation.code()).as(delegation.err()).isZero();
        Path withoutAlbania = edited(activityFile("without-albania-3.xml", id, "2", started),
                "<recipient-country code=\"AL\" percentage=\"50\"/>", "");
        refusedAsItWas(id, edited(withoutAlbania, "percentage=\"50\"", "percentage=\"100\""), "E4");
    }

    @Test
    @DisplayName("P4 P5 a file takes a programme from the pipeline to closed through every step when it gives every date")
    void pipelineToClosedWithEveryDate() throws Exception {
        String id = "XM-DAC-47066-LABOUR-1";
        createdFromFile(id, "pipeline-1.xml", "1", "");
        assertThat(shown(id)).containsPattern("\"status\"\\s*:\\s*\"PIPELINE\"");
        ProgrammesProcess.Result closed = run("iati", "import", activityFile("closed-1.xml", id, "4",
                "<activity-date type=\"2\" iso-date=\"2010-02-01\"/><activity-date type=\"4\" iso-date=\"2012-11-30\"/>").toString());
        assertThat(closed.code()).as(closed.err()).isZero();
        assertThat(closed.out()).contains("0 created, 1 updated");
        assertThat(shown(id)).containsPattern("\"status\"\\s*:\\s*\"CLOSED\"");
    }

    @Test
    @DisplayName("P5 a file that closes a programme in the pipeline without its actual end exits 65 naming P5; it stays in the pipeline")
    void closingWithoutActualEndIsRefused() throws Exception {
        String id = "XM-DAC-47066-LABOUR-2";
        createdFromFile(id, "pipeline-2.xml", "1", "");
        refusedAsItWas(id, activityFile("closed-2.xml", id, "4", "<activity-date type=\"2\" iso-date=\"2010-02-01\"/>"), "P5");
        assertThat(shown(id)).containsPattern("\"status\"\\s*:\\s*\"PIPELINE\"");
    }
}

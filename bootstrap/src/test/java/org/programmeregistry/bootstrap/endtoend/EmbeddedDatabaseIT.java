package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged program on a fresh PROGRAMMES_HOME, as a newcomer runs it. */
class EmbeddedDatabaseIT {

    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("PROGRAMMES_HOME", home.toString());
    }

    @Test
    @DisplayName("the launcher loads the examples into a new embedded database and prints both fact sheets")
    void newcomerQuickStart() throws Exception {
        ProgrammesProcess.Result load = ProgrammesProcess.runLauncher(env(), "examples", "load");
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out()).contains("loaded 9 organisation(s) and 2 programme(s)");
        assertThat(Files.list(home).map(p -> p.getFileName().toString())).contains("registry.mv.db");

        ProgrammesProcess.Result list = ProgrammesProcess.runLauncher(env(), "programme", "list");
        assertThat(list.out()).contains("IOM-HU-IBM-2009", "EC-CARDS-2002-2003-AMV", "2 of 2 programme(s)");
        assertThat(list.err()).isEmpty();

        ProgrammesProcess.Result ibm = ProgrammesProcess.runLauncher(env(), "programme", "factsheet", "IOM-HU-IBM-2009");
        assertThat(ibm.out()).contains("Geographical Coverage: Hungary coordinating IOM Mission", "Kosovo under UNSCR 1244",
                "Duration: 15 Jun 2009 - 14 Jun 2011", "Donor: EC IPA Regional Programme 2007, Government of the Netherlands", "Status: Completed");
        ProgrammesProcess.Result cards = ProgrammesProcess.runLauncher(env(), "programme", "factsheet", "EC-CARDS-2002-2003-AMV");
        assertThat(cards.out()).contains("Final Consultation Event of the Migration Module, Vienna (Austria), 29/30 Sep 2005",
                "Serbia and Montenegro: the head of delegation signed deliverable 6");
        assertThat(ibm.err() + cards.err()).isEmpty();
    }

    @Test
    @DisplayName("a second examples load changes nothing, and a broken rule exits 65 with one line and no stack trace")
    void idempotentLoadAndErrors() throws Exception {
        assertThat(ProgrammesProcess.runJar(env(), "examples", "load").code()).isZero();
        String before = ProgrammesProcess.runJar(env(), "programme", "audit", "EC-CARDS-2002-2003-AMV").out();
        ProgrammesProcess.Result again = ProgrammesProcess.runJar(env(), "examples", "load");
        assertThat(again.out()).contains("loaded 0 organisation(s) and 0 programme(s); 11 already registered");
        assertThat(ProgrammesProcess.runJar(env(), "programme", "audit", "EC-CARDS-2002-2003-AMV").out()).isEqualTo(before);

        ProgrammesProcess.Result refused = ProgrammesProcess.runJar(env(), "programme", "beneficiary", "IOM-HU-IBM-2009", "--add", "AL");
        assertThat(refused.code()).isEqualTo(65);
        assertThat(refused.err()).isEqualTo("error: [P4] programme IOM-HU-IBM-2009 is CLOSED and therefore read-only\n");
        assertThat(refused.out()).isEmpty();

        ProgrammesProcess.Result usage = ProgrammesProcess.runJar(env(), "programme", "nonsense");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(ProgrammesProcess.runJar(env(), "--version").out()).startsWith("programmes 0.1.0-SNAPSHOT");
    }

    @Test
    @DisplayName("the actor recorded in the audit trail is the operating-system user unless --actor is given")
    void actor() throws Exception {
        ProgrammesProcess.runJar(env(), "organisation", "add", "EC", "--name", "European Commission", "--type", "OTHER_PUBLIC_SECTOR");
        ProgrammesProcess.runJar(env(), "programme", "register", "P-1", "--title", "Programme", "--planned-start", "2020-01-01");
        ProgrammesProcess.runJar(env(), "programme", "fund", "P-1", "--donor", "EC", "--actor", "officer.jane");
        String audit = ProgrammesProcess.runJar(env(), "programme", "audit", "P-1", "--format", "csv").out();
        assertThat(audit).contains("," + System.getProperty("user.name") + ",programme,P-1,registered,").contains(",officer.jane,programme,P-1,contribution recorded,");
    }

    @Test
    @DisplayName("an unreachable database exits 69 with one line")
    void unreachableDatabase() throws Exception {
        ProgrammesProcess.Result result = ProgrammesProcess.runJar(Map.of("PROGRAMMES_DB", "jdbc:postgresql://127.0.0.1:1/none",
                "PROGRAMMES_DB_USER", "nobody"), "programme", "list");
        assertThat(result.code()).isEqualTo(69);
        assertThat(result.err()).startsWith("error: ").doesNotContain("\tat ");
        assertThat(result.err().lines()).hasSize(1);
    }
}

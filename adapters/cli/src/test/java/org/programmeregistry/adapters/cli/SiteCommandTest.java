package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;

/** {@code site} and {@code programme factsheet --format html} hand their work to the site publisher the composition root gives. */
class SiteCommandTest {

    /** Records what it was asked for; writes nothing. */
    static final class RecordingPublisher implements SitePublisher {
        final List<String> calls = new ArrayList<>();

        @Override
        public Published publish(Path folder, List<String> programmeIds, boolean withNames, Consumer<String> progress) {
            calls.add("publish " + folder + " " + programmeIds + " names=" + withNames);
            return new Published(folder.resolve("index.html"), programmeIds.isEmpty() ? 2 : programmeIds.size(), 9);
        }

        @Override
        public String factSheetPage(FactSheetQuery.FactSheet sheet, boolean withNames) {
            calls.add("page " + sheet.programme().id() + " names=" + withNames);
            return "<!DOCTYPE html><title>" + sheet.programme().id() + "</title>\n";
        }
    }

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final Cli cli = new Cli(publisher);

    @BeforeEach
    void loadExamples() {
        cli.ok("examples", "load");
    }

    @Test
    @DisplayName("site --output DIR publishes every programme and says where the index is")
    void publishesEverything() {
        String out = cli.ok("site", "--output", "out/site");
        assertThat(publisher.calls).containsExactly("publish out/site [] names=false");
        assertThat(out).isEqualTo("wrote 9 pages for 2 programme(s); open out/site/index.html\n");
    }

    @Test
    @DisplayName("site --programme ID ... --with-names publishes those programmes, naming people")
    void publishesTheNamedProgrammes() {
        cli.ok("site", "--output", "s", "--programme", "IOM-HU-IBM-2009", "--programme", "EC-CARDS-2002-2003-AMV", "--with-names");
        assertThat(publisher.calls).containsExactly("publish s [IOM-HU-IBM-2009, EC-CARDS-2002-2003-AMV] names=true");
    }

    @Test
    @DisplayName("site without --output is a usage error")
    void outputIsRequired() {
        assertThat(cli.run("site").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(publisher.calls).isEmpty();
    }

    @Test
    @DisplayName("programme factsheet --format html prints the publisher's page of the fact sheet the query returns")
    void factSheetAsHtml() {
        assertThat(cli.ok("programme", "factsheet", "IOM-HU-IBM-2009", "--format", "html"))
                .isEqualTo("<!DOCTYPE html><title>IOM-HU-IBM-2009</title>\n");
        assertThat(publisher.calls).containsExactly("page IOM-HU-IBM-2009 names=false");
    }

    @Test
    @DisplayName("programme factsheet of an unknown programme exits 65 before any page is made")
    void unknownProgramme() {
        Cli.Result result = cli.run("programme", "factsheet", "NOPE", "--format", "html");
        assertThat(result.code()).isEqualTo(ExitCodes.DATA);
        assertThat(publisher.calls).isEmpty();
    }

    @Test
    @DisplayName("programme factsheet takes no csv")
    void noCsvFactSheet() {
        assertThat(cli.run("programme", "factsheet", "IOM-HU-IBM-2009", "--format", "csv").code()).isEqualTo(ExitCodes.USAGE);
    }
}

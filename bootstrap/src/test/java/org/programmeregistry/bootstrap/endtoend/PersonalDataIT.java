package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.adapters.cli.CommandFactory;
import org.programmeregistry.adapters.cli.ProgrammesCommand;
import picocli.CommandLine;

/**
 * A participant's name is shown by 'event show' and kept in the database, and appears nowhere
 * else: not in any other command's output or errors, not in what the program logs on standard
 * error, not in the audit trail, not in an IATI export or the web site. Every command of the command line runs
 * at least once, on the seeds and on a programme whose event the person attends.
 */
class PersonalDataIT {

    private static final String NAME = "Zzyzx Quux";
    private static final String P = "PD-1";

    @TempDir
    Path folder;

    private static final List<String> LEAVES = leafCommands();

    private final List<String> ran = new ArrayList<>();

    @Test
    @DisplayName("a participant's name appears only in event show and in the database")
    void theNameStaysWhereItBelongs() throws Exception {
        Map<String, String> env = Map.of("PROGRAMMES_HOME", folder.resolve("home").toString());
        Path export = folder.resolve("export.xml");
        quiet(env, 0, "examples", "load");
        quiet(env, 0, "organisation", "add", "PDORG", "--name", "Personal Data Office", "--type", "GOVERNMENT");
        quiet(env, 0, "organisation", "office", "PDORG", "--territory", "AL", "--since", "2000-01-01");
        quiet(env, 0, "programme", "register", P, "--title", "Personal data", "--summary", "Whose data stays out of exports", "--planned-start", "2020-01-01", "--planned-end", "2022-12-31");
        quiet(env, 0, "programme", "beneficiary", P, "--add", "AL");
        quiet(env, 0, "programme", "beneficiary", P, "--add", "BA");
        quiet(env, 0, "programme", "fund", P, "--donor", "EC", "--instrument", "IPA", "--amount", "1000", "--currency", "EUR");
        quiet(env, 0, "programme", "role", P, "--organisation", "PDORG", "--role", "ACCOUNTABLE");
        quiet(env, 0, "programme", "office", P, "--organisation", "PDORG", "--territory", "AL");
        quiet(env, 0, "programme", "module", P, "--add", "1", "--name", "Borders", "--lead", "IOM");
        quiet(env, 0, "programme", "module", P, "--add", "2", "--name", "Visas", "--lead", "IOM");
        quiet(env, 0, "programme", "module", P, "--remove", "2");
        quiet(env, 0, "programme", "deliverable", P, "--title", "National strategy", "--territory", "AL");
        quiet(env, 0, "programme", "sdg", P, "10.7");
        quiet(env, 0, "programme", "start", P, "--on", "2020-01-01");
        quiet(env, 0, "event", "schedule", P, "--title", "Consultation", "--city", "Tirana", "--territory", "AL", "--start", "2021-03-01",
                "--module", "1");
        quiet(env, 0, "event", "delegation", P, "1", "--territory", "AL", "--name", "Head of delegation AL", "--position", "Head of delegation");
        quiet(env, 0, "event", "participant", P, "1", "--territory", "AL", "--name", NAME, "--position", "Official", "--institution", "Ministry");

        assertThat(run(env, "event", "show", P, "1").out()).contains(NAME);
        assertThat(run(env, "event", "show", P, "1", "--format", "json").out()).contains(NAME);

        // refusals that concern the person
        quiet(env, 65, "event", "participant", P, "1", "--territory", "AL", "--name", NAME);
        quiet(env, 65, "event", "participant", P, "1", "--territory", "BA", "--name", NAME);
        quiet(env, 65, "event", "delegation", P, "1", "--territory", "AL", "--name", NAME);
        quiet(env, 65, "event", "sign", P, "1", "--deliverable", "1", "--territory", "AL");
        // everything else
        for (String format : List.of("text", "json", "csv")) {
            quiet(env, 0, "event", "list", P, "--format", format);
            quiet(env, 0, "programme", "list", "--format", format);
            quiet(env, 0, "organisation", "list", "--format", format);
            quiet(env, 0, "territory", "list", "--on", "2021-03-01", "--format", format);
        }
        for (String format : List.of("text", "json")) {
            quiet(env, 0, "programme", "show", P, "--format", format);
            quiet(env, 0, "programme", "factsheet", P, "--format", format);
            quiet(env, 0, "programme", "portfolio", "--format", format);
            quiet(env, 0, "organisation", "show", "PDORG", "--format", format);
            quiet(env, 0, "territory", "show", "AL", "--format", format);
        }
        quiet(env, 0, "programme", "audit", P);
        quiet(env, 0, "programme", "revise", P, "--title", "Personal data, revised", "--summary", "Whose data stays out of exports");
        quiet(env, 0, "programme", "reschedule", P, "--planned-start", "2020-01-01", "--planned-end", "2023-12-31", "--actual-start",
                "2020-01-01");
        quiet(env, 0, "programme", "beneficiary", P, "--remove", "BA");
        quiet(env, 0, "event", "held", P, "1");
        quiet(env, 0, "event", "sign", P, "1", "--deliverable", "1", "--territory", "AL");
        quiet(env, 0, "event", "schedule", P, "--title", "Second", "--city", "Tirana", "--territory", "AL", "--start", "2021-05-01");
        quiet(env, 0, "event", "cancel", P, "2");
        quiet(env, 0, "programme", "suspend", P);
        quiet(env, 0, "programme", "resume", P);
        quiet(env, 0, "programme", "finalise", P, "--on", "2022-12-31");
        quiet(env, 0, "programme", "close", P);
        quiet(env, 0, "programme", "register", "PD-2", "--title", "Cancelled", "--summary", "Cancelled before it began", "--planned-start", "2020-01-01");
        quiet(env, 0, "programme", "cancel", "PD-2");
        quiet(env, 0, "programme", "audit", P);
        quiet(env, 0, "iati", "export", "--reporting-org", "IOM", "--output", export.toString());
        assertThat(Files.readString(export, StandardCharsets.UTF_8)).doesNotContain("Zzyzx");
        quiet(Map.of("PROGRAMMES_HOME", folder.resolve("other").toString()), 0, "iati", "import", export.toString());
        Path site = folder.resolve("site");
        quiet(env, 0, "site", "--output", site.toString());
        quiet(env, 0, "programme", "factsheet", P, "--format", "html");
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(page, StandardCharsets.UTF_8)).as(page.toString()).doesNotContain("Zzyzx");
            }
        }
        quiet(env, 0, "completion");
        quiet(env, 0, "help", "event");
        quiet(env, 0, "--version");

        assertThat(Files.readAllBytes(folder.resolve("home").resolve("registry.mv.db"))).as("the database keeps the name")
                .containsSubsequence(NAME.getBytes(StandardCharsets.UTF_8));
        assertThat(new TreeSet<>(ran)).as("commands run").containsAll(LEAVES);
    }

    /** Runs a command that must end with {@code code} and must not name the person. */
    private void quiet(Map<String, String> env, int code, String... args) throws Exception {
        ProgrammesProcess.Result result = run(env, args);
        assertThat(result.code()).as("%s: %s", List.of(args), result.err()).isEqualTo(code);
        assertThat(result.out() + result.err()).as("what %s prints", List.of(args)).doesNotContain("Zzyzx");
    }

    private ProgrammesProcess.Result run(Map<String, String> env, String... args) throws Exception {
        String command = args.length > 1 && LEAVES.contains(args[0] + " " + args[1]) ? args[0] + " " + args[1] : args[0];
        ran.add(command);
        return ProgrammesProcess.runJar(env, args);
    }

    private static List<String> leafCommands() {
        List<String> leaves = new ArrayList<>();
        new CommandLine(ProgrammesCommand.class, new CommandFactory()).getSubcommands().forEach((name, command) -> {
            if (command.getSubcommands().isEmpty()) {
                leaves.add(name);
            } else {
                command.getSubcommands().keySet().forEach(sub -> leaves.add(name + " " + sub));
            }
        });
        return leaves;
    }
}

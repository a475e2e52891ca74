package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.RegistryUnavailableException;
import org.programmeregistry.application.port.in.programme.FindProgrammeQuery;
import picocli.CommandLine;

/** Help, version, examples, territories, and the exit codes of every kind of failure. */
class GeneralCommandTest {

    private final Cli cli = new Cli();

    @Test
    @DisplayName("every command has --help, which exits 0")
    void helpEverywhere() {
        CommandLine root = ProgrammesCommand.commandLine(options -> null, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()));
        List<List<String>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(35);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Cli.Result result = cli.run(args.toArray(String[]::new));
            assertThat(result.code()).as("%s", args).isZero();
            assertThat(result.out()).as("%s", args).contains("Usage:");
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> longer = new ArrayList<>(path);
                longer.add(name);
                collect(sub, longer, paths);
            }
        });
    }

    @Test
    @DisplayName("--version prints the program and its version")
    void version() {
        assertThat(cli.ok("--version")).startsWith("programmes ");
    }

    @Test
    @DisplayName("no command, or an unknown one, is a usage error: exit 2")
    void usage() {
        Cli.Result none = cli.run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("error: name a command, e.g. 'programmes programme list'\nsee 'programmes --help'\n");
        Cli.Result unknown = cli.run("programme", "frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
    }

    @Test
    @DisplayName("examples load twice: the second run changes nothing")
    void examplesIdempotent() {
        assertThat(cli.ok("examples", "load")).contains("loaded 9 organisation(s) and 2 programme(s)");
        int audit = cli.registry.queries().trailOf("EC-CARDS-2002-2003-AMV").size();
        String before = cli.ok("programme", "factsheet", "EC-CARDS-2002-2003-AMV", "--format", "json");
        assertThat(cli.ok("examples", "load")).contains("loaded 0 organisation(s) and 0 programme(s); 11 already registered");
        assertThat(cli.registry.queries().trailOf("EC-CARDS-2002-2003-AMV")).hasSize(audit);
        assertThat(cli.ok("programme", "factsheet", "EC-CARDS-2002-2003-AMV", "--format", "json")).isEqualTo(before);
    }

    @Test
    @DisplayName("examples load from a folder that does not exist: exit 66")
    void missingFolder() {
        Cli.Result result = cli.run("examples", "load", "--from", "/nonexistent/examples");
        assertThat(result.code()).isEqualTo(66);
        assertThat(result.err()).isEqualTo("error: cannot read /nonexistent/examples/organisations.json: no such file\n");
    }

    @Test
    @DisplayName("examples load from a malformed file: exit 65")
    void malformedFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("organisations.json"), "{ \"organisations\": [ { \"acronym\": ");
        Cli.Result result = cli.run("examples", "load", "--from", folder.toString());
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).startsWith("error: the example file organisations.json is malformed");
    }

    @Test
    @DisplayName("T1 territory show names a territory as on the day asked about; list --on the territories of that day")
    void territories() {
        assertThat(cli.ok("territory", "show", "MK", "--on", "2010-01-01")).contains("MK on 2010-01-01: The former Yugoslav Republic of Macedonia");
        assertThat(cli.ok("territory", "show", "MK", "--on", "2020-01-01")).contains("North Macedonia");
        assertThat(cli.ok("territory", "show", "CS", "--on", "2007-01-01")).contains("did not exist");
        assertThat(cli.ok("territory", "list", "--on", "2005-09-29")).contains("CS  Serbia and Montenegro").doesNotContain("RS  Serbia\n");
        assertThat(cli.ok("territory", "list", "--on", "2007-01-01")).contains("RS  Serbia").doesNotContain("CS  ");
        assertThat(cli.ok("territory", "list", "--format", "csv")).startsWith("code,name,kind");
        assertThat(cli.ok("territory", "show", "XK", "--format", "json")).contains("\"kind\" : \"USER_ASSIGNED\"");
        Cli.Result unknown = cli.run("territory", "show", "QQ");
        assertThat(unknown.code()).isEqualTo(65);
        assertThat(unknown.err()).contains("territory QQ is not registered");
    }

    private static Cli failingWith(RuntimeException failure) {
        return new Cli(options -> new InputPorts() {
            @Override
            public <T> T get(Class<T> port) {
                if (failure instanceof RegistryUnavailableException) {
                    throw failure;
                }
                FindProgrammeQuery query = id -> {
                    throw failure;
                };
                return port.cast(query);
            }
        });
    }

    @Test
    @DisplayName("an unreachable database: exit 69 with what to check")
    void unavailable() {
        Cli.Result result = failingWith(new RegistryUnavailableException("the database cannot be reached: Connection refused", null))
                .run("programme", "show", "X");
        assertThat(result.code()).isEqualTo(69);
        assertThat(result.err()).startsWith("error: the database cannot be reached: Connection refused; check --db");
    }

    @Test
    @DisplayName("a concurrent change: exit 75, run it again")
    void concurrentChange() {
        Cli.Result result = failingWith(new ConcurrentChangeException("programme X")).run("programme", "show", "X");
        assertThat(result.code()).isEqualTo(75);
        assertThat(result.err()).contains("nothing was written, run it again");
    }

    @Test
    @DisplayName("a defect: exit 1, no stack trace unless --debug")
    void defect() {
        Cli failing = failingWith(new IllegalStateException("boom"));
        Cli.Result plain = failing.run("programme", "show", "X");
        assertThat(plain.code()).isEqualTo(1);
        assertThat(plain.err()).startsWith("error: IllegalStateException: boom").contains("--debug").doesNotContain("\tat ");
        Cli.Result debug = failing.run("programme", "show", "X", "--debug");
        assertThat(debug.code()).isEqualTo(1);
        assertThat(debug.err()).contains("\tat ");
    }
}

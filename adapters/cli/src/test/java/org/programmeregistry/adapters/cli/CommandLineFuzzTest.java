package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.application.port.in.programme.SearchProgrammesQuery;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import picocli.CommandLine;

/**
 * The command line given arbitrary argument lists, on the seeds in memory: it ends with a
 * documented exit code, prints no stack trace without --debug, and a refused command changes
 * nothing. Arguments are drawn from the commands' own names and options, values that mean
 * something to the registry, and arbitrary strings. Commands that read or write files given
 * on the line (iati, examples --from) are left out: a fuzzer must not write to the disk.
 */
class CommandLineFuzzTest {

    private static final List<Integer> DOCUMENTED = List.of(0, 2, 65, 66, 69, 75);
    private static final List<String> VALUES = List.of("IOM-HU-IBM-2009", "EC-CARDS-2002-2003-AMV", "NOPE", "iom-hu-ibm-2009", "1", "2",
            "0", "-1", "6", "AL", "CS", "XK", "MK", "ZZ", "Serbia", "EC", "IOM", "UNHCR", "NL-GOV", "2005-09-29", "2009-06-15",
            "2011-06-14", "2030-02-30", "1,000", "1500000.00", "EUR", "XXX", "10.7", "99.9", "json", "csv", "text", "STRATEGY",
            "NATIONAL", "REGIONAL", "--debug", "--help", "-V", "", " ", "'", "\"", "a/b", "../x", "%s", "${env:HOME}");

    private static final List<String> WORDS = vocabulary();

    private final Cli cli = seeded();

    /** A few seconds of fuzzing in every 'mvn verify'. */
    @FuzzTest(maxDuration = "10s")
    void everyArgumentListEndsWithADocumentedCodeAndRefusalsChangeNothing(FuzzedDataProvider data) {
        check(data);
    }

    /** The long run of docs/quality.md: mvn -P fuzz -pl adapters/cli -am verify. */
    @Tag("long-fuzz")
    @FuzzTest(maxDuration = "5m")
    void everyArgumentListEndsWithADocumentedCodeAndRefusalsChangeNothingForLong(FuzzedDataProvider data) {
        check(data);
    }

    private void check(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>();
        int count = data.consumeInt(0, 8);
        for (int i = 0; i < count; i++) {
            args.add(data.consumeBoolean() ? WORDS.get(data.consumeInt(0, WORDS.size() - 1)) : data.consumeString(24));
        }
        if (args.stream().anyMatch(a -> a.equals("iati") || a.equals("examples") || a.startsWith("--from") || a.startsWith("--output"))) {
            return;
        }
        String before = state();
        Cli.Result result = cli.run(args.toArray(String[]::new));

        assertThat(DOCUMENTED).as("exit code of %s: %s", args, result.err()).contains(result.code());
        if (args.stream().noneMatch(a -> a.equals("--debug"))) {
            assertThat(result.err()).as("standard error of %s", args).doesNotContain("\tat ").doesNotContain("Exception in thread");
        }
        if (result.code() != 0) {
            assertThat(state()).as("the registry after the refused %s", args).isEqualTo(before);
        }
    }

    /** Everything the registry holds, as its queries show it (asked directly: the command line is slow to build). */
    private String state() {
        TestRegistry registry = cli.registry;
        StringBuilder state = new StringBuilder(registry.organisations().all().toString());
        for (ProgrammeSummary programme : registry.queries().search(SearchProgrammesQuery.Criteria.everything()).items()) {
            state.append(registry.queries().find(programme.id()))
                    .append(registry.queries().eventsOf(programme.id()))
                    .append(registry.queries().trailOf(programme.id()));
        }
        return state.toString();
    }

    private static Cli seeded() {
        Cli cli = new Cli();
        cli.ok("examples", "load");
        return cli;
    }

    /** Every command name and option name of the command line, then the values. */
    private static List<String> vocabulary() {
        TreeSet<String> words = new TreeSet<>();
        collect(new CommandLine(ProgrammesCommand.class, new CommandFactory()), words);
        List<String> all = new ArrayList<>(words);
        all.addAll(VALUES);
        return List.copyOf(all);
    }

    private static void collect(CommandLine command, TreeSet<String> words) {
        words.add(command.getCommandName());
        command.getCommandSpec().options().forEach(option -> words.addAll(List.of(option.names())));
        command.getSubcommands().values().forEach(sub -> collect(sub, words));
    }
}

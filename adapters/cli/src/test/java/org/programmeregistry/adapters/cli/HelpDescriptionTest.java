package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command line explains itself: every command, option and positional parameter has a description in --help. */
class HelpDescriptionTest {

    @Test
    @DisplayName("every command, option and positional parameter of the whole command tree has a description")
    void everythingDescribed() {
        CommandLine root = ProgrammesCommand.commandLine(options -> null, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> undescribed = new ArrayList<>();
        int[] checked = {0};
        walk(root, undescribed, checked);
        assertThat(checked[0]).as("commands, options and parameters checked").isGreaterThan(200);
        assertThat(undescribed).as("without a description in --help").isEmpty();
    }

    /** Each command once, with the options and parameters of its spec: its own, inherited, from mixins and from argument groups. */
    private static void walk(CommandLine command, List<String> undescribed, int[] checked) {
        CommandSpec spec = command.getCommandSpec();
        String name = spec.qualifiedName();
        checked[0]++;
        if (!described(spec.usageMessage().description())) {
            undescribed.add(name);
        }
        for (OptionSpec option : spec.options()) {
            checked[0]++;
            if (!described(option.description())) {
                undescribed.add(name + " " + option.longestName());
            }
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            checked[0]++;
            if (!described(parameter.description())) {
                undescribed.add(name + " " + parameter.paramLabel() + " (parameter " + parameter.index() + ")");
            }
        }
        command.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, undescribed, checked));
    }

    private static boolean described(String[] lines) {
        return Arrays.stream(lines).anyMatch(line -> !line.isBlank());
    }

    @Test
    @DisplayName("a description states the default where there is one")
    void defaultsShown() {
        Cli cli = new Cli();
        assertThat(cli.ok("programme", "list", "--help")).contains("--limit=<limit>", "default: 100").contains("default: text");
        assertThat(cli.ok("event", "schedule", "--help")).contains("default: CONSULTATION_EVENT").contains("YYYY-MM-DD");
    }
}

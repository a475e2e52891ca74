package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command tree: every command listed where it belongs, and a command line builds only the commands on its way. */
class CommandFactoryTest {

    @Test
    @DisplayName("every command class of the package is listed in @Subcommands and reachable from programmes")
    void everyCommandIsReachable() throws IOException, URISyntaxException {
        Set<Class<?>> reachable = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(ProgrammesCommand.class));
        while (!todo.isEmpty()) {
            Class<?> command = todo.pop();
            if (reachable.add(command) && command.isAnnotationPresent(Subcommands.class)) {
                todo.addAll(List.of(command.getAnnotation(Subcommands.class).value()));
            }
        }
        assertThat(reachable).containsExactlyInAnyOrderElementsOf(commandClasses());
    }

    @Test
    @DisplayName("no command uses picocli's own subcommands list, which would build the whole tree for every command line")
    void noEagerSubcommands() throws IOException, URISyntaxException {
        for (Class<?> command : commandClasses()) {
            assertThat(command.getAnnotation(Command.class).subcommands()).as(command.getName()).isEmpty();
            if (command.isAnnotationPresent(Subcommands.class)) {
                assertThat(command.getAnnotation(Command.class).modelTransformer()).as(command.getName()).isEqualTo(LazySubcommands.class);
            }
        }
    }

    @Test
    @DisplayName("'programme list' builds programmes, programme and list, and no other command")
    void onlyTheWayToTheCommand() {
        CommandLine root = tree("programme", "list");
        assertThat(root.getSubcommands()).containsOnlyKeys("programme");
        assertThat(root.getSubcommands().get("programme").getSubcommands()).containsOnlyKeys("list", "help");
    }

    @Test
    @DisplayName("the values of the global options are not taken for commands")
    void optionValuesAreSkipped() {
        CommandLine root = tree("--home", "/tmp/somewhere", "--wait=5", "--debug", "organisation", "--actor", "ann", "show", "IOM");
        assertThat(root.getSubcommands()).containsOnlyKeys("organisation");
        assertThat(root.getSubcommands().get("organisation").getSubcommands()).containsOnlyKeys("show", "help");
    }

    @Test
    @DisplayName("the whole tree when a command is only shown: no command named, an unknown word, help, completion")
    void wholeTreeWhenShown() {
        int all = ProgrammesCommand.class.getAnnotation(Subcommands.class).value().length;
        assertThat(tree().getSubcommands()).hasSize(all);
        assertThat(tree("programmes-typo").getSubcommands()).hasSize(all);
        assertThat(tree("help", "programme", "list").getSubcommands()).hasSize(all);
        assertThat(tree("completion").getSubcommands()).hasSize(all);
        assertThat(tree("programme").getSubcommands().get("programme").getSubcommands())
                .hasSize(ProgrammeCommand.class.getAnnotation(Subcommands.class).value().length + 1);
        assertThat(tree("programme", "help", "list").getSubcommands().get("programme").getSubcommands()).containsKeys("list", "show", "help");
    }

    @Test
    @DisplayName("-V builds no subcommand at all")
    void versionAlone() {
        assertThat(tree("-V").getSubcommands()).isEmpty();
        assertThat(tree("programme", "--version").getSubcommands().get("programme").getSubcommands()).isEmpty();
    }

    @Test
    @DisplayName("the factory of the tools (man pages) builds the whole tree")
    void toolsSeeEverything() {
        CommandLine root = new CommandLine(ProgrammesCommand.class, new CommandFactory());
        assertThat(root.getSubcommands()).hasSize(ProgrammesCommand.class.getAnnotation(Subcommands.class).value().length);
        assertThat(root.getSubcommands().get("event").getSubcommands()).hasSize(EventCommand.class.getAnnotation(Subcommands.class).value().length);
    }

    private static CommandLine tree(String... args) {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        return ProgrammesCommand.commandLine(new CommandFactory(options -> null, List.of(args)), nowhere, nowhere);
    }

    /** The classes of this package annotated with @Command, read from its class folder or jar entries. */
    private static Set<Class<?>> commandClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(ProgrammesCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path folder = classes.resolve(ProgrammesCommand.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> load(ProgrammesCommand.class.getPackageName() + "." + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> type.isAnnotationPresent(Command.class))
                    .collect(Collectors.toSet());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CommandFactoryTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.programmeregistry.adapters.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds the {@link Subcommands} of a command to its model as picocli builds it. Given the words of a
 * command line, it builds only the subcommand the next word names ({@code programme}, then
 * {@code list}): the other 40-odd command models are never built, which is most of a short command's
 * start-up. Everything is built, as picocli would, when there are no words (tools that read the whole
 * model: the man pages, the fuzz test), when a command is shown rather than run (no subcommand named,
 * a word that names none, {@code help}), and for {@code completion}, which reads the whole tree.
 *
 * <p>One instance serves one command line: picocli builds the models depth first, so {@code rest}
 * always holds the words after the command whose model is being built.
 */
final class LazySubcommands implements CommandLine.IModelTransformer {

    private final CommandLine.IFactory factory;
    /** The words after the command being built; null once every subcommand is wanted. */
    private List<String> rest;
    private CommandSpec root;

    LazySubcommands(CommandLine.IFactory factory, List<String> args) {
        this.factory = factory;
        this.rest = args == null || args.stream().anyMatch(word -> word.startsWith("@")) ? null : List.copyOf(args);
    }

    @Override
    public CommandSpec transform(CommandSpec spec) {
        if (root == null) {
            root = spec;
        }
        Subcommands listed = spec.userObject().getClass().getAnnotation(Subcommands.class);
        if (listed == null || !spec.subcommands().isEmpty()) {
            return spec; // a leaf, or a command done already: picocli transforms a command, then again as a subcommand of its parent
        }
        if (rest != null) {
            int word = nextWord(spec);
            if (word < 0) {
                if (versionOnly()) {
                    return spec; // -V needs no subcommand, not even for its help
                }
            } else {
                Class<?> named = named(listed.value(), rest.get(word));
                if (named != null && !wantsWholeTree(named)) {
                    rest = rest.subList(word + 1, rest.size());
                    add(spec, named);
                    return spec;
                }
            }
        }
        rest = null;
        for (Class<?> subcommand : listed.value()) {
            add(spec, subcommand);
        }
        return spec;
    }

    private void add(CommandSpec spec, Class<?> subcommand) {
        CommandLine sub = new CommandLine(subcommand, factory);
        spec.addSubcommand(sub.getCommandName(), sub);
    }

    /** The index in {@code rest} of the first word that is neither an option nor an option's value; -1 if none. */
    private int nextWord(CommandSpec spec) {
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (word.equals("--")) {
                return -1;
            }
            if (!word.startsWith("-") || word.equals("-")) {
                return i;
            }
            if (!word.contains("=") && takesValue(spec, word)) {
                i++;
            }
        }
        return -1;
    }

    private boolean takesValue(CommandSpec spec, String name) {
        OptionSpec option = spec.findOption(name);
        if (option == null && root != null) {
            option = root.findOption(name); // the options every command inherits from the root
        }
        return option != null && option.arity().max() > 0;
    }

    private boolean versionOnly() {
        return (rest.contains("-V") || rest.contains("--version")) && !rest.contains("-h") && !rest.contains("--help");
    }

    private static Class<?> named(Class<?>[] subcommands, String word) {
        for (Class<?> subcommand : subcommands) {
            Command command = subcommand.getAnnotation(Command.class);
            if (command.name().equals(word) || List.of(command.aliases()).contains(word)) {
                return subcommand;
            }
        }
        return null;
    }

    /** {@code help} shows any command of the tree, {@code completion} prints all of it. */
    private static boolean wantsWholeTree(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).helpCommand() || subcommand == CompletionCommand.class;
    }
}

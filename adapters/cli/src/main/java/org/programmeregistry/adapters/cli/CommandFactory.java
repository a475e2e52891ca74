package org.programmeregistry.adapters.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * Hands the registry opener to the root command and the words of the command line to {@link LazySubcommands};
 * every other command is built as picocli builds it.
 *
 * <p>Public, with a constructor without arguments, for tools that only read the command model, such as
 * picocli-codegen's man page generator at build time ({@code --factory}): commands built by such a factory
 * cannot open the registry.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final RegistryOpener opener;
    private final LazySubcommands subcommands;

    /** A factory for reading the commands' model only: a command that needs the registry fails. */
    public CommandFactory() {
        this(options -> {
            throw new IllegalStateException("these commands were built for their documentation only; they cannot open a registry");
        });
    }

    /** A factory of the whole command tree. */
    CommandFactory(RegistryOpener opener) {
        this(opener, null);
    }

    /** A factory of the commands on the way to the one {@code args} names, and of no other (see {@link LazySubcommands}). */
    CommandFactory(RegistryOpener opener, List<String> args) {
        this.opener = opener;
        this.subcommands = new LazySubcommands(this, args);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ProgrammesCommand.class) {
            return type.cast(new ProgrammesCommand(opener));
        }
        if (type == LazySubcommands.class) {
            return type.cast(subcommands);
        }
        return CommandLine.defaultFactory().create(type);
    }
}

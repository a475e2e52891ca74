package org.programmeregistry.adapters.cli;

import picocli.CommandLine;

/**
 * Hands the registry opener to the root command; every other command is built as picocli builds it.
 *
 * <p>Public, with a constructor without arguments, for tools that only read the command model, such as
 * picocli-codegen's man page generator at build time ({@code --factory}): commands built by such a factory
 * cannot open the registry.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final RegistryOpener opener;

    /** A factory for reading the commands' model only: a command that needs the registry fails. */
    public CommandFactory() {
        this(options -> {
            throw new IllegalStateException("these commands were built for their documentation only; they cannot open a registry");
        });
    }

    CommandFactory(RegistryOpener opener) {
        this.opener = opener;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ProgrammesCommand.class) {
            return type.cast(new ProgrammesCommand(opener));
        }
        return CommandLine.defaultFactory().create(type);
    }
}

package org.programmeregistry.adapters.cli;

import picocli.CommandLine;

/** Hands the registry opener to the root command; every other command is built as picocli builds it. */
final class CommandFactory implements CommandLine.IFactory {

    private final RegistryOpener opener;

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

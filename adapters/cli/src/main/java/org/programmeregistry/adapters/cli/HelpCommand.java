package org.programmeregistry.adapters.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code help [<command>...]}: the help of the command named by the words after it, at any
 * depth ({@code programmes help programme list}, {@code programmes programme help list}).
 * Picocli's own help command looks one word deep only.
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Show the help of a command, e.g. 'help programme list'; without a command, the help of this one.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "<command>", arity = "0..*", description = "the command and its subcommands, e.g. programme list")
    List<String> path = new ArrayList<>();

    private CommandLine self;
    private CommandLine.Help.ColorScheme colours;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colours = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine command = self.getParent();
        for (String word : path) {
            CommandLine sub = command.getSubcommands().get(word);
            if (sub == null) {
                throw new CommandLine.ParameterException(self, "'" + word + "' is not a command of '"
                        + command.getCommandSpec().qualifiedName() + "'");
            }
            command = sub;
        }
        command.usage(out, colours);
        out.flush();
    }
}

package org.programmeregistry.adapters.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code programmes}: the root command, holding the options every command shares. */
@Command(name = "programmes",
        mixinStandardHelpOptions = true,
        versionProvider = ProgrammesCommand.Version.class,
        description = "Regional cooperation programmes: organisations, territories, programmes, consultation events.",
        modelTransformer = LazySubcommands.class)
@Subcommands({
    ExamplesCommand.class,
    OrganisationCommand.class,
    ProgrammeCommand.class,
    EventCommand.class,
    TerritoryCommand.class,
    IatiCommand.class,
    SiteCommand.class,
    CompletionCommand.class,
    HelpCommand.class
})
public final class ProgrammesCommand implements Runnable {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "<jdbc-url>", defaultValue = "${env:PROGRAMMES_DB}",
            description = "Database to use, e.g. jdbc:postgresql://127.0.0.1:5432/registry (default: PROGRAMMES_DB, else the embedded database under PROGRAMMES_HOME).")
    String db;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "<user>", defaultValue = "${env:PROGRAMMES_DB_USER}",
            description = "Database user (default: PROGRAMMES_DB_USER). The password is read from PROGRAMMES_DB_PASSWORD only.")
    String dbUser;

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "<dir>", defaultValue = "${env:PROGRAMMES_HOME}",
            description = "Folder of the embedded database (default: PROGRAMMES_HOME, else ~/.programmes).")
    String home;

    @Option(names = "--actor", scope = ScopeType.INHERIT, paramLabel = "<name>", defaultValue = "${sys:user.name}",
            description = "Who is recorded in the audit trail for changes (default: the operating-system user).")
    String actor;

    @Option(names = "--wait", scope = ScopeType.INHERIT, paramLabel = "<seconds>", defaultValue = "60",
            description = "How long to wait for another programmes process that holds the embedded database, in seconds; "
                    + "after that the command exits with 75 (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final RegistryOpener opener;
    private InputPorts ports;

    ProgrammesCommand(RegistryOpener opener) {
        this.opener = opener;
    }

    /**
     * The registry, opened on first use with the options given; {@code err} hears what the opening waits for.
     * A database URL that names neither H2 nor PostgreSQL is a mistake in the command line of {@code command}.
     */
    InputPorts ports(CommandLine command, PrintWriter err) {
        if (ports == null) {
            String url = blankToNull(db);
            if (url != null && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
                throw new CommandLine.ParameterException(command, "'" + url + "' (--db or PROGRAMMES_DB) is not a database URL the program knows; "
                        + "use jdbc:postgresql://host:5432/database or jdbc:h2:<file>");
            }
            ports = opener.open(new RegistryOpener.StoreOptions(blankToNull(db), blankToNull(dbUser),
                    blankToNull(System.getenv("PROGRAMMES_DB_PASSWORD")), blankToNull(home), Duration.ofSeconds(Math.max(0, waitSeconds)),
                    notice -> {
                        err.println(notice);
                        err.flush();
                    }));
        }
        return ports;
    }

    String actor() {
        return actor == null || actor.isBlank() ? "unknown" : actor;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'programmes programme list'");
    }

    /** Runs the command line and returns its exit code; what it prints goes to {@code out} and {@code err}. */
    public static int run(RegistryOpener opener, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(new CommandFactory(opener, List.of(args)), out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command tree, every command's model built. */
    static CommandLine commandLine(RegistryOpener opener, PrintWriter out, PrintWriter err) {
        return commandLine(new CommandFactory(opener), out, err);
    }

    /** The command tree as {@code factory} builds it: whole, or only the way to the command a command line names. */
    static CommandLine commandLine(CommandFactory factory, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(ProgrammesCommand.class, factory);
        helpEverywhere(commandLine, factory);
        commandLine.registerConverter(LocalDate.class, new Dates.Converter());
        commandLine.registerConverter(BigDecimal.class, new Numbers.Amount());
        commandLine.registerConverter(Integer.class, new Numbers.WholeNumber());
        commandLine.registerConverter(Integer.TYPE, new Numbers.WholeNumber());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli reads an argument beginning with @ as a file of arguments; the registry documents none, and
        // a file it cannot read ("@.") escaped as an undocumented exit code with a stack trace
        commandLine.setExpandAtFiles(false);
        commandLine.setOut(out);
        commandLine.setErr(err);
        ErrorReporter reporter = new ErrorReporter();
        commandLine.setExecutionExceptionHandler(reporter);
        commandLine.setParameterExceptionHandler(reporter);
        everyVersion(commandLine);
        return commandLine;
    }

    /** {@code help} on every command that has subcommands ({@code programme help list}), added before the converters, which reach only the commands added so far. */
    private static void helpEverywhere(CommandLine command, CommandLine.IFactory factory) {
        for (CommandLine sub : command.getSubcommands().values().stream().distinct().toList()) {
            if (!sub.getSubcommands().isEmpty() && !sub.getSubcommands().containsKey("help")) {
                helpEverywhere(sub, factory);
                sub.addSubcommand("help", new CommandLine(HelpCommand.class, factory));
            }
        }
    }

    /** {@code -V} prints the program's version on every command, not only on the top one. */
    private static void everyVersion(CommandLine command) {
        command.getCommandSpec().versionProvider(new Version());
        for (CommandLine sub : command.getSubcommands().values().stream().distinct().toList()) {
            everyVersion(sub);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ProgrammesCommand.class.getPackage().getImplementationVersion();
            return new String[] {"programmes " + (version == null ? "development" : version)};
        }
    }
}

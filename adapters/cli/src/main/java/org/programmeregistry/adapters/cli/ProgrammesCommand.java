package org.programmeregistry.adapters.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code programmes}: the root command, holding the options every command shares. */
@Command(name = "programmes",
        mixinStandardHelpOptions = true,
        versionProvider = ProgrammesCommand.Version.class,
        description = "Regional cooperation programmes: organisations, territories, programmes, consultation events.",
        subcommands = {
            ExamplesCommand.class,
            OrganisationCommand.class,
            ProgrammeCommand.class,
            EventCommand.class,
            TerritoryCommand.class,
            IatiCommand.class,
            SiteCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
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

    private final RegistryOpener opener;
    private InputPorts ports;

    ProgrammesCommand(RegistryOpener opener) {
        this.opener = opener;
    }

    /** The registry, opened on first use with the options given; {@code err} hears what the opening waits for. */
    InputPorts ports(PrintWriter err) {
        if (ports == null) {
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
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command; see 'programmes --help'");
    }

    /** Runs the command line and returns its exit code; what it prints goes to {@code out} and {@code err}. */
    public static int run(RegistryOpener opener, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(opener, out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(RegistryOpener opener, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(ProgrammesCommand.class, new CommandFactory(opener));
        commandLine.registerConverter(LocalDate.class, new Dates.Converter());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine;
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

package org.programmeregistry.adapters.cli;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.InvalidCommandException;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.RegistryBusyException;
import org.programmeregistry.application.RegistryUnavailableException;
import org.programmeregistry.application.port.out.iati.IatiFileException;
import org.programmeregistry.domain.RuleViolation;
import picocli.CommandLine;

/**
 * One line on standard error for every failure, naming the rule or the problem and what to
 * do, with the exit codes of docs/user-guide.md. A mistake in the command line itself is one
 * line and a hint where to read how the command is written (exit 2). The details (a
 * database's own report, the usage) and the stack trace only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        Object root = commandLine.getCommandSpec().root().userObject();
        boolean debug = root instanceof ProgrammesCommand programmes && programmes.debug;
        Report report = report(e);
        err.println("error: " + report.message());
        if (debug) {
            if (report.details() != null) {
                err.println(report.details());
            }
            e.printStackTrace(err);
        } else if (report.code() == ExitCodes.DEFECT) {
            err.println("This is a defect of the program; run the command again with --debug and report what it prints.");
        }
        err.flush();
        return report.code();
    }

    /**
     * A mistake in the command line: the problem in one line, then where to read how the
     * command is written. Picocli's own messages are kept, their first letter lowered to read
     * as the rest; an unknown word gets the commands or options it may have meant.
     */
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + usageProblem(e));
        err.println("see '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
        if (Arrays.asList(args).contains("--debug")) {
            commandLine.usage(err);
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    static String usageProblem(CommandLine.ParameterException e) {
        String message = oneLine(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> unmatchedWords = unmatched.getUnmatched();
            String word = unmatchedWords.isEmpty() ? "" : unmatchedWords.get(0);
            CommandLine at = e.getCommandLine();
            boolean option = word.startsWith("-");
            if (!option && !at.getSubcommands().isEmpty()) {
                message = "'" + word + "' is not a command of '" + at.getCommandSpec().qualifiedName() + "'";
            } else if (option) {
                message = "unknown option '" + word + "'";
            } else {
                message = "unexpected argument '" + word + "'";
            }
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += "; did you mean " + joinWithOr(suggestions.subList(0, Math.min(3, suggestions.size()))) + "?";
            }
            return message;
        }
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String joinWithOr(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** The problem in one line; what it left out goes to {@code details}, printed with --debug. */
    record Report(int code, String message, String details) {
        Report(int code, String message) {
            this(code, message, null);
        }
    }

    static Report report(Throwable e) {
        if (e instanceof RuleViolation violation) {
            return new Report(ExitCodes.DATA, violation.getMessage());
        }
        if (e instanceof InvalidCommandException invalid) {
            return new Report(ExitCodes.DATA, "invalid input: " + String.join("; ", invalid.problems()));
        }
        if (e instanceof NotFoundException notFound) {
            return new Report(ExitCodes.DATA, notFound.getMessage());
        }
        if (e instanceof ConcurrentChangeException conflict) {
            return new Report(ExitCodes.RETRY, conflict.getMessage());
        }
        if (e instanceof RegistryBusyException busy) {
            return new Report(ExitCodes.RETRY, busy.getMessage());
        }
        if (e instanceof RegistryUnavailableException unavailable) {
            return new Report(ExitCodes.UNAVAILABLE, unavailable(unavailable)
                    + "; check --db / PROGRAMMES_DB, the user and PROGRAMMES_DB_PASSWORD", unavailable.getMessage());
        }
        if (e instanceof IatiFileException malformed) {
            return new Report(ExitCodes.DATA, "not a readable IATI activity file: " + malformed.getMessage());
        }
        if (e instanceof InputFileException file) {
            return new Report(ExitCodes.NO_INPUT, file.getMessage());
        }
        if (e instanceof MalformedInputException malformed) {
            return new Report(ExitCodes.DATA, malformed.getMessage());
        }
        if (e instanceof UncheckedIOException io) {
            boolean missing = io.getCause() instanceof NoSuchFileException || io.getCause() instanceof FileNotFoundException;
            return new Report(missing ? ExitCodes.NO_INPUT : ExitCodes.DATA, io.getMessage());
        }
        return new Report(ExitCodes.DEFECT, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())),
                e.getMessage());
    }

    /**
     * What failed, in one line: the registry's own words up to their first colon, then the
     * database's reason, which is the message of the innermost SQL exception (a connection
     * pool and Flyway wrap it in lines of their own, such as Flyway's dashed "SQL State" block).
     */
    static String unavailable(RegistryUnavailableException e) {
        String message = e.getMessage() == null ? "the database cannot be used" : e.getMessage();
        String what = message.contains(": ") ? message.substring(0, message.indexOf(": ")) : oneLine(message);
        Throwable reason = null;
        Throwable innermost = e;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t;
            }
            innermost = t;
        }
        if (reason == null && innermost != e && innermost.getMessage() != null && !innermost.getMessage().isBlank()) {
            reason = innermost;
        }
        if (reason == null) {
            return oneLine(message);
        }
        String because = oneLine(reason.getMessage());
        return what + ": " + (because.endsWith(".") ? because.substring(0, because.length() - 1) : because);
    }

    /** The first line that says something, stripped. */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }

    /** An input file is missing or unreadable. */
    static final class InputFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An input file is readable but not what it should be. */
    static final class MalformedInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedInputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

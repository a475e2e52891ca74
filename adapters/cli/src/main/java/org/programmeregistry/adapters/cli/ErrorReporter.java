package org.programmeregistry.adapters.cli;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
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
 * do, with the exit code of design/cli.md. The stack trace only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        Object root = commandLine.getCommandSpec().root().userObject();
        boolean debug = root instanceof ProgrammesCommand programmes && programmes.debug;
        Report report = report(e);
        err.println("error: " + report.message());
        if (debug) {
            e.printStackTrace(err);
        } else if (report.code() == ExitCodes.DEFECT) {
            err.println("This is a defect of the program; run the command again with --debug and report what it prints.");
        }
        err.flush();
        return report.code();
    }

    record Report(int code, String message) {
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
            return new Report(ExitCodes.UNAVAILABLE, unavailable.getMessage()
                    + "; check --db / PROGRAMMES_DB, the user and PROGRAMMES_DB_PASSWORD");
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
        return new Report(ExitCodes.DEFECT, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
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

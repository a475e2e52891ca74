package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.RegistryUnavailableException;

/** A mistake in the command line is one line and a hint, exit 2; numbers and money are refused in words; every level has -V and help. */
class CommandLineMistakesTest {

    private final Cli cli = new Cli();

    @Test
    @DisplayName("a value that is not a date: one error line and where to read the command's help, exit 2")
    void badDate() {
        Cli.Result result = cli.run("programme", "register", "X", "--title", "T", "--planned-start", "2009-13-01");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: invalid value for option '--planned-start': '2009-13-01' is not a date; "
                + "write it as YYYY-MM-DD, e.g. 2009-06-15\nsee 'programmes programme register --help'\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @DisplayName("with --debug, a usage mistake is followed by the usage and the stack trace")
    void badDateWithDebug() {
        Cli.Result result = cli.run("programme", "register", "X", "--title", "T", "--planned-start", "2009-13-01", "--debug");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: invalid value for option '--planned-start'").contains("Usage:", "\tat ");
    }

    @Test
    @DisplayName("an unknown command names the command it is not part of and what may have been meant")
    void unknownCommand() {
        Cli.Result result = cli.run("programme", "registr");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: 'registr' is not a command of 'programmes programme'; did you mean register, list or revise?\n"
                + "see 'programmes programme --help'\n");
    }

    @Test
    @DisplayName("an argument beginning with @ is an argument, not a file of arguments to read: '@.' is an unknown command, exit 2 without a stack trace")
    void atSignIsNoArgumentFile() {
        Cli.Result result = cli.run("@.");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: ").contains("@.").doesNotContain("\tat ").doesNotContain("argument file");
        Cli.Result inside = cli.run("programme", "show", "@missing-file");
        assertThat(inside.err()).doesNotContain("argument file").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("P9 an amount with thousands separators is refused in words, exit 2")
    void groupedAmount() {
        Cli.Result result = cli.run("programme", "fund", "X", "--donor", "EC", "--amount", "1,000", "--currency", "EUR");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: invalid value for option '--amount': '1,000' is not an amount; write it without thousands "
                + "separators, with a decimal point if needed, e.g. 1500000 or 1500000.50\nsee 'programmes programme fund --help'\n");
    }

    @Test
    @DisplayName("P9 an amount without its currency is a sentence naming P9, exit 2")
    void amountWithoutCurrency() {
        Cli.Result result = cli.run("programme", "fund", "X", "--donor", "EC", "--amount", "5");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: [P9] an amount is recorded with its currency: give --currency with --amount, "
                + "e.g. --amount 1500000 --currency EUR\nsee 'programmes programme fund --help'\n");
    }

    @Test
    @DisplayName("an event number that is not a number is refused in words, exit 2")
    void eventNumber() {
        Cli.Result result = cli.run("event", "show", "P", "two");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: invalid value for positional parameter at index 1 (<event>): 'two' is not a whole number");
    }

    @Test
    @DisplayName("--db that is not a database URL is a usage mistake, exit 2, not a defect")
    void nonsenseDatabase() {
        Cli.Result result = new Cli(options -> {
            throw new AssertionError("no database is opened for a URL the program does not know");
        }).run("--db", "nonsense", "programme", "list");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: 'nonsense' (--db or PROGRAMMES_DB) is not a database URL the program knows; "
                + "use jdbc:postgresql://host:5432/database or jdbc:h2:<file>\nsee 'programmes programme list --help'\n");
    }

    @Test
    @DisplayName("a database error is one line with the database's reason, exit 69; --debug adds the details")
    void databaseErrorInOneLine() {
        SQLException reason = new SQLException("FATAL: database \"nonexistentdb\" does not exist", "3D000");
        RuntimeException flyway = new RuntimeException("Unable to obtain connection from database\n-----\nSQL State  : 3D000\nMessage    : FATAL: ...",
                new SQLException("Connection is not available, request timed out after 3000ms", reason));
        RegistryUnavailableException failure = new RegistryUnavailableException("the database schema cannot be created or upgraded: "
                + flyway.getMessage(), flyway);
        Cli failing = new Cli(options -> {
            throw failure;
        });
        Cli.Result result = failing.run("programme", "list");
        assertThat(result.code()).isEqualTo(69);
        assertThat(result.err()).isEqualTo("error: the database schema cannot be created or upgraded: FATAL: database \"nonexistentdb\" does not "
                + "exist; check --db / PROGRAMMES_DB, the user and PROGRAMMES_DB_PASSWORD\n");
        Cli.Result debug = failing.run("programme", "list", "--debug");
        assertThat(debug.code()).isEqualTo(69);
        assertThat(debug.err()).contains("SQL State  : 3D000", "\tat ");
    }

    @Test
    @DisplayName("--format csv is refused where one thing is shown, exit 2")
    void csvOfOneThing() {
        for (String[] command : new String[][] {{"programme", "show", "X"}, {"programme", "factsheet", "X"}, {"programme", "portfolio"},
            {"organisation", "show", "IOM"}, {"event", "show", "P", "1"}, {"territory", "show", "MK"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--format", "csv"))
                    .toArray(String[]::new);
            Cli.Result result = cli.run(args);
            assertThat(result.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).as(String.join(" ", args)).startsWith("error: invalid value for option '--format': expected one of [TEXT, ")
                    .contains("but was 'csv'");
        }
    }

    @Test
    @DisplayName("-V prints the version on every command")
    void versionEverywhere() {
        assertThat(cli.ok("programme", "list", "-V")).startsWith("programmes ");
        assertThat(cli.ok("event", "show", "-V")).startsWith("programmes ");
    }

    @Test
    @DisplayName("help takes a command at any depth, and every command with subcommands has help")
    void helpAtEveryDepth() {
        assertThat(cli.ok("help", "programme", "list")).startsWith("Usage: programmes programme list");
        assertThat(cli.ok("programme", "help", "list")).startsWith("Usage: programmes programme list");
        assertThat(cli.ok("programme", "help")).startsWith("Usage: programmes programme ");
        Cli.Result unknown = cli.run("help", "programme", "lst");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: 'lst' is not a command of 'programmes programme'");
    }

    @Test
    @DisplayName("a status step says what it did in words")
    void statusStepWording() {
        cli.ok("programme", "register", "X", "--title", "T", "--planned-start", "2009-06-15", "--planned-end", "2011-06-14");
        assertThat(cli.ok("programme", "cancel", "X")).isEqualTo("cancelled programme X\n");
    }

    @Test
    @DisplayName("an event that is not registered is named by its number within its programme")
    void missingEvent() {
        cli.ok("programme", "register", "X", "--title", "T", "--planned-start", "2009-06-15", "--planned-end", "2011-06-14");
        Cli.Result result = cli.run("event", "show", "X", "2");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).isEqualTo("error: event 2 of programme X is not registered; see 'event list X' for its events\n");
    }

    @Test
    @DisplayName("every list says so when it is empty")
    void emptyLists() {
        assertThat(cli.ok("organisation", "list")).isEqualTo("no organisations registered; add one with 'organisation add'\n");
        cli.ok("programme", "register", "X", "--title", "T");
        assertThat(cli.ok("event", "list", "X")).isEqualTo("no events scheduled for X; schedule one with 'event schedule'\n");
    }
}

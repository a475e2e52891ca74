package org.programmeregistry.bootstrap;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.programmeregistry.adapters.cli.ProgrammesCommand;

/** The {@code programmes} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging: route it to SLF4J, which prints warnings only.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        WarmUp.startFor(args);
        int code;
        try (CommandLineRegistry registry = CommandLineRegistry.forCommandLine(args)) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            code = ProgrammesCommand.run(registry, out, err, args);
        } catch (Exception e) {
            System.err.println("error: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }
}

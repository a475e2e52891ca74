package org.programmeregistry.adapters.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every leaf command has: the registry's ports, the actor, and its own output writers. */
abstract class RegistryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    ProgrammesCommand root() {
        return (ProgrammesCommand) spec.root().userObject();
    }

    <T> T port(Class<T> type) {
        return root().ports(spec.commandLine(), spec.commandLine().getErr()).get(type);
    }

    String actor() {
        return root().actor();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Says what was done, on standard output, and succeeds. */
    Integer done(String message) {
        out().println(message);
        return ExitCodes.OK;
    }
}

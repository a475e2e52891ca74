package org.programmeregistry.adapters.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.programmeregistry.adapters.persistence.memory.InMemoryPersistence;
import org.programmeregistry.application.port.out.PersistencePorts;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.application.service.TerritoryQueryService;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/** Runs the command line in-process over an in-memory registry and captures what it prints. */
final class Cli {

    record Result(int code, String out, String err) {
    }

    final TestRegistry registry;
    private final RegistryOpener opener;

    Cli() {
        this(new Object[0]);
    }

    /** With further ports the composition root would hand over, such as a {@link SitePublisher}. */
    Cli(Object... morePorts) {
        InMemoryPersistence persistence = new InMemoryPersistence();
        registry = TestRegistry.over(persistence.ports());
        TerritoryQueryService territories = new TerritoryQueryService(TerritoryCatalogue.bundled());
        InputPorts ports = new InputPorts() {
            @Override
            public <T> T get(Class<T> port) {
                for (Object service : new Object[] {registry.programmes(), registry.organisations(), registry.events(), registry.queries(), registry.examples(), territories}) {
                    if (port.isInstance(service)) {
                        return port.cast(service);
                    }
                }
                for (Object service : morePorts) {
                    if (port.isInstance(service)) {
                        return port.cast(service);
                    }
                }
                throw new IllegalArgumentException(port.getName());
            }
        };
        opener = options -> ports;
    }

    Cli(RegistryOpener opener) {
        this.registry = null;
        this.opener = opener;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProgrammesCommand.run(opener, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed and returns its output. */
    String ok(String... args) {
        Result result = run(args);
        if (result.code() != 0) {
            throw new AssertionError("exit " + result.code() + " for " + String.join(" ", args) + ": " + result.err());
        }
        return result.out();
    }
}

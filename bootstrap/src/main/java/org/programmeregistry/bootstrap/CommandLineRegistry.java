package org.programmeregistry.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.programmeregistry.adapters.cli.InputPorts;
import org.programmeregistry.adapters.cli.RegistryOpener;
import org.programmeregistry.adapters.cli.SitePublisher;
import org.programmeregistry.adapters.iati.StaxIatiActivityReader;
import org.programmeregistry.adapters.iati.StaxIatiActivityWriter;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.application.ProgrammeRegistry;
import org.programmeregistry.application.port.in.territory.TerritoryQuery;
import org.programmeregistry.application.service.TerritoryQueryService;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * Opens the registry for the command line, on first need: the embedded H2 file under
 * PROGRAMMES_HOME (default ~/.programmes) unless a JDBC URL is given. Reading the territory
 * catalogue opens no database at all.
 *
 * <p>The embedded file is opened without a pool (one process runs one command) and, for a command line that
 * names a command on the registry of an existing embedded database, on a second thread while picocli parses
 * ({@link EmbeddedOpening#early}); the registry takes that opening if the parsed options name the same database.
 */
final class CommandLineRegistry implements RegistryOpener, AutoCloseable {

    private final EmbeddedOpening.Early early;
    private EmbeddedOpening embedded;
    private boolean earlySettled;
    private ProgrammeRegistry registry;

    CommandLineRegistry() {
        this(null);
    }

    private CommandLineRegistry(EmbeddedOpening.Early early) {
        this.early = early;
    }

    /**
     * The registry for {@code args}; it starts opening the embedded database at once when the words name a command
     * on the registry and an existing embedded database, as the options' defaults would find it.
     */
    static CommandLineRegistry forCommandLine(String[] args) {
        if (!WarmUp.namesRegistryCommand(args)) {
            return new CommandLineRegistry();
        }
        String home = blankToNull(System.getenv("PROGRAMMES_HOME"));
        List<String> words = List.of(args);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--")) {
                break;
            }
            if (word.startsWith("--db") || word.startsWith("@")) {
                return new CommandLineRegistry(); // another database, or a user: the command opens it once it knows
            }
            if (word.equals("--home") && i + 1 < words.size()) {
                home = blankToNull(words.get(i + 1));
            } else if (word.startsWith("--home=")) {
                home = blankToNull(word.substring("--home=".length()));
            }
        }
        if (blankToNull(System.getenv("PROGRAMMES_DB")) != null || blankToNull(System.getenv("PROGRAMMES_DB_USER")) != null) {
            return new CommandLineRegistry();
        }
        Path folder = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".programmes");
        if (!Files.exists(folder.resolve("registry.mv.db"))) {
            return new CommandLineRegistry(); // a first use: the command creates the home, if it gets that far
        }
        String password = blankToNull(System.getenv("PROGRAMMES_DB_PASSWORD"));
        return new CommandLineRegistry(EmbeddedOpening.early(home, "sa", password != null ? password : ""));
    }

    @Override
    public InputPorts open(StoreOptions options) {
        return new InputPorts() {
            @Override
            public <T> T get(Class<T> port) {
                if (port == TerritoryQuery.class) {
                    return port.cast(new TerritoryQueryService(TerritoryCatalogue.bundled()));
                }
                if (port == SitePublisher.class) {
                    // the site is written over the query ports; a single page needs no database
                    return port.cast(new SitePublishing(() -> registry(options)));
                }
                return registry(options).port(port);
            }
        };
    }

    private ProgrammeRegistry registry(StoreOptions options) {
        if (registry == null) {
            String password = options.password() != null ? options.password() : "";
            JooqPersistence persistence;
            if (options.url() == null) {
                String user = options.user() != null ? options.user() : "sa";
                if (early != null) {
                    earlySettled = true;
                    if (early.serves(options.home(), user, password)) {
                        embedded = early.take();
                    } else {
                        early.discard(); // not the database the options name: let go of its home before holding another
                    }
                }
                if (embedded == null) {
                    embedded = EmbeddedOpening.open(options.home(), user, password, options.patience(), options.notices());
                }
                persistence = JooqPersistence.unpooled(embedded.dataSource(), embedded.dataSource().getURL());
            } else {
                persistence = JooqPersistence.open(options.url(), options.user(), password, 2).migrate();
            }
            registry = ProgrammeRegistry.over(persistence.ports())
                    .iati(new StaxIatiActivityReader(), new StaxIatiActivityWriter())
                    .closing(persistence)
                    .build();
        }
        return registry;
    }

    /** Closes the database, then lets the next process into the embedded home; an early opening not taken is closed too. */
    @Override
    public void close() throws Exception {
        try {
            if (registry != null) {
                registry.close();
            }
        } finally {
            try {
                if (embedded != null) {
                    embedded.close();
                }
            } finally {
                if (early != null && !earlySettled) {
                    early.discard();
                }
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

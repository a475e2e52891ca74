package org.programmeregistry.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import org.programmeregistry.adapters.cli.InputPorts;
import org.programmeregistry.adapters.iati.StaxIatiActivityReader;
import org.programmeregistry.adapters.iati.StaxIatiActivityWriter;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.adapters.cli.RegistryOpener;
import org.programmeregistry.adapters.cli.SitePublisher;
import org.programmeregistry.application.ProgrammeRegistry;
import org.programmeregistry.application.RegistryUnavailableException;
import org.programmeregistry.application.port.in.territory.TerritoryQuery;
import org.programmeregistry.application.service.TerritoryQueryService;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * Opens the registry for the command line, on first need: the embedded H2 file under
 * PROGRAMMES_HOME (default ~/.programmes) unless a JDBC URL is given. Reading the territory
 * catalogue opens no database at all.
 */
final class CommandLineRegistry implements RegistryOpener, AutoCloseable {

    private ProgrammeRegistry registry;

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
            String url = options.url() != null ? options.url() : embeddedUrl(options.home());
            String user = options.user() != null ? options.user() : (options.url() == null ? "sa" : null);
            JooqPersistence persistence = JooqPersistence.open(url, user, options.password() != null ? options.password() : "", 2).migrate();
            registry = ProgrammeRegistry.over(persistence.ports())
                    .iati(new StaxIatiActivityReader(), new StaxIatiActivityWriter())
                    .closing(persistence)
                    .build();
        }
        return registry;
    }

    /** The embedded database file, its folder created on first use. */
    static String embeddedUrl(String home) {
        Path folder = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".programmes");
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new RegistryUnavailableException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        // H2 keeps 8 parsed statements per session by default; a use case cycles through more
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("registry") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=32";
    }

    @Override
    public void close() throws Exception {
        if (registry != null) {
            registry.close();
        }
    }
}

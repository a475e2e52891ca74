package org.programmeregistry.bootstrap;

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
 */
final class CommandLineRegistry implements RegistryOpener, AutoCloseable {

    private EmbeddedHome home;
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
            String url = options.url();
            String user = options.user();
            if (url == null) {
                home = EmbeddedHome.hold(options.home(), options.patience(), options.notices());
                url = home.url();
                user = user != null ? user : "sa";
            }
            JooqPersistence persistence = JooqPersistence.open(url, user, options.password() != null ? options.password() : "", 2).migrate();
            registry = ProgrammeRegistry.over(persistence.ports())
                    .iati(new StaxIatiActivityReader(), new StaxIatiActivityWriter())
                    .closing(persistence)
                    .build();
        }
        return registry;
    }

    /** Closes the database, then lets the next process into the embedded home. */
    @Override
    public void close() throws Exception {
        try {
            if (registry != null) {
                registry.close();
            }
        } finally {
            if (home != null) {
                home.close();
            }
        }
    }
}

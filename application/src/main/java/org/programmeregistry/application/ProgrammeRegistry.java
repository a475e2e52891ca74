package org.programmeregistry.application;

import java.time.Clock;
import java.util.Objects;
import org.programmeregistry.application.port.out.PersistencePorts;
import org.programmeregistry.application.port.out.iati.IatiActivityReader;
import org.programmeregistry.application.port.out.iati.IatiActivityWriter;
import org.programmeregistry.application.service.EventService;
import org.programmeregistry.application.service.ExamplesService;
import org.programmeregistry.application.service.IatiExchangeService;
import org.programmeregistry.application.service.OrganisationService;
import org.programmeregistry.application.service.ProgrammeService;
import org.programmeregistry.application.service.RegistryQueryService;
import org.programmeregistry.application.service.TerritoryQueryService;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * Every service of the registry, wired with plain constructors over one set of output ports.
 *
 * <p>It lives in the application so that a host reaches it with this artifact and one
 * persistence adapter, nothing from the command line:
 *
 * <pre>{@code
 * JooqPersistence persistence = JooqPersistence.open(url, user, password, 10).migrate();
 * ProgrammeRegistry registry = ProgrammeRegistry.over(persistence.ports()).closing(persistence).build();
 * }</pre>
 */
public final class ProgrammeRegistry implements AutoCloseable {

    private final ProgrammeService programmes;
    private final OrganisationService organisations;
    private final EventService events;
    private final RegistryQueryService queries;
    private final TerritoryQueryService territories;
    private final IatiExchangeService iati;
    private final ExamplesService examples;
    private final AutoCloseable resources;

    private ProgrammeRegistry(Builder builder) {
        PersistencePorts ports = builder.ports;
        TerritoryCatalogue catalogue = builder.catalogue;
        Clock clock = builder.clock;
        this.programmes = new ProgrammeService(ports.programmes(), ports.organisations(), catalogue, ports.transactions(),
                ports.auditLog(), clock);
        this.organisations = new OrganisationService(ports.organisations(), catalogue, ports.transactions(), ports.auditLog(), clock);
        this.events = new EventService(ports.programmes(), ports.events(), catalogue, ports.transactions(), ports.auditLog(), clock);
        this.queries = new RegistryQueryService(ports.programmes(), ports.organisations(), ports.events(), ports.auditLog(), catalogue,
                ports.transactions());
        this.territories = new TerritoryQueryService(catalogue);
        this.iati = builder.iatiReader == null ? null
                : new IatiExchangeService(ports.programmes(), ports.organisations(), catalogue, ports.transactions(), ports.auditLog(),
                        clock, builder.iatiReader, builder.iatiWriter);
        this.examples = new ExamplesService(programmes, organisations, events, queries, ports.transactions());
        this.resources = builder.resources;
    }

    /** Starts the wiring over {@code ports}: the system clock and the bundled territory catalogue unless told otherwise. */
    public static Builder over(PersistencePorts ports) {
        return new Builder(ports);
    }

    /** The programme use cases (RegisterProgrammeUseCase, AddBeneficiaryUseCase, ...). */
    public ProgrammeService programmes() {
        return programmes;
    }

    /** RegisterOrganisationUseCase, OpenOfficeUseCase, FindOrganisationQuery. */
    public OrganisationService organisations() {
        return organisations;
    }

    /** The event use cases (ScheduleEventUseCase, AddDelegationUseCase, ...). */
    public EventService events() {
        return events;
    }

    /** FindProgrammeQuery, FactSheetQuery, SearchProgrammesQuery, PortfolioSummaryQuery, AuditTrailQuery, ListEventsQuery, FindEventQuery. */
    public RegistryQueryService queries() {
        return queries;
    }

    /** TerritoryQuery: the dated catalogue. */
    public TerritoryQueryService territories() {
        return territories;
    }

    /**
     * ImportIatiActivitiesUseCase, ExportIatiActivitiesUseCase: IATI 2.03 activity files.
     *
     * @throws IllegalStateException when the registry was built without {@link Builder#iati}
     */
    public IatiExchangeService iati() {
        if (iati == null) {
            throw new IllegalStateException("the IATI exchange is not wired: build the registry with iati(reader, writer)"
                    + " (the programme-registry-iati artifact has both)");
        }
        return iati;
    }

    /** LoadExamplesUseCase: example organisations and programmes, all or nothing. */
    public ExamplesService examples() {
        return examples;
    }

    /** The service that implements {@code port}, an input port interface. */
    public <T> T port(Class<T> port) {
        for (Object service : new Object[] {programmes, organisations, events, queries, territories, examples, iati}) {
            if (port.isInstance(service)) {
                return port.cast(service);
            }
        }
        if (iati == null && port.isAssignableFrom(IatiExchangeService.class)) {
            iati();
        }
        throw new IllegalArgumentException(port.getName() + " is not an input port of the registry");
    }

    /** Closes what the builder was told to close with the registry, such as the adapter's connection pool. */
    @Override
    public void close() throws Exception {
        resources.close();
    }

    /** Chooses what the registry runs on besides its persistence ports. */
    public static final class Builder {

        private final PersistencePorts ports;
        private Clock clock = Clock.systemUTC();
        private TerritoryCatalogue catalogue;
        private IatiActivityReader iatiReader;
        private IatiActivityWriter iatiWriter;
        private AutoCloseable resources = () -> { };

        private Builder(PersistencePorts ports) {
            this.ports = Objects.requireNonNull(ports, "ports");
        }

        /** The clock of audit entries; the system's UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The territory catalogue; {@link TerritoryCatalogue#bundled()} by default. */
        public Builder territories(TerritoryCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** Wires the IATI 2.03 import and export over this reader and writer. */
        public Builder iati(IatiActivityReader reader, IatiActivityWriter writer) {
            this.iatiReader = Objects.requireNonNull(reader, "reader");
            this.iatiWriter = Objects.requireNonNull(writer, "writer");
            return this;
        }

        /** What {@link ProgrammeRegistry#close()} closes, such as the persistence adapter. */
        public Builder closing(AutoCloseable resources) {
            this.resources = Objects.requireNonNull(resources, "resources");
            return this;
        }

        public ProgrammeRegistry build() {
            if (catalogue == null) {
                catalogue = TerritoryCatalogue.bundled();
            }
            return new ProgrammeRegistry(this);
        }
    }
}

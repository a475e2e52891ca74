package org.programmeregistry.bootstrap;

import java.time.Clock;
import org.programmeregistry.adapters.iati.StaxIatiActivityReader;
import org.programmeregistry.adapters.iati.StaxIatiActivityWriter;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.adapters.persistence.memory.InMemoryPersistence;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.port.out.EventRepository;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.port.out.TransactionBoundary;
import org.programmeregistry.application.service.EventService;
import org.programmeregistry.application.service.IatiExchangeService;
import org.programmeregistry.application.service.OrganisationService;
import org.programmeregistry.application.service.ProgrammeService;
import org.programmeregistry.application.service.RegistryQueryService;
import org.programmeregistry.application.service.TerritoryQueryService;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * The composition root: every service wired with plain constructors over one set of output
 * ports. {@link #onDatabase} for H2 or PostgreSQL, {@link #inMemory} for tests.
 */
public final class ProgrammeRegistry implements AutoCloseable {

    private final ProgrammeService programmes;
    private final OrganisationService organisations;
    private final EventService events;
    private final RegistryQueryService queries;
    private final TerritoryQueryService territories;
    private final IatiExchangeService iati;
    private final AutoCloseable resources;

    public ProgrammeRegistry(ProgrammeRepository programmeRepository, OrganisationRepository organisationRepository,
            EventRepository eventRepository, AuditLog auditLog, TransactionBoundary transactions, TerritoryCatalogue catalogue,
            Clock clock, AutoCloseable resources) {
        this.programmes = new ProgrammeService(programmeRepository, organisationRepository, eventRepository, catalogue, transactions, auditLog, clock);
        this.organisations = new OrganisationService(organisationRepository, catalogue, transactions, auditLog, clock);
        this.events = new EventService(programmeRepository, eventRepository, catalogue, transactions, auditLog, clock);
        this.queries = new RegistryQueryService(programmeRepository, organisationRepository, eventRepository, auditLog, catalogue, transactions);
        this.territories = new TerritoryQueryService(catalogue);
        this.iati = new IatiExchangeService(programmeRepository, organisationRepository, catalogue, transactions, auditLog, clock,
                new StaxIatiActivityReader(), new StaxIatiActivityWriter());
        this.resources = resources;
    }

    /** The registry on a database, migrated to the current schema; {@code url} is jdbc:h2:... or jdbc:postgresql:.... */
    public static ProgrammeRegistry onDatabase(String url, String user, String password, int poolSize) {
        JooqPersistence persistence = JooqPersistence.open(url, user, password, poolSize).migrate();
        return new ProgrammeRegistry(persistence.programmes(), persistence.organisations(), persistence.events(), persistence.auditLog(),
                persistence.transactions(), TerritoryCatalogue.bundled(), Clock.systemUTC(), persistence);
    }

    /** The registry in memory: nothing is kept after the program ends. */
    public static ProgrammeRegistry inMemory(Clock clock) {
        InMemoryPersistence persistence = new InMemoryPersistence();
        return new ProgrammeRegistry(persistence.programmes(), persistence.organisations(), persistence.events(), persistence.auditLog(),
                persistence, TerritoryCatalogue.bundled(), clock, () -> { });
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

    public TerritoryQueryService territories() {
        return territories;
    }

    /** ImportIatiActivitiesUseCase, ExportIatiActivitiesUseCase: IATI 2.03 activity files. */
    public IatiExchangeService iati() {
        return iati;
    }

    /** The service that implements {@code port}, an input port interface. */
    public <T> T port(Class<T> port) {
        for (Object service : new Object[] {programmes, organisations, events, queries, territories, iati}) {
            if (port.isInstance(service)) {
                return port.cast(service);
            }
        }
        throw new IllegalArgumentException(port.getName() + " is not an input port of the registry");
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}

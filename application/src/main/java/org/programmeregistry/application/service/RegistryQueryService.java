package org.programmeregistry.application.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.in.event.EventView;
import org.programmeregistry.application.port.in.event.FindEventQuery;
import org.programmeregistry.application.port.in.event.ListEventsQuery;
import org.programmeregistry.application.port.in.programme.AuditTrailQuery;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.FindProgrammeQuery;
import org.programmeregistry.application.port.in.programme.PortfolioSummaryQuery;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.application.port.in.programme.SearchProgrammesQuery;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.port.out.EventRepository;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.port.out.TransactionBoundary;
import org.programmeregistry.application.readmodel.AuditEntry;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.PortfolioSummary;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.SearchCursor;
import org.programmeregistry.application.readmodel.SearchText;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.event.EventId;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.territory.TerritoryCode;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/** The read side: programmes, fact sheets, searches, events and the audit trail. */
public final class RegistryQueryService implements FindProgrammeQuery, FactSheetQuery, SearchProgrammesQuery, PortfolioSummaryQuery,
        AuditTrailQuery, ListEventsQuery, FindEventQuery {

    private final ProgrammeRepository programmes;
    private final OrganisationRepository organisations;
    private final EventRepository events;
    private final AuditLog auditLog;
    private final TransactionBoundary transactions;
    private final Views views;
    private final TerritoryCatalogue catalogue;

    public RegistryQueryService(ProgrammeRepository programmes, OrganisationRepository organisations, EventRepository events,
            AuditLog auditLog, TerritoryCatalogue catalogue, TransactionBoundary transactions) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.events = events;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.views = new Views(catalogue);
        this.catalogue = catalogue;
    }

    @Override
    public ProgrammeView find(String programmeId) {
        return transactions.inTransaction(() -> {
            Programme programme = load(programmeId);
            return views.of(programme, organisationNames(programme));
        });
    }

    @Override
    public FactSheet factSheet(String programmeId) {
        return transactions.inTransaction(() -> {
            Programme programme = load(programmeId);
            List<EventView> eventViews = events.ofProgramme(programme.id()).stream().map(e -> views.of(e, programme)).toList();
            return new FactSheet(views.of(programme, organisationNames(programme)), eventViews);
        });
    }

    @Override
    public Page<ProgrammeSummary> search(Criteria c) {
        ProgrammeFilter filter = new ProgrammeFilter(
                Optional.ofNullable(c.territory()).map(TerritoryCode::of),
                Optional.ofNullable(c.organisation()).map(Acronym::of),
                Optional.ofNullable(c.donor()).map(Acronym::of),
                Optional.ofNullable(c.status()),
                Optional.ofNullable(c.activeOn()),
                SearchText.words(c.text()), Optional.ofNullable(c.after()).flatMap(SearchCursor::of), c.limit(), c.exactTotal());
        filter.beneficiary().ifPresent(t -> RuleViolation.require(catalogue.find(t).isPresent(), Rule.Q1,
                () -> "territory " + t + " is not a territory of the catalogue; see 'territory list' for the known codes"));
        return transactions.inTransaction(() -> {
            requireRegistered(filter.organisation(), "organisation");
            requireRegistered(filter.donor(), "donor");
            return programmes.search(filter);
        });
    }

    private void requireRegistered(Optional<Acronym> organisation, String criterion) {
        organisation.ifPresent(o -> RuleViolation.require(organisations.find(o).isPresent(), Rule.Q1,
                () -> criterion + " " + o + " is not a registered organisation; see 'organisation list'"));
    }

    @Override
    public PortfolioSummary portfolio() {
        return transactions.inTransaction(programmes::portfolio);
    }

    @Override
    public List<AuditEntry> trailOf(String programmeId) {
        return transactions.inTransaction(() -> {
            Programme programme = load(programmeId);
            return auditLog.ofProgramme(programme.id().value());
        });
    }

    @Override
    public List<EventView> eventsOf(String programmeId) {
        return transactions.inTransaction(() -> {
            Programme programme = load(programmeId);
            return events.ofProgramme(programme.id()).stream().map(e -> views.of(e, programme)).toList();
        });
    }

    @Override
    public EventView find(String programmeId, int number) {
        return transactions.inTransaction(() -> {
            Programme programme = load(programmeId);
            if (number < 1) {
                throw NotFoundException.event(programme.id(), number);
            }
            EventId id = new EventId(programme.id(), number);
            return views.of(events.find(id).orElseThrow(() -> NotFoundException.event(id)), programme);
        });
    }

    private Programme load(String programmeId) {
        ProgrammeId id = new ProgrammeId(programmeId);
        return programmes.find(id).orElseThrow(() -> NotFoundException.programme(id));
    }

    private Function<Acronym, String> organisationNames(Programme programme) {
        Map<Acronym, Organisation> named = programme.partners().keySet().stream()
                .map(organisations::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Organisation::acronym, o -> o));
        programme.coordinatingOffice().flatMap(o -> organisations.find(o.organisation())).ifPresent(o -> named.put(o.acronym(), o));
        return Views.namesFrom(named);
    }
}

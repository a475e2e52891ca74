package org.programmeregistry.application.service;

import java.time.Clock;
import java.util.List;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.in.organisation.FindOrganisationQuery;
import org.programmeregistry.application.port.in.organisation.OpenOfficeUseCase;
import org.programmeregistry.application.port.in.organisation.OrganisationView;
import org.programmeregistry.application.port.in.organisation.RegisterOrganisationUseCase;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.application.port.out.TransactionBoundary;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;
import org.programmeregistry.domain.organisation.Office;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/** Registers organisations and opens their offices; reads them back. */
public final class OrganisationService implements RegisterOrganisationUseCase, OpenOfficeUseCase, FindOrganisationQuery {

    private final OrganisationRepository organisations;
    private final TerritoryCatalogue catalogue;
    private final TransactionBoundary transactions;
    private final Auditor auditor;
    private final Views views;

    public OrganisationService(OrganisationRepository organisations, TerritoryCatalogue catalogue, TransactionBoundary transactions,
            AuditLog auditLog, Clock clock) {
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.auditor = new Auditor(auditLog, clock);
        this.views = new Views(catalogue);
    }

    @Override
    public void register(RegisterOrganisationUseCase.Command c) {
        Organisation organisation = Organisation.register(Acronym.of(c.acronym()), c.name(), c.type(),
                c.iatiIdentifier() == null ? null : new IatiOrganisationIdentifier(c.iatiIdentifier()));
        transactions.run(() -> {
            organisations.find(organisation.acronym()).ifPresent(existing -> {
                throw new RuleViolation(Rule.O1, "the acronym " + organisation.acronym() + " is already used by " + existing.name()
                        + "; acronyms are unique without regard to case");
            });
            organisation.iatiIdentifier().flatMap(organisations::findByIatiIdentifier).ifPresent(existing -> {
                throw new RuleViolation(Rule.O1, "the IATI identifier " + existing.iatiIdentifier().orElseThrow() + " already belongs to "
                        + existing.acronym() + "; one organisation per identifier");
            });
            organisations.add(organisation);
            auditor.organisation(c.actor(), organisation.acronym().value(), "registered", organisation.name() + ", " + organisation.type());
        });
    }

    @Override
    public void openOffice(OpenOfficeUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        transactions.run(() -> {
            Organisation organisation = load(c.organisation());
            Office office = organisation.openOffice(territory, c.openedOn(), catalogue);
            organisations.update(organisation);
            auditor.organisation(c.actor(), organisation.acronym().value(), "office opened", office.territory() + " since " + office.openedOn());
        });
    }

    @Override
    public OrganisationView find(String acronym) {
        return views.of(transactions.inTransaction(() -> load(acronym)));
    }

    @Override
    public List<OrganisationView> all() {
        return transactions.inTransaction(organisations::all).stream().map(views::of).toList();
    }

    private Organisation load(String acronym) {
        return organisations.find(Acronym.of(acronym)).orElseThrow(() -> NotFoundException.organisation(acronym.strip()));
    }
}

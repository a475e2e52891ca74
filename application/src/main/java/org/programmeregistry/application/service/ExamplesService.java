package org.programmeregistry.application.service;

import java.time.LocalDate;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.AddParticipantUseCase;
import org.programmeregistry.application.port.in.event.MarkEventHeldUseCase;
import org.programmeregistry.application.port.in.event.RecordSignatureUseCase;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.application.port.in.examples.Examples;
import org.programmeregistry.application.port.in.examples.LoadExamplesUseCase;
import org.programmeregistry.application.port.in.organisation.OpenOfficeUseCase;
import org.programmeregistry.application.port.in.organisation.RegisterOrganisationUseCase;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.AddDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.AddModuleUseCase;
import org.programmeregistry.application.port.in.programme.AssignCoordinatingOfficeUseCase;
import org.programmeregistry.application.port.in.programme.AssignPartnerRoleUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase.Step;
import org.programmeregistry.application.port.in.programme.RecordContributionUseCase;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.TagSdgTargetUseCase;
import org.programmeregistry.application.port.out.TransactionBoundary;
import org.programmeregistry.domain.programme.DeliverableScope;

/**
 * Loads examples through the same use cases a programme officer runs one by one, so every
 * rule and audit entry applies; they all join one transaction, so a failure anywhere leaves
 * nothing behind.
 */
public final class ExamplesService implements LoadExamplesUseCase {

    private final ProgrammeService programmes;
    private final OrganisationService organisations;
    private final EventService events;
    private final RegistryQueryService queries;
    private final TransactionBoundary transactions;

    public ExamplesService(ProgrammeService programmes, OrganisationService organisations, EventService events, RegistryQueryService queries,
            TransactionBoundary transactions) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.events = events;
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public Result load(Command command) {
        return transactions.inTransaction(() -> {
            String actor = command.actor();
            int newOrganisations = 0;
            int newProgrammes = 0;
            int alreadyRegistered = 0;
            for (Examples.Organisation o : command.examples().organisations()) {
                if (organisationExists(o.acronym())) {
                    alreadyRegistered++;
                } else {
                    register(actor, o);
                    newOrganisations++;
                }
            }
            for (Examples.Programme p : command.examples().programmes()) {
                if (programmeExists(p.id())) {
                    alreadyRegistered++;
                } else {
                    register(actor, p);
                    newProgrammes++;
                }
            }
            return new Result(newOrganisations, newProgrammes, alreadyRegistered);
        });
    }

    private boolean organisationExists(String acronym) {
        try {
            organisations.find(acronym);
            return true;
        } catch (NotFoundException unknown) {
            return false;
        }
    }

    private boolean programmeExists(String id) {
        try {
            queries.find(id);
            return true;
        } catch (NotFoundException unknown) {
            return false;
        }
    }

    private void register(String actor, Examples.Organisation o) {
        organisations.register(new RegisterOrganisationUseCase.Command(actor, o.acronym(), o.name(), o.type(), o.iatiIdentifier()));
        for (Examples.Office office : o.offices()) {
            organisations.openOffice(new OpenOfficeUseCase.Command(actor, o.acronym(), office.territory(), office.openedOn()));
        }
    }

    private void register(String a, Examples.Programme p) {
        programmes.register(new RegisterProgrammeUseCase.Command(a, p.id(), p.title(), p.summary(), p.plannedStart(), p.plannedEnd()));
        p.beneficiaries().forEach(t -> programmes.addBeneficiary(new AddBeneficiaryUseCase.Command(a, p.id(), t)));
        p.roles().forEach(r -> programmes.assignRole(new AssignPartnerRoleUseCase.Command(a, p.id(), r.organisation(), r.role())));
        if (p.coordinatingOffice() != null) {
            programmes.assignCoordinatingOffice(new AssignCoordinatingOfficeUseCase.Command(a, p.id(), p.coordinatingOffice().organisation(),
                    p.coordinatingOffice().territory()));
        }
        p.contributions().forEach(c -> programmes.recordContribution(
                new RecordContributionUseCase.Command(a, p.id(), c.donor(), c.instrument(), c.amount(), c.currency())));
        p.modules().forEach(m -> programmes.addModule(new AddModuleUseCase.Command(a, p.id(), m.number(), m.name(), m.lead())));
        p.deliverables().forEach(d -> programmes.addDeliverable(new AddDeliverableUseCase.Command(a, p.id(), d.kind(),
                d.territory() == null ? DeliverableScope.REGIONAL : DeliverableScope.NATIONAL, d.title(), d.territory())));
        p.sdgTargets().forEach(t -> programmes.tagSdgTarget(new TagSdgTargetUseCase.Command(a, p.id(), t)));
        if (p.started() != null) {
            changeStatus(a, p.id(), Step.START, p.started());
        }
        for (Examples.Event e : p.events()) {
            int number = events.schedule(new ScheduleEventUseCase.Command(a, p.id(), e.module(), e.kind(), e.title(), e.city(), e.territory(),
                    e.start(), e.end(), e.targetGroups()));
            for (Examples.Delegation d : e.delegations()) {
                events.addDelegation(new AddDelegationUseCase.Command(a, p.id(), number, d.territory(), d.head()));
                d.members().forEach(m -> events.addParticipant(new AddParticipantUseCase.Command(a, p.id(), number, d.territory(), m)));
            }
            if (e.held()) {
                events.markHeld(new MarkEventHeldUseCase.Command(a, p.id(), number));
            }
            e.signatures().forEach(s -> events.recordSignature(
                    new RecordSignatureUseCase.Command(a, p.id(), number, s.deliverable(), s.territory())));
        }
        if (p.finalised() != null) {
            changeStatus(a, p.id(), Step.FINALISE, p.finalised());
        }
        if (p.closed()) {
            changeStatus(a, p.id(), Step.CLOSE, null);
        }
    }

    private void changeStatus(String actor, String id, Step step, LocalDate date) {
        programmes.changeStatus(new ChangeProgrammeStatusUseCase.Command(actor, id, step, date));
    }
}

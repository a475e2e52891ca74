package org.programmeregistry.application.service;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.AddDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.AddModuleUseCase;
import org.programmeregistry.application.port.in.programme.AssignCoordinatingOfficeUseCase;
import org.programmeregistry.application.port.in.programme.AssignPartnerRoleUseCase;
import org.programmeregistry.application.port.in.programme.ChangeContributionUseCase;
import org.programmeregistry.application.port.in.programme.ChangeDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase;
import org.programmeregistry.application.port.in.programme.RecordContributionUseCase;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.RemoveBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.RemoveContributionUseCase;
import org.programmeregistry.application.port.in.programme.RemoveDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.RemoveSdgTargetUseCase;
import org.programmeregistry.application.port.in.programme.RemoveModuleUseCase;
import org.programmeregistry.application.port.in.programme.RescheduleProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.ReviseProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.TagSdgTargetUseCase;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.port.out.TransactionBoundary;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.Deliverable;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.Module;
import org.programmeregistry.domain.programme.Money;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.SdgTarget;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/** The programme use cases: each one transaction that loads, changes through the domain, stores and audits. */
public final class ProgrammeService implements RegisterProgrammeUseCase, ReviseProgrammeUseCase, RescheduleProgrammeUseCase,
        AddBeneficiaryUseCase, RemoveBeneficiaryUseCase, RecordContributionUseCase, AssignPartnerRoleUseCase,
        AssignCoordinatingOfficeUseCase, AddModuleUseCase, RemoveModuleUseCase, AddDeliverableUseCase, TagSdgTargetUseCase,
        ChangeProgrammeStatusUseCase, ChangeContributionUseCase, RemoveContributionUseCase, ChangeDeliverableUseCase,
        RemoveDeliverableUseCase, RemoveSdgTargetUseCase {

    private final ProgrammeRepository programmes;
    private final OrganisationRepository organisations;
    private final TerritoryCatalogue catalogue;
    private final TransactionBoundary transactions;
    private final Auditor auditor;

    public ProgrammeService(ProgrammeRepository programmes, OrganisationRepository organisations, TerritoryCatalogue catalogue, TransactionBoundary transactions, AuditLog auditLog, Clock clock) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.auditor = new Auditor(auditLog, clock);
    }

    @Override
    public ProgrammeId register(RegisterProgrammeUseCase.Command c) {
        ProgrammeId id = new ProgrammeId(c.programmeId());
        Programme programme = Programme.register(id, c.title(), c.summary(),
                Period.of(c.plannedStart(), c.plannedEnd(), Rule.P3, "the planned period"));
        return transactions.inTransaction(() -> {
            if (programmes.exists(id)) {
                String stored = programmes.find(id).map(p -> p.id().value()).orElse(id.value());
                throw new RuleViolation(Rule.P1, "a programme " + stored + " is already registered; identifiers are unique"
                        + (stored.equals(id.value()) ? "" : " regardless of case"));
            }
            programmes.add(programme);
            auditor.programme(c.actor(), id.value(), "registered", "'" + programme.title() + "', planned " + programme.planned());
            return id;
        });
    }

    @Override
    public void revise(ReviseProgrammeUseCase.Command c) {
        change(c.programmeId(), p -> p.revise(c.title(), c.summary()), c.actor(), "revised", "title '" + c.title() + "'");
    }

    @Override
    public void reschedule(RescheduleProgrammeUseCase.Command c) {
        Period planned = Period.of(c.plannedStart(), c.plannedEnd(), Rule.P3, "the planned period");
        Period actual = Period.of(c.actualStart(), c.actualEnd(), Rule.P3, "the actual period");
        change(c.programmeId(), p -> p.reschedule(planned, actual, catalogue), c.actor(), "rescheduled",
                "planned " + planned + ", actual " + actual);
    }

    @Override
    public void addBeneficiary(AddBeneficiaryUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        change(c.programmeId(), p -> p.addBeneficiary(territory, catalogue), c.actor(), "beneficiary added", territory.value());
    }

    @Override
    public void removeBeneficiary(RemoveBeneficiaryUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        change(c.programmeId(), p -> p.removeBeneficiary(territory), c.actor(), "beneficiary removed",
                territory.value());
    }

    @Override
    public void recordContribution(RecordContributionUseCase.Command c) {
        Money money = c.amount() == null ? null : new Money(c.amount(), c.currency());
        change(c.programmeId(), p -> {
            Acronym donor = registered(c.donor());
            p.recordContribution(Contribution.of(donor, c.instrument(), money));
        }, c.actor(), "contribution recorded", c.donor() + (c.instrument() == null ? "" : " " + c.instrument())
                + (money == null ? "" : " " + money));
    }

    @Override
    public void assignRole(AssignPartnerRoleUseCase.Command c) {
        change(c.programmeId(), p -> p.assignRole(registered(c.organisation()), c.role()), c.actor(), "role assigned",
                c.organisation() + " " + c.role());
    }

    @Override
    public void assignCoordinatingOffice(AssignCoordinatingOfficeUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        change(c.programmeId(), p -> {
            Organisation organisation = organisations.find(Acronym.of(c.organisation()))
                    .orElseThrow(() -> NotFoundException.organisation(c.organisation()));
            p.assignCoordinatingOffice(organisation, territory);
        }, c.actor(), "coordinating office assigned", c.organisation() + " " + territory);
    }

    @Override
    public void addModule(AddModuleUseCase.Command c) {
        change(c.programmeId(), p -> p.addModule(new Module(c.number(), c.name(), registered(c.lead()))), c.actor(), "module added",
                c.number() + " " + c.name() + " (" + c.lead() + ")");
    }

    @Override
    public void removeModule(RemoveModuleUseCase.Command c) {
        change(c.programmeId(), p -> p.removeModule(c.number()), c.actor(), "module removed", String.valueOf(c.number()));
    }

    @Override
    public int addDeliverable(AddDeliverableUseCase.Command c) {
        Optional<TerritoryCode> territory = Optional.ofNullable(c.territory()).map(TerritoryCode::of);
        return transactions.inTransaction(() -> {
            Programme programme = load(c.programmeId());
            Deliverable deliverable = programme.addDeliverable(c.kind(), c.scope(), c.title(), territory);
            programmes.update(programme);
            auditor.programme(c.actor(), programme.id().value(), "deliverable added", deliverable.number() + " '" + deliverable.title() + "'"
                    + territory.map(t -> " for " + t).orElse(""));
            return deliverable.number();
        });
    }

    @Override
    public void tagSdgTarget(TagSdgTargetUseCase.Command c) {
        SdgTarget target = new SdgTarget(c.target());
        change(c.programmeId(), p -> p.tagSdgTarget(target), c.actor(), "SDG target tagged", target.code());
    }

    // ---- corrections -------------------------------------------------------------------------

    @Override
    public void changeContribution(ChangeContributionUseCase.Command c) {
        Acronym donor = Acronym.of(c.donor());
        Optional<String> instrument = Optional.ofNullable(c.instrument());
        Money money = c.amount() == null ? null : new Money(c.amount(), c.currency());
        transactions.run(() -> {
            Programme programme = load(c.programmeId());
            Contribution recorded = programme.recordedContribution(donor, instrument);
            Contribution corrected = new Contribution(recorded.donor(),
                    c.correctedInstrument() == null ? recorded.instrument() : Optional.of(c.correctedInstrument()),
                    c.withoutAmount() ? Optional.empty() : money != null ? Optional.of(money) : recorded.amount());
            programme.changeContribution(donor, instrument, corrected);
            programmes.update(programme);
            auditor.programme(c.actor(), programme.id().value(), "contribution changed", recorded.describe()
                    + recorded.amount().map(m -> " " + m).orElse("") + " -> " + corrected.describe()
                    + corrected.amount().map(m -> " " + m).orElse(" without amount"));
        });
    }

    @Override
    public void removeContribution(RemoveContributionUseCase.Command c) {
        Acronym donor = Acronym.of(c.donor());
        Optional<String> instrument = Optional.ofNullable(c.instrument());
        transactions.run(() -> {
            Programme programme = load(c.programmeId());
            Contribution recorded = programme.recordedContribution(donor, instrument);
            programme.removeContribution(donor, instrument);
            programmes.update(programme);
            auditor.programme(c.actor(), programme.id().value(), "contribution removed", recorded.describe()
                    + recorded.amount().map(m -> " " + m).orElse(""));
        });
    }

    @Override
    public void changeDeliverable(ChangeDeliverableUseCase.Command c) {
        Optional<TerritoryCode> territory = Optional.ofNullable(c.territory()).map(TerritoryCode::of);
        transactions.run(() -> {
            Programme programme = load(c.programmeId());
            Deliverable current = programme.recordedDeliverable(c.number());
            DeliverableScope scope = c.scope() != null ? c.scope() : territory.isPresent() ? DeliverableScope.NATIONAL : current.scope();
            Optional<TerritoryCode> place = territory.isPresent() ? territory
                    : scope == DeliverableScope.NATIONAL ? current.territory() : Optional.empty();
            Deliverable changed = programme.changeDeliverable(c.number(), c.kind() != null ? c.kind() : current.kind(), scope,
                    c.title() != null ? c.title() : current.title(), place);
            programmes.update(programme);
            auditor.programme(c.actor(), programme.id().value(), "deliverable changed", changed.number() + " '" + changed.title() + "' "
                    + changed.kind().name().toLowerCase(java.util.Locale.ROOT) + ", " + changed.scope().name().toLowerCase(java.util.Locale.ROOT)
                    + changed.territory().map(t -> " for " + t).orElse(""));
        });
    }

    @Override
    public void removeDeliverable(RemoveDeliverableUseCase.Command c) {
        transactions.run(() -> {
            Programme programme = load(c.programmeId());
            String title = programme.deliverable(c.number()).map(d -> " '" + d.title() + "'").orElse("");
            programme.removeDeliverable(c.number());
            programmes.update(programme);
            auditor.programme(c.actor(), programme.id().value(), "deliverable removed", c.number() + title);
        });
    }

    @Override
    public void removeSdgTarget(RemoveSdgTargetUseCase.Command c) {
        SdgTarget target = new SdgTarget(c.target());
        change(c.programmeId(), p -> p.removeSdgTarget(target), c.actor(), "SDG target removed", target.code());
    }

    @Override
    public void changeStatus(ChangeProgrammeStatusUseCase.Command c) {
        change(c.programmeId(), p -> {
            switch (c.step()) {
                case START -> p.start(c.date(), catalogue);
                case FINALISE -> p.finalise(c.date(), catalogue);
                case CLOSE -> p.close();
                case SUSPEND -> p.suspend();
                case RESUME -> p.resume();
                case CANCEL -> p.cancel();
            }
        }, c.actor(), "status changed", c.step() + (c.date() == null ? "" : " on " + c.date()));
    }

    private void change(String programmeId, Consumer<Programme> change, String actor, String action, String detail) {
        transactions.run(() -> {
            Programme programme = load(programmeId);
            change.accept(programme);
            programmes.update(programme);
            auditor.programme(actor, programme.id().value(), action, detail);
        });
    }

    private Programme load(String programmeId) {
        ProgrammeId id = new ProgrammeId(programmeId);
        return programmes.find(id).orElseThrow(() -> NotFoundException.programme(id));
    }

    private Acronym registered(String acronym) {
        return organisations.find(Acronym.of(acronym)).map(Organisation::acronym)
                .orElseThrow(() -> NotFoundException.organisation(acronym.strip()));
    }
}

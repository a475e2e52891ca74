package org.programmeregistry.application.service;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.AddParticipantUseCase;
import org.programmeregistry.application.port.in.event.CancelEventUseCase;
import org.programmeregistry.application.port.in.event.CorrectParticipantUseCase;
import org.programmeregistry.application.port.in.event.MarkEventHeldUseCase;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.event.RecordSignatureUseCase;
import org.programmeregistry.application.port.in.event.RemoveDelegationUseCase;
import org.programmeregistry.application.port.in.event.RemoveParticipantUseCase;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.port.out.EventRepository;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.port.out.TransactionBoundary;
import org.programmeregistry.domain.event.Delegation;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.EventDetails;
import org.programmeregistry.domain.event.EventId;
import org.programmeregistry.domain.event.Participant;
import org.programmeregistry.domain.event.Venue;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * The event use cases. The programme is the consistency boundary of its events: each use case
 * loads the programme with the event, changes the event through it (E1-E7) and stores both, the
 * programme first, so a change that conflicts with another made at the same moment (a close, a
 * removed beneficiary, another change of the programme's events) is refused with a
 * {@link ConcurrentChangeException}. Audit details name territories and roles, never people.
 */
public final class EventService implements ScheduleEventUseCase, AddDelegationUseCase, AddParticipantUseCase,
        MarkEventHeldUseCase, RecordSignatureUseCase, CancelEventUseCase, CorrectParticipantUseCase, RemoveParticipantUseCase,
        RemoveDelegationUseCase {

    private final ProgrammeRepository programmes;
    private final EventRepository events;
    private final TerritoryCatalogue catalogue;
    private final TransactionBoundary transactions;
    private final Auditor auditor;

    public EventService(ProgrammeRepository programmes, EventRepository events, TerritoryCatalogue catalogue,
            TransactionBoundary transactions, AuditLog auditLog, Clock clock) {
        this.programmes = programmes;
        this.events = events;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.auditor = new Auditor(auditLog, clock);
    }

    @Override
    public int schedule(ScheduleEventUseCase.Command c) {
        EventDetails details = new EventDetails(Optional.ofNullable(c.module()), c.kind(), c.title(),
                new Venue(c.city(), TerritoryCode.of(c.venueTerritory())), c.start(), c.end(), c.targetGroups());
        return transactions.inTransaction(() -> {
            Programme programme = loadProgramme(c.programmeId());
            Event event = Event.schedule(programme, details, catalogue);
            programmes.update(programme);
            events.add(event);
            auditor.event(c.actor(), programme.id().value(), event.id().number(), "scheduled",
                    details.kind().label() + " '" + details.title() + "', " + details.venue().city() + " " + details.dates());
            return event.id().number();
        });
    }

    @Override
    public void addDelegation(AddDelegationUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        Participant head = participant(c.head());
        change(c.programmeId(), c.event(), (p, e) -> e.addDelegation(p, territory, head, catalogue), c.actor(), "delegation added",
                territory + " led by the " + head.position() + ", " + head.institution());
    }

    @Override
    public void addParticipant(AddParticipantUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        Participant member = participant(c.participant());
        change(c.programmeId(), c.event(), (p, e) -> e.addParticipant(p, territory, member), c.actor(), "participant added",
                territory + " delegation: " + member.position() + ", " + member.institution());
    }

    @Override
    public void markHeld(MarkEventHeldUseCase.Command c) {
        change(c.programmeId(), c.event(), (p, e) -> e.markHeld(p), c.actor(), "held", "");
    }

    @Override
    public void recordSignature(RecordSignatureUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        change(c.programmeId(), c.event(), (p, e) -> e.recordSignature(p, c.deliverable(), territory), c.actor(), "signature recorded",
                "deliverable " + c.deliverable() + " for " + territory);
    }

    @Override
    public void cancel(CancelEventUseCase.Command c) {
        change(c.programmeId(), c.event(), (p, e) -> e.cancel(p), c.actor(), "cancelled", "");
    }

    // ---- corrections before the event is held: audit details name roles, never people ----------

    @Override
    public void correctParticipant(CorrectParticipantUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        correct(c.programmeId(), c.event(), (p, e) -> {
            Optional<Participant> current = e.participant(territory, c.name());
            Participant corrected = new Participant(c.correctedName() != null ? c.correctedName() : current.map(Participant::name).orElse(c.name()),
                    c.position() != null ? c.position() : current.map(Participant::position).orElse(""),
                    c.institution() != null ? c.institution() : current.map(Participant::institution).orElse(""));
            e.correctParticipant(p, territory, c.name(), corrected);
            return territory + " delegation: " + corrected.position() + ", " + corrected.institution()
                    + (c.correctedName() != null ? " (name corrected)" : "");
        }, c.actor(), "participant corrected");
    }

    @Override
    public void removeParticipant(RemoveParticipantUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        correct(c.programmeId(), c.event(), (p, e) -> {
            String role = e.participant(territory, c.name()).map(m -> m.position() + ", " + m.institution()).orElse("");
            e.removeParticipant(p, territory, c.name());
            return territory + " delegation: " + role;
        }, c.actor(), "participant removed");
    }

    @Override
    public void removeDelegation(RemoveDelegationUseCase.Command c) {
        TerritoryCode territory = TerritoryCode.of(c.territory());
        correct(c.programmeId(), c.event(), (p, e) -> {
            int people = e.delegationOf(territory).map(Delegation::size).orElse(0);
            e.removeDelegation(p, territory);
            return territory + ", " + people + (people == 1 ? " person" : " people");
        }, c.actor(), "delegation removed");
    }

    /** As {@link #change}, for a correction that says what it corrected once it is done (the audit detail). */
    private void correct(String programmeId, int number, BiFunction<Programme, Event, String> correction, String actor, String action) {
        transactions.run(() -> {
            Programme programme = loadProgramme(programmeId);
            Event event = loadEvent(programme, number);
            String detail = correction.apply(programme, event);
            programmes.update(programme);
            events.update(event);
            auditor.event(actor, programme.id().value(), number, action, detail);
        });
    }

    private Event loadEvent(Programme programme, int number) {
        EventId id = new EventId(programme.id(), number);
        Event event = events.find(id).orElseThrow(() -> NotFoundException.event(id));
        if (!programme.event(number).equals(Optional.of(event.reference()))) {
            // read committed: the programme and the event were read on either side of another change's commit
            throw new ConcurrentChangeException(id + " changed while it was read");
        }
        return event;
    }

    private void change(String programmeId, int number, BiConsumer<Programme, Event> change, String actor, String action, String detail) {
        transactions.run(() -> {
            Programme programme = loadProgramme(programmeId);
            Event event = loadEvent(programme, number);
            change.accept(programme, event);
            programmes.update(programme);
            events.update(event);
            auditor.event(actor, programme.id().value(), number, action, detail);
        });
    }

    private Programme loadProgramme(String programmeId) {
        ProgrammeId id = new ProgrammeId(programmeId);
        return programmes.find(id).orElseThrow(() -> NotFoundException.programme(id));
    }

    private static Participant participant(Person person) {
        return new Participant(person.name(), person.position(), person.institution());
    }
}

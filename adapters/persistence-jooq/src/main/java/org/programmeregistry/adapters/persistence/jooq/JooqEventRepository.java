package org.programmeregistry.adapters.persistence.jooq;

import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.EVENT;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.EVENT_PARTICIPANT;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.EVENT_SIGNATURE;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.EVENT_TARGET_GROUP;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.EventParticipantRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.EventRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.EventSignatureRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.EventTargetGroupRecord;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.port.out.EventRepository;
import org.programmeregistry.domain.event.Delegation;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.EventDetails;
import org.programmeregistry.domain.event.EventId;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.event.EventSnapshot;
import org.programmeregistry.domain.programme.EventStatus;
import org.programmeregistry.domain.event.Participant;
import org.programmeregistry.domain.event.Signature;
import org.programmeregistry.domain.event.Venue;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * Events in {@code event} and its child tables. Delegations, members and signatures are only
 * ever added, so an update inserts the new rows and changes the root row under its version.
 */
final class JooqEventRepository implements EventRepository {

    private final JooqTransactions transactions;

    JooqEventRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Event> find(EventId id) {
        return load(eventsOf(id.programme()).and(EVENT.EVENT_NUMBER.eq(id.number()))).stream().findFirst();
    }

    @Override
    public List<Event> ofProgramme(ProgrammeId programme) {
        return load(eventsOf(programme));
    }

    /** The events of a programme named in any case (P1): its identifier as stored is the one whose key matches. */
    private static Condition eventsOf(ProgrammeId programme) {
        return EVENT.PROGRAMME_ID.eq(DSL.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.ID_KEY.eq(programme.key())));
    }

    private List<Event> load(Condition condition) {
        DSLContext dsl = transactions.dsl();
        List<EventRecord> roots = dsl.selectFrom(EVENT).where(condition).orderBy(EVENT.PROGRAMME_ID, EVENT.EVENT_NUMBER).fetch();
        if (roots.isEmpty()) {
            return List.of();
        }
        String programme = roots.get(0).getProgrammeId();
        Set<Integer> numbers = roots.stream().map(EventRecord::getEventNumber).collect(Collectors.toSet());
        Map<Integer, List<String>> groups = dsl.selectFrom(EVENT_TARGET_GROUP)
                .where(EVENT_TARGET_GROUP.PROGRAMME_ID.eq(programme).and(EVENT_TARGET_GROUP.EVENT_NUMBER.in(numbers)))
                .orderBy(EVENT_TARGET_GROUP.SEQ).fetchGroups(EVENT_TARGET_GROUP.EVENT_NUMBER, EVENT_TARGET_GROUP.TARGET_GROUP);
        Map<Integer, org.jooq.Result<EventParticipantRecord>> participants = dsl.selectFrom(EVENT_PARTICIPANT)
                .where(EVENT_PARTICIPANT.PROGRAMME_ID.eq(programme).and(EVENT_PARTICIPANT.EVENT_NUMBER.in(numbers)))
                .orderBy(EVENT_PARTICIPANT.DELEGATION_SEQ, EVENT_PARTICIPANT.SEQ).fetchGroups(EVENT_PARTICIPANT.EVENT_NUMBER);
        Map<Integer, org.jooq.Result<EventSignatureRecord>> signatures = dsl.selectFrom(EVENT_SIGNATURE)
                .where(EVENT_SIGNATURE.PROGRAMME_ID.eq(programme).and(EVENT_SIGNATURE.EVENT_NUMBER.in(numbers)))
                .orderBy(EVENT_SIGNATURE.SEQ).fetchGroups(EVENT_SIGNATURE.EVENT_NUMBER);
        List<Event> events = new ArrayList<>();
        for (EventRecord root : roots) {
            int number = root.getEventNumber();
            EventDetails details = new EventDetails(Optional.ofNullable(root.getModuleNumber()), EventKind.valueOf(root.getKind()),
                    root.getTitle(), new Venue(root.getCity(), new TerritoryCode(root.getVenueTerritory())), root.getStartDate(),
                    root.getEndDate(), groups.getOrDefault(number, List.of()));
            List<Delegation> delegations = delegations(participants.containsKey(number) ? participants.get(number) : List.of());
            Map<TerritoryCode, Participant> heads = delegations.stream().collect(Collectors.toMap(Delegation::territory, Delegation::head));
            List<Signature> signed = (signatures.containsKey(number) ? signatures.get(number) : List.<EventSignatureRecord>of()).stream().map(s -> new Signature(s.getDeliverableNumber(),
                    new TerritoryCode(s.getTerritory()), heads.get(new TerritoryCode(s.getTerritory())))).toList();
            Event event = Event.reconstitute(new EventSnapshot(new EventId(new ProgrammeId(root.getProgrammeId()), number), details,
                    EventStatus.valueOf(root.getStatus()), delegations, signed, root.getVersion()));
            transactions.scope().remember(event.id(), event.snapshot());
            events.add(event);
        }
        return events;
    }

    private static List<Delegation> delegations(List<EventParticipantRecord> rows) {
        Map<String, List<EventParticipantRecord>> byTerritory = new LinkedHashMap<>();
        rows.forEach(r -> byTerritory.computeIfAbsent(r.getTerritory(), t -> new ArrayList<>()).add(r));
        return byTerritory.entrySet().stream().map(e -> {
            List<Participant> people = e.getValue().stream().map(r -> new Participant(r.getName(), r.getPositionTitle(), r.getInstitution()))
                    .toList();
            return new Delegation(new TerritoryCode(e.getKey()), people.get(0), people.subList(1, people.size()));
        }).toList();
    }

    @Override
    public void add(Event event) {
        DSLContext dsl = transactions.dsl();
        EventSnapshot s = event.snapshot();
        dsl.insertInto(EVENT).set(root(s, 0)).execute();
        List<String> groups = s.details().targetGroups();
        List<EventTargetGroupRecord> groupRows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            groupRows.add(new EventTargetGroupRecord(s.id().programme().value(), s.id().number(), i, groups.get(i)));
        }
        Jdbc.insertAll(transactions, EVENT_TARGET_GROUP, groupRows);
        Jdbc.insertAll(transactions, EVENT_PARTICIPANT, participantRows(s));
        Jdbc.insertAll(transactions, EVENT_SIGNATURE, signatureRows(s));
        // the event's title is searched with its programme's text (an update never changes the title)
        SearchIndex.refresh(transactions.connection(), SearchIndex.keepsWords(transactions), List.of(s.id().programme().value()));
    }

    @Override
    public void update(Event event) {
        DSLContext dsl = transactions.dsl();
        EventSnapshot s = event.snapshot();
        int updated = dsl.update(EVENT).set(EVENT.STATUS, s.status().name()).set(EVENT.VERSION, s.version() + 1)
                .where(EVENT.PROGRAMME_ID.eq(s.id().programme().value()).and(EVENT.EVENT_NUMBER.eq(s.id().number()))
                        .and(EVENT.VERSION.eq(s.version())))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException(s.id().toString());
        }
        EventSnapshot before = (EventSnapshot) transactions.scope().takeLoaded(s.id());
        if (before == null || before.version() != s.version()) {
            Condition ofEvent = EVENT_PARTICIPANT.PROGRAMME_ID.eq(s.id().programme().value()).and(EVENT_PARTICIPANT.EVENT_NUMBER.eq(s.id().number()));
            dsl.deleteFrom(EVENT_PARTICIPANT).where(ofEvent).execute();
            dsl.deleteFrom(EVENT_SIGNATURE).where(EVENT_SIGNATURE.PROGRAMME_ID.eq(s.id().programme().value())
                    .and(EVENT_SIGNATURE.EVENT_NUMBER.eq(s.id().number()))).execute();
            before = new EventSnapshot(s.id(), s.details(), s.status(), List.of(), List.of(), s.version());
        }
        // people rows change only where a delegation changed: a correction or removal (or the
        // shift it causes in the rows after it) deletes the row as it was and inserts it as it is
        List<EventParticipantRecord> people = participantRows(s);
        Set<List<Object>> keptPeople = new HashSet<>();
        people.forEach(r -> keptPeople.add(Rows.values(r)));
        Set<List<Object>> storedPeople = new HashSet<>();
        List<Condition> gone = new ArrayList<>();
        for (EventParticipantRecord r : participantRows(before)) {
            storedPeople.add(Rows.values(r));
            if (!keptPeople.contains(Rows.values(r))) {
                gone.add(EVENT_PARTICIPANT.TERRITORY.eq(r.getTerritory()).and(EVENT_PARTICIPANT.SEQ.eq(r.getSeq())));
            }
        }
        if (!gone.isEmpty()) {
            dsl.deleteFrom(EVENT_PARTICIPANT).where(EVENT_PARTICIPANT.PROGRAMME_ID.eq(s.id().programme().value())
                    .and(EVENT_PARTICIPANT.EVENT_NUMBER.eq(s.id().number())).and(DSL.or(gone))).execute();
        }
        Jdbc.insertAll(transactions, EVENT_PARTICIPANT, people.stream().filter(r -> !storedPeople.contains(Rows.values(r))).toList());
        List<EventSignatureRecord> signatures = signatureRows(s);
        Jdbc.insertAll(transactions, EVENT_SIGNATURE, signatures.subList(before.signatures().size(), signatures.size()));
    }

    private static EventRecord root(EventSnapshot s, long version) {
        EventDetails d = s.details();
        return new EventRecord(s.id().programme().value(), s.id().number(), d.module().orElse(null), d.kind().name(), d.title(),
                d.venue().city(), d.venue().territory().value(), d.start(), d.end(), s.status().name(), version);
    }

    private static List<EventParticipantRecord> participantRows(EventSnapshot s) {
        List<EventParticipantRecord> rows = new ArrayList<>();
        List<Delegation> delegations = s.delegations();
        for (int d = 0; d < delegations.size(); d++) {
            Delegation delegation = delegations.get(d);
            List<Participant> people = delegation.everyone().toList();
            for (int p = 0; p < people.size(); p++) {
                Participant person = people.get(p);
                rows.add(new EventParticipantRecord(s.id().programme().value(), s.id().number(), delegation.territory().value(), p, d,
                        person.name(), person.position(), person.institution()));
            }
        }
        return rows;
    }

    private static List<EventSignatureRecord> signatureRows(EventSnapshot s) {
        List<EventSignatureRecord> rows = new ArrayList<>();
        List<Signature> signatures = s.signatures();
        for (int i = 0; i < signatures.size(); i++) {
            rows.add(new EventSignatureRecord(s.id().programme().value(), s.id().number(), i, signatures.get(i).deliverable(),
                    signatures.get(i).territory().value()));
        }
        return rows;
    }
}

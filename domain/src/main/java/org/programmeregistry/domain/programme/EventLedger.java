package org.programmeregistry.domain.programme;

import static org.programmeregistry.domain.RuleViolation.require;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.territory.Territory;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * What a programme keeps of its events ({@link EventReference}s), with the rules that span the
 * programme and its events (E1, E2, E4, E5, E6 for signatures, E7). The programme checks that
 * it is open (E6) and hands each rule what it needs of its own state.
 */
final class EventLedger {

    private final ProgrammeId programme;
    private final Map<Integer, EventReference> events = new TreeMap<>();

    EventLedger(ProgrammeId programme) {
        this.programme = programme;
    }

    /** Takes stored references; the programme checks them with {@link #checkStored}. */
    static EventLedger of(ProgrammeId programme, List<EventReference> stored) {
        EventLedger ledger = new EventLedger(programme);
        for (EventReference event : stored) {
            if (ledger.events.put(event.number(), event) != null) {
                throw new IllegalArgumentException("event " + event.number() + " of programme " + programme + " appears twice");
            }
        }
        return ledger;
    }

    /**
     * E1: inside the programme period; E2: of a module of the programme, if any; E3: at a venue
     * that exists on the event's first day. Numbers the event.
     */
    EventReference schedule(Optional<Integer> module, Period dates, TerritoryCode venue, Period period, Workplan workplan,
            TerritoryCatalogue catalogue) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(dates, "dates");
        require(period.contains(dates.start()) && period.contains(dates.end()), Rule.E1, () -> "the event runs " + dates
                + ", outside the period of programme " + programme + " (" + period + "); schedule it inside that period");
        module.ifPresent(m -> require(workplan.hasModule(m), Rule.E2,
                () -> "programme " + programme + " has no module " + m + "; a module-level event names a module of its programme"));
        Territory place = catalogue.get(venue);
        require(place.existsOn(dates.start()), Rule.E3, () -> place.code() + " did not exist on " + dates.start()
                + "; the venue must be in a territory that exists on the event's first day");
        int number = events.isEmpty() ? 1 : Collections.max(events.keySet()) + 1;
        EventReference event = EventReference.scheduled(number, module, dates);
        events.put(number, event);
        return event;
    }

    /** The reference of an event of this programme; asking for another is a programming error. */
    EventReference get(int number) {
        EventReference event = events.get(number);
        if (event == null) {
            throw new IllegalArgumentException("programme " + programme + " has no event " + number);
        }
        return event;
    }

    private void replace(EventReference event) {
        events.put(event.number(), event);
    }

    /** E7: only a scheduled event is changed or held. */
    private EventReference scheduled(int number) {
        EventReference event = get(number);
        require(event.status() == EventStatus.SCHEDULED, Rule.E7, () -> "event " + event.number() + " of programme " + programme
                + " is " + event.status() + "; only a scheduled event can be changed or held");
        return event;
    }

    /** E4: from a beneficiary that exists on the event's first day, one delegation per territory. */
    void addDelegation(int number, TerritoryCode territory, Set<TerritoryCode> beneficiaries, TerritoryCatalogue catalogue) {
        EventReference event = scheduled(number);
        Territory known = catalogue.get(territory);
        LocalDate first = event.dates().start();
        String name = known.nameOn(first).orElse(known.latestName());
        require(beneficiaries.contains(territory), Rule.E4, () -> name + " (" + territory + ") is not a beneficiary of programme "
                + programme + "; delegations come only from beneficiary territories");
        require(known.existsOn(first), Rule.E4, () -> name + " (" + territory + ") did not exist on " + first
                + "; a delegation comes from a territory that exists on the event's first day");
        require(!event.hasDelegationFrom(territory), Rule.E4, () -> "event " + number + " already has a delegation from " + name
                + " (" + territory + "); one delegation per territory");
        replace(event.withDelegation(territory));
    }

    /** E4: a member joins a delegation that exists. */
    void addParticipant(int number, TerritoryCode territory) {
        EventReference event = scheduled(number);
        require(event.hasDelegationFrom(territory), Rule.E4, () -> "event " + number + " has no delegation from " + territory
                + "; add the delegation with its head first");
    }

    /** E7: the event is scheduled; E4: it has a delegation from the territory, whose people may then change. */
    void changeDelegation(int number, TerritoryCode territory) {
        EventReference event = scheduled(number);
        require(event.hasDelegationFrom(territory), Rule.E4, () -> "event " + number + " of programme " + programme
                + " has no delegation from " + territory);
    }

    /** E7: the event is scheduled; E4: the delegation exists. Being scheduled, the event has no signature to lose. */
    void removeDelegation(int number, TerritoryCode territory) {
        changeDelegation(number, territory);
        replace(get(number).withoutDelegation(territory));
    }

    void markHeld(int number) {
        replace(scheduled(number).withStatus(EventStatus.HELD));
    }

    /**
     * E5: once the event is held, of a deliverable of the programme, for its territory when it
     * is national, by a territory with a delegation, once per deliverable and territory.
     */
    void recordSignature(int number, int deliverableNumber, TerritoryCode territory, Workplan workplan) {
        EventReference event = get(number);
        require(event.status() == EventStatus.HELD, Rule.E5, () -> "event " + number + " is " + event.status()
                + "; a signature is recorded only once the event has been held");
        Deliverable deliverable = workplan.deliverable(deliverableNumber).orElseThrow(() -> new RuleViolation(Rule.E5,
                "programme " + programme + " has no deliverable " + deliverableNumber));
        checkSignatory(deliverable, territory);
        require(event.hasDelegationFrom(territory), Rule.E5, () -> "event " + number + " has no delegation from " + territory
                + "; the signatory is the head of that territory's delegation");
        require(!event.isSigned(deliverableNumber, territory), Rule.E5, () -> "deliverable " + deliverableNumber
                + " is already signed for " + territory + "; one signature per deliverable and territory");
        replace(event.withSignature(new SignedDeliverable(deliverableNumber, territory)));
    }

    /** E7: an event is cancelled once; E6: an event with signatures is not cancelled. */
    void cancel(int number) {
        EventReference event = get(number);
        require(!event.isCancelled(), Rule.E7, () -> "event " + number + " of programme " + programme + " is already cancelled");
        require(event.signatures().isEmpty(), Rule.E6, () -> "event " + number + " has " + event.signatures().size()
                + " signature(s); an event with signatures cannot be cancelled");
        replace(event.withStatus(EventStatus.CANCELLED));
    }

    /** E1: every event falls inside the programme period. */
    void requireInside(Period period) {
        for (EventReference event : events.values()) {
            require(period.contains(event.dates().start()) && period.contains(event.dates().end()), Rule.E1,
                    () -> "event " + event.number() + " runs " + event.dates() + ", which would fall outside the programme period " + period);
        }
    }

    /** P8: a module with events cannot be removed. */
    void requireNoneOfModule(int module) {
        require(events.values().stream().noneMatch(e -> e.module().equals(Optional.of(module))), Rule.P8,
                () -> "module " + module + " has events; a module with events cannot be removed");
    }

    /** P13: a deliverable signed at an event is neither changed nor removed. */
    void requireUnsigned(int deliverable) {
        events.values().stream().filter(e -> e.signatures().stream().anyMatch(s -> s.deliverable() == deliverable)).findFirst()
                .ifPresent(e -> {
                    throw new RuleViolation(Rule.P13, "deliverable " + deliverable + " was signed at event " + e.number()
                            + " of programme " + programme + "; a signed deliverable is neither changed nor removed");
                });
    }

    /** E4: a territory that sent a delegation to an event that is not cancelled stays a beneficiary. */
    void requireNoDelegationFrom(TerritoryCode territory) {
        events.values().stream().filter(e -> !e.isCancelled() && e.hasDelegationFrom(territory)).findFirst().ifPresent(e -> {
            throw new RuleViolation(Rule.E4, territory + " sent a delegation to event " + e.number() + " of programme " + programme
                    + "; a territory with delegations stays a beneficiary");
        });
    }

    /**
     * The rules a stored programme's events must satisfy: E1 (inside the period), E2 (a module
     * of the programme), E4 (delegations of events not cancelled from beneficiaries), E5
     * (signatures only at held events, by a delegation, for a deliverable of the programme and,
     * for a national one, of its territory).
     */
    void checkStored(Period period, Workplan workplan, Set<TerritoryCode> beneficiaries) {
        requireInside(period);
        for (EventReference event : events.values()) {
            event.module().ifPresent(m -> require(workplan.hasModule(m), Rule.E2,
                    () -> "event " + event.number() + " names module " + m + ", which programme " + programme + " does not have"));
            if (!event.isCancelled()) {
                event.delegations().stream().filter(t -> !beneficiaries.contains(t)).findFirst().ifPresent(t -> {
                    throw new RuleViolation(Rule.E4, "event " + event.number() + " has a delegation from " + t
                            + ", which is not a beneficiary of programme " + programme);
                });
            }
            require(event.signatures().isEmpty() || event.status() == EventStatus.HELD, Rule.E5,
                    () -> "event " + event.number() + " has signatures but is " + event.status());
            for (SignedDeliverable signed : event.signatures()) {
                require(event.hasDelegationFrom(signed.territory()), Rule.E5, () -> "event " + event.number() + " has a signature for "
                        + signed.territory() + " but no delegation from it");
                Deliverable deliverable = workplan.deliverable(signed.deliverable()).orElseThrow(() -> new RuleViolation(Rule.E5,
                        "event " + event.number() + " has a signature of deliverable " + signed.deliverable() + ", which programme "
                                + programme + " does not have"));
                checkSignatory(deliverable, signed.territory());
            }
        }
    }

    /** E5: a national deliverable is signed for its own territory only. */
    private static void checkSignatory(Deliverable deliverable, TerritoryCode territory) {
        deliverable.territory().ifPresent(t -> require(t.equals(territory), Rule.E5, () -> "deliverable " + deliverable.number()
                + " '" + deliverable.title() + "' is for " + t + ", not " + territory + "; it is signed by the head of the " + t + " delegation"));
    }

    Optional<EventReference> find(int number) {
        return Optional.ofNullable(events.get(number));
    }

    List<EventReference> all() {
        return List.copyOf(events.values());
    }
}

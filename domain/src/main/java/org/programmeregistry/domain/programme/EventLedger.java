package org.programmeregistry.domain.programme;

import static org.programmeregistry.domain.RuleViolation.require;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * What a programme keeps of its events ({@link EventReference}s), with the rules that span the
 * programme and its events. The programme hands each rule what it needs of its own state.
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

    EventReference schedule(Optional<Integer> module, Period dates) {
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

    void replace(EventReference event) {
        events.put(event.number(), event);
    }

    /** E7: only a scheduled event is changed or held. */
    static void requireScheduled(EventReference event, ProgrammeId programme) {
        require(event.status() == EventStatus.SCHEDULED, Rule.E7, () -> "event " + event.number() + " of programme " + programme
                + " is " + event.status() + "; only a scheduled event can be changed or held");
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
    void checkStored(Period period, Workplan workplan, java.util.Set<TerritoryCode> beneficiaries) {
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
    static void checkSignatory(Deliverable deliverable, TerritoryCode territory) {
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

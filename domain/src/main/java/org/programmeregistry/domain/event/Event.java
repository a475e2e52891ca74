package org.programmeregistry.domain.event;

import static org.programmeregistry.domain.RuleViolation.require;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.programme.Deliverable;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.territory.Territory;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * A consultation event, seminar, conference or workshop of a programme, with its delegations
 * and signatures. It is created by {@link Programme#scheduleEvent}; every change is given the
 * programme so the cross-rules (E4-E6) are checked against it.
 */
public final class Event {

    private final EventId id;
    private final EventDetails details;
    private EventStatus status;
    private final Map<TerritoryCode, Delegation> delegations;
    private final List<Signature> signatures;
    private final long version;

    private Event(EventSnapshot s) {
        this.id = s.id();
        this.details = s.details();
        this.status = s.status();
        this.delegations = new LinkedHashMap<>();
        this.signatures = new ArrayList<>();
        this.version = s.version();
        for (Delegation delegation : s.delegations()) {
            require(!delegations.containsKey(delegation.territory()), Rule.E4,
                    () -> id + " has two delegations from " + delegation.territory());
            delegation.everyone().forEach(p -> checkNotInAnyDelegation(p));
            delegations.put(delegation.territory(), delegation);
        }
        for (Signature signature : s.signatures()) {
            checkSignatureFits(signature.deliverable(), signature.territory());
            signatures.add(signature);
        }
        require(signatures.isEmpty() || status == EventStatus.HELD, Rule.E5, () -> id + " has signatures but was not held");
    }

    /** Called by {@link Programme#scheduleEvent} once it has checked E1-E3 and E6 and numbered the event. */
    public static Event scheduled(Programme programme, int number, EventDetails details) {
        if (programme.event(number).isEmpty()) {
            throw new IllegalStateException("events are scheduled through Programme.scheduleEvent");
        }
        return new Event(new EventSnapshot(new EventId(programme.id(), number), details, EventStatus.SCHEDULED,
                List.of(), List.of(), 0));
    }

    /** Rebuilds a stored event; the rules that need nothing outside the event are checked again. */
    public static Event reconstitute(EventSnapshot snapshot) {
        return new Event(snapshot);
    }

    public EventSnapshot snapshot() {
        return new EventSnapshot(id, details, status, List.copyOf(delegations.values()), List.copyOf(signatures), version);
    }

    /**
     * Adds the delegation of a beneficiary territory existing on the event's first day, led by
     * its head; one per territory, and nobody in two delegations (E4).
     */
    public Delegation addDelegation(Programme programme, TerritoryCode territory, Participant head, TerritoryCatalogue catalogue) {
        requireChangeable(programme);
        Territory known = catalogue.get(territory);
        String name = known.nameOn(details.start()).orElse(known.latestName());
        require(programme.hasBeneficiary(territory), Rule.E4, () -> name + " (" + territory + ") is not a beneficiary of programme "
                + programme.id() + "; delegations come only from beneficiary territories");
        require(known.existsOn(details.start()), Rule.E4, () -> name + " (" + territory + ") did not exist on " + details.start()
                + "; a delegation comes from a territory that exists on the event's first day");
        require(!delegations.containsKey(territory), Rule.E4, () -> id + " already has a delegation from " + name + " (" + territory
                + "); one delegation per territory");
        checkNotInAnyDelegation(head);
        Delegation delegation = Delegation.ledBy(territory, head);
        delegations.put(territory, delegation);
        return delegation;
    }

    /** Adds a member to a territory's delegation; a person is in at most one delegation (E4). */
    public void addParticipant(Programme programme, TerritoryCode territory, Participant member) {
        requireChangeable(programme);
        Delegation delegation = delegations.get(territory);
        require(delegation != null, Rule.E4, () -> id + " has no delegation from " + territory + "; add the delegation with its head first");
        checkNotInAnyDelegation(member);
        delegations.put(territory, delegation.withMember(member));
    }

    /** Records that the event took place (E6: not on a closed or cancelled programme). */
    public void markHeld(Programme programme) {
        requireChangeable(programme);
        this.status = EventStatus.HELD;
    }

    /**
     * Records that the head of the delegation of {@code territory} signed the deliverable:
     * only once the event is held, only for the deliverable's own territory, once (E5).
     */
    public Signature recordSignature(Programme programme, int deliverableNumber, TerritoryCode territory) {
        requireOfProgramme(programme);
        requireProgrammeOpen(programme);
        require(status == EventStatus.HELD, Rule.E5, () -> id + " is " + status + "; a signature is recorded only once the event has been held");
        Deliverable deliverable = programme.deliverable(deliverableNumber).orElseThrow(() -> new RuleViolation(Rule.E5,
                "programme " + programme.id() + " has no deliverable " + deliverableNumber));
        deliverable.territory().ifPresent(t -> require(t.equals(territory), Rule.E5, () -> "deliverable " + deliverableNumber
                + " '" + deliverable.title() + "' is for " + t + ", not " + territory + "; it is signed by the head of the " + t + " delegation"));
        checkSignatureFits(deliverableNumber, territory);
        Signature signature = new Signature(deliverableNumber, territory, delegations.get(territory).head());
        signatures.add(signature);
        return signature;
    }

    /** Cancels an event without signatures (E6). */
    public void cancel(Programme programme) {
        requireOfProgramme(programme);
        requireProgrammeOpen(programme);
        require(status != EventStatus.CANCELLED, Rule.E6, () -> id + " is already cancelled");
        require(signatures.isEmpty(), Rule.E6, () -> id + " has " + signatures.size() + " signature(s); an event with signatures cannot be cancelled");
        this.status = EventStatus.CANCELLED;
    }

    public EventId id() {
        return id;
    }

    public ProgrammeId programme() {
        return id.programme();
    }

    public EventDetails details() {
        return details;
    }

    public EventStatus status() {
        return status;
    }

    public List<Delegation> delegations() {
        return List.copyOf(delegations.values());
    }

    public Optional<Delegation> delegationOf(TerritoryCode territory) {
        return Optional.ofNullable(delegations.get(territory));
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Event " + id + " '" + details.title() + "' (" + status + ")";
    }

    private void requireChangeable(Programme programme) {
        requireOfProgramme(programme);
        requireProgrammeOpen(programme);
        require(status == EventStatus.SCHEDULED, Rule.E6, () -> id + " is " + status + "; only a scheduled event can be changed or held");
    }

    private void requireProgrammeOpen(Programme programme) {
        require(!programme.status().isTerminal(), Rule.E6, () -> "programme " + programme.id() + " is " + programme.status()
                + "; events of a closed or cancelled programme are read-only");
    }

    private void requireOfProgramme(Programme programme) {
        Objects.requireNonNull(programme, "programme");
        if (!programme.id().equals(id.programme())) {
            throw new IllegalArgumentException(id + " belongs to programme " + id.programme() + ", not " + programme.id());
        }
    }

    private void checkNotInAnyDelegation(Participant person) {
        delegations.values().stream().filter(d -> d.everyone().anyMatch(p -> p.samePersonAs(person))).findFirst()
                .ifPresent(d -> {
                    throw new RuleViolation(Rule.E4, "this person is already in the " + d.territory()
                            + " delegation; a person is in at most one delegation of an event");
                });
    }

    private void checkSignatureFits(int deliverableNumber, TerritoryCode territory) {
        require(delegations.containsKey(territory), Rule.E5, () -> id + " has no delegation from " + territory
                + "; the signatory is the head of that territory's delegation");
        require(signatures.stream().noneMatch(s -> s.deliverable() == deliverableNumber && s.territory().equals(territory)), Rule.E5,
                () -> "deliverable " + deliverableNumber + " is already signed for " + territory + "; one signature per deliverable and territory");
    }
}

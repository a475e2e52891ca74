package org.programmeregistry.domain.event;

import static org.programmeregistry.domain.RuleViolation.require;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.programme.EventReference;
import org.programmeregistry.domain.programme.EventStatus;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.SignedDeliverable;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * A consultation event, seminar, conference or workshop of a programme, with its delegations,
 * participants and signatures. Its programme is its consistency boundary: every change here
 * first checks the rules of the event alone (a person is in one delegation, E4), then asks the
 * programme, which checks the rules spanning both (E4-E7) and records the change in what it
 * keeps of the event; only then does the event change. Store both, and the programme's version
 * refuses a conflicting change made at the same moment.
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
                    () -> id + " has two delegations from " + delegation.territory() + "; one delegation per territory");
            delegation.everyone().forEach(this::checkNotInAnyDelegation);
            delegations.put(delegation.territory(), delegation);
        }
        require(s.signatures().isEmpty() || status == EventStatus.HELD, Rule.E5, () -> id + " has signatures but was not held");
        for (Signature signature : s.signatures()) {
            Delegation delegation = delegations.get(signature.territory());
            require(delegation != null && delegation.head().samePersonAs(signature.signatory()), Rule.E5,
                    () -> id + " has a signature for " + signature.territory() + " by someone who is not the head of its delegation");
            require(signatures.stream().noneMatch(k -> k.deliverable() == signature.deliverable() && k.territory().equals(signature.territory())),
                    Rule.E5, () -> id + " has deliverable " + signature.deliverable() + " signed twice for " + signature.territory());
            signatures.add(signature);
        }
    }

    /**
     * Schedules an event of {@code programme}, which checks E1-E3 and E6 and numbers it. Store
     * the programme with the new event.
     */
    public static Event schedule(Programme programme, EventDetails details, TerritoryCatalogue catalogue) {
        Objects.requireNonNull(details, "details");
        EventReference reference = programme.scheduleEvent(details.module(), details.dates(), details.venue().territory(), catalogue);
        return new Event(new EventSnapshot(new EventId(programme.id(), reference.number()), details, EventStatus.SCHEDULED,
                List.of(), List.of(), 0));
    }

    /** Rebuilds a stored event; the rules that need nothing outside the event are checked again. */
    public static Event reconstitute(EventSnapshot snapshot) {
        return new Event(snapshot);
    }

    public EventSnapshot snapshot() {
        return new EventSnapshot(id, details, status, List.copyOf(delegations.values()), List.copyOf(signatures), version);
    }

    /** What the programme keeps of this event; equal to the programme's own when both were read together. */
    public EventReference reference() {
        Set<SignedDeliverable> signed = signatures.stream().map(s -> new SignedDeliverable(s.deliverable(), s.territory()))
                .collect(Collectors.toSet());
        return new EventReference(id.number(), details.module(), details.dates(), status, delegations.keySet(), signed);
    }

    /**
     * Adds the delegation of a beneficiary territory existing on the event's first day, led by
     * its head; one per territory, and nobody in two delegations (E4).
     */
    public Delegation addDelegation(Programme programme, TerritoryCode territory, Participant head, TerritoryCatalogue catalogue) {
        requireOfProgramme(programme);
        checkNotInAnyDelegation(head);
        programme.addDelegation(id.number(), territory, catalogue);
        Delegation delegation = Delegation.ledBy(territory, head);
        delegations.put(territory, delegation);
        return delegation;
    }

    /** Adds a member to a territory's delegation; a person is in at most one delegation (E4). */
    public void addParticipant(Programme programme, TerritoryCode territory, Participant member) {
        requireOfProgramme(programme);
        checkNotInAnyDelegation(member);
        programme.addParticipant(id.number(), territory);
        delegations.put(territory, delegations.get(territory).withMember(member));
    }

    /**
     * Corrects what the event holds of a person in a territory's delegation, before the event is
     * held (E6, E7): the person is in that delegation (E10), the corrected person in no other
     * place of the event (E4). Correcting the head gives the delegation a new head.
     */
    public void correctParticipant(Programme programme, TerritoryCode territory, String name, Participant corrected) {
        requireOfProgramme(programme);
        Objects.requireNonNull(corrected, "corrected");
        Participant person = memberOf(territory, name);
        delegations.values().stream().filter(d -> d.everyone().anyMatch(p -> p.samePersonAs(corrected) && !p.samePersonAs(person)))
                .findFirst().ifPresent(d -> {
                    throw new RuleViolation(Rule.E4, "the corrected person is already in the " + d.territory()
                            + " delegation; a person is in at most one delegation of an event");
                });
        programme.correctParticipant(id.number(), territory);
        delegations.put(territory, delegations.get(territory).withCorrected(person, corrected));
    }

    /**
     * Removes a member from a territory's delegation before the event is held (E6, E7): the
     * person is in that delegation (E10) and is not its head, which a delegation keeps (E4).
     */
    public void removeParticipant(Programme programme, TerritoryCode territory, String name) {
        requireOfProgramme(programme);
        Participant person = memberOf(territory, name);
        Delegation delegation = delegations.get(territory);
        require(!delegation.head().samePersonAs(person), Rule.E4, () -> "this person heads the " + territory
                + " delegation; each delegation has one head: correct the head, or remove the whole delegation");
        programme.removeParticipant(id.number(), territory);
        delegations.put(territory, delegation.withoutMember(person));
    }

    /** Removes a territory's delegation, head and members, before the event is held (E6, E7; E4: it exists). */
    public void removeDelegation(Programme programme, TerritoryCode territory) {
        requireOfProgramme(programme);
        programme.removeDelegation(id.number(), territory);
        delegations.remove(territory);
    }

    /** Records that the event took place (E6, E7). */
    public void markHeld(Programme programme) {
        requireOfProgramme(programme);
        programme.markEventHeld(id.number());
        this.status = EventStatus.HELD;
    }

    /**
     * Records that the head of the delegation of {@code territory} signed the deliverable:
     * only once the event is held, only for the deliverable's own territory, once (E5).
     */
    public Signature recordSignature(Programme programme, int deliverableNumber, TerritoryCode territory) {
        requireOfProgramme(programme);
        programme.recordSignature(id.number(), deliverableNumber, territory);
        Signature signature = new Signature(deliverableNumber, territory, delegations.get(territory).head());
        signatures.add(signature);
        return signature;
    }

    /** Cancels an event without signatures (E6, E7). */
    public void cancel(Programme programme) {
        requireOfProgramme(programme);
        programme.cancelEvent(id.number());
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

    /** The person called {@code name} (compared as {@link Participant#samePersonAs} does) in the delegation of {@code territory}. */
    public Optional<Participant> participant(TerritoryCode territory, String name) {
        Participant probe = new Participant(name, "", "");
        return delegationOf(territory).flatMap(d -> d.everyone().filter(p -> p.samePersonAs(probe)).findFirst());
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

    /**
     * The programme given is this event's, and keeps of it exactly what the event holds: a
     * programme read at another moment than the event is a programming or storage error.
     */
    private void requireOfProgramme(Programme programme) {
        Objects.requireNonNull(programme, "programme");
        if (!programme.id().equals(id.programme())) {
            throw new IllegalArgumentException(id + " belongs to programme " + id.programme() + ", not " + programme.id());
        }
        if (!programme.event(id.number()).equals(Optional.of(reference()))) {
            throw new IllegalStateException("programme " + programme.id() + " keeps another state of " + id
                    + " than the event holds; read both in one transaction");
        }
    }

    /**
     * The person called {@code name} in the delegation of {@code territory}: E4 the delegation
     * exists, E10 the person is in it. Names compare as {@link Participant#samePersonAs} does.
     */
    private Participant memberOf(TerritoryCode territory, String name) {
        Objects.requireNonNull(territory, "territory");
        Delegation delegation = delegations.get(territory);
        require(delegation != null, Rule.E4, () -> id + " has no delegation from " + territory);
        Participant probe = new Participant(name, "", "");
        return delegation.everyone().filter(p -> p.samePersonAs(probe)).findFirst().orElseThrow(() -> new RuleViolation(Rule.E10,
                "nobody of that name is in the " + territory + " delegation to " + id + "; name the person as the event shows them"));
    }

    /** E4: a person is in at most one delegation of an event. */
    private void checkNotInAnyDelegation(Participant person) {
        delegations.values().stream().filter(d -> d.everyone().anyMatch(p -> p.samePersonAs(person))).findFirst()
                .ifPresent(d -> {
                    throw new RuleViolation(Rule.E4, "this person is already in the " + d.territory()
                            + " delegation; a person is in at most one delegation of an event");
                });
    }
}

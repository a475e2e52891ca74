package org.programmeregistry.domain.programme;

import static org.programmeregistry.domain.RuleViolation.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.Text;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.EventDetails;
import org.programmeregistry.domain.event.EventStatus;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.Office;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.territory.Territory;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * A funded undertaking with a period, a status, donors, beneficiary territories, modules,
 * deliverables and SDG targets. Every change goes through a method that states its intention
 * and checks the rules of {@code domain.md} before it touches anything, so a refused change
 * leaves the programme exactly as it was.
 */
public final class Programme {

    public static final int TITLE_MAX = 500;
    public static final int SUMMARY_MAX = 10_000;

    private final ProgrammeId id;
    private String title;
    private String summary;
    private ProgrammeStatus status;
    private Period planned;
    private Period actual;
    private CoordinatingOffice coordinatingOffice;
    private final Set<TerritoryCode> beneficiaries;
    private final List<Contribution> contributions;
    private final Map<Acronym, Set<PartnerRole>> roles;
    private final Map<Integer, Module> modules;
    private final Map<Integer, Deliverable> deliverables;
    private final Set<SdgTarget> sdgTargets;
    private final Map<Integer, EventReference> events;
    private final long version;

    private Programme(ProgrammeSnapshot s) {
        this.id = s.id();
        this.title = Text.required(s.title(), TITLE_MAX, Rule.P2, "the title");
        this.summary = Text.optional(s.summary(), SUMMARY_MAX, Rule.P2, "the summary");
        this.status = s.status();
        this.planned = s.planned();
        this.actual = s.actual();
        this.coordinatingOffice = s.coordinatingOffice().orElse(null);
        this.beneficiaries = new LinkedHashSet<>(s.beneficiaries());
        this.contributions = new ArrayList<>(s.contributions());
        this.roles = new TreeMap<>();
        s.roles().forEach((org, set) -> {
            if (!set.isEmpty()) {
                roles.put(org, EnumSet.copyOf(set));
            }
        });
        this.modules = new TreeMap<>();
        this.deliverables = new TreeMap<>();
        this.sdgTargets = new TreeSet<>(s.sdgTargets());
        this.events = new TreeMap<>();
        this.version = s.version();
        for (Module module : s.modules()) {
            checkModuleFits(module);
            modules.put(module.number(), module);
        }
        for (Deliverable deliverable : s.deliverables()) {
            require(!deliverables.containsKey(deliverable.number()), Rule.P10, () -> "deliverable " + deliverable.number() + " appears twice");
            checkDeliverableTerritory(deliverable, beneficiaries);
            deliverables.put(deliverable.number(), deliverable);
        }
        List<Contribution> seen = new ArrayList<>();
        for (Contribution contribution : contributions) {
            checkContributionFits(contribution, seen);
            seen.add(contribution);
        }
        s.events().forEach(e -> events.put(e.number(), e));
        checkStatusRequirements(status, actual, beneficiaries, contributions);
        checkCoordinatingOffice(coordinatingOffice, planned, actual);
        checkEventsInside(period(planned, actual));
    }

    /** A new programme in the pipeline. Uniqueness of the identifier (P1) is the registry's to check. */
    public static Programme register(ProgrammeId id, String title, String summary, Period planned) {
        Objects.requireNonNull(id, "id");
        return new Programme(new ProgrammeSnapshot(id, title, summary, ProgrammeStatus.PIPELINE,
                Objects.requireNonNull(planned, "planned"), Period.unknown(), Optional.empty(), List.of(), List.of(),
                Map.of(), List.of(), List.of(), List.of(), List.of(), 0));
    }

    /**
     * Rebuilds a stored programme. The rules that need no reference data are checked again,
     * so corrupt rows surface as violations rather than as a programme that breaks its rules.
     */
    public static Programme reconstitute(ProgrammeSnapshot snapshot) {
        return new Programme(snapshot);
    }

    public ProgrammeSnapshot snapshot() {
        return new ProgrammeSnapshot(id, title, summary, status, planned, actual, Optional.ofNullable(coordinatingOffice),
                List.copyOf(beneficiaries), List.copyOf(contributions), roles, List.copyOf(modules.values()),
                List.copyOf(deliverables.values()), List.copyOf(sdgTargets), List.copyOf(events.values()), version);
    }

    // ---- description --------------------------------------------------------------------

    /** Gives the programme a new title and summary (P2). */
    public void revise(String newTitle, String newSummary) {
        requireChangeable();
        String checkedTitle = Text.required(newTitle, TITLE_MAX, Rule.P2, "the title");
        String checkedSummary = Text.optional(newSummary, SUMMARY_MAX, Rule.P2, "the summary");
        this.title = checkedTitle;
        this.summary = checkedSummary;
    }

    /**
     * Replaces the planned and actual dates (P3). Every beneficiary must still exist during the
     * new period (P6), the coordinating office must have been open on its start (P7), the
     * status's dates must stay (P5) and scheduled events must stay inside it (E1).
     */
    public void reschedule(Period newPlanned, Period newActual, TerritoryCatalogue catalogue) {
        requireChangeable();
        Objects.requireNonNull(newPlanned, "planned");
        Objects.requireNonNull(newActual, "actual");
        checkStatusRequirements(status, newActual, beneficiaries, contributions);
        checkDates(newPlanned, newActual, catalogue);
        this.planned = newPlanned;
        this.actual = newActual;
    }

    // ---- beneficiaries --------------------------------------------------------------------

    /** Adds a beneficiary territory that exists at some point of the programme period (P6). */
    public void addBeneficiary(TerritoryCode territory, TerritoryCatalogue catalogue) {
        requireChangeable();
        checkExistsDuringPeriod(catalogue.get(territory), period());
        beneficiaries.add(territory);
    }

    /**
     * Removes a beneficiary that no national deliverable names (P10), that implementation does
     * not need (P5) and that sent no delegation to any of the programme's events (E4), all of
     * which must be given.
     */
    public void removeBeneficiary(TerritoryCode territory, Collection<Event> allEvents) {
        requireChangeable();
        require(beneficiaries.contains(territory), Rule.P6, () -> territory + " is not a beneficiary of programme " + id);
        Set<Integer> given = allEvents.stream().filter(e -> e.programme().equals(id)).map(e -> e.id().number())
                .collect(Collectors.toSet());
        if (!given.equals(events.keySet())) {
            throw new IllegalArgumentException("removing a beneficiary needs every event of programme " + id
                    + ": expected " + events.keySet() + ", given " + given);
        }
        allEvents.stream().filter(e -> e.status() != EventStatus.CANCELLED && e.delegationOf(territory).isPresent())
                .findFirst().ifPresent(e -> {
                    throw new RuleViolation(Rule.E4, territory + " sent a delegation to " + e.id()
                            + "; a territory with delegations stays a beneficiary");
                });
        deliverables.values().stream().filter(d -> d.territory().equals(Optional.of(territory))).findFirst()
                .ifPresent(d -> {
                    throw new RuleViolation(Rule.P10, "deliverable " + d.number() + " '" + d.title() + "' is for " + territory
                            + "; remove or change that deliverable before removing the beneficiary");
                });
        Set<TerritoryCode> remaining = new LinkedHashSet<>(beneficiaries);
        remaining.remove(territory);
        checkStatusRequirements(status, actual, remaining, contributions);
        beneficiaries.remove(territory);
    }

    // ---- partners and funding -------------------------------------------------------------

    /** Names an organisation's role in the programme; one organisation may hold several. */
    public void assignRole(Acronym organisation, PartnerRole role) {
        requireChangeable();
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        roles.computeIfAbsent(organisation, o -> EnumSet.noneOf(PartnerRole.class)).add(role);
    }

    /** Records a donor's funding; a donor appears once per instrument (P9). The donor becomes a funding partner. */
    public void recordContribution(Contribution contribution) {
        requireChangeable();
        checkContributionFits(contribution, contributions);
        contributions.add(contribution);
    }

    /**
     * Names the office that coordinates the programme: it belongs to the accountable
     * organisation and was open on the programme's start date (P7).
     */
    public void assignCoordinatingOffice(Organisation organisation, TerritoryCode territory) {
        requireChangeable();
        Office office = organisation.officeIn(territory).orElseThrow(() -> new RuleViolation(Rule.P7,
                organisation.acronym() + " has no office in " + territory + "; open the office first"));
        CoordinatingOffice candidate = new CoordinatingOffice(organisation.acronym(), territory, office.openedOn());
        checkCoordinatingOffice(candidate, planned, actual);
        this.coordinatingOffice = candidate;
    }

    // ---- modules ---------------------------------------------------------------------------

    /** Adds a module with a unique number and name; its lead becomes an implementing partner (P8). */
    public void addModule(Module module) {
        requireChangeable();
        checkModuleFits(module);
        modules.put(module.number(), module);
    }

    /** Removes a module that has no events (P8). */
    public void removeModule(int number) {
        requireChangeable();
        require(modules.containsKey(number), Rule.P8, () -> "programme " + id + " has no module " + number);
        require(events.values().stream().noneMatch(e -> e.module().equals(Optional.of(number))), Rule.P8,
                () -> "module " + number + " has events; a module with events cannot be removed");
        modules.remove(number);
    }

    // ---- deliverables and SDG targets ------------------------------------------------------

    /** Adds a deliverable under the next free number (P10). */
    public Deliverable addDeliverable(DeliverableKind kind, DeliverableScope scope, String deliverableTitle,
            Optional<TerritoryCode> territory) {
        requireChangeable();
        int number = deliverables.isEmpty() ? 1 : Collections.max(deliverables.keySet()) + 1;
        Deliverable deliverable = new Deliverable(number, kind, scope, deliverableTitle, territory);
        checkDeliverableTerritory(deliverable, beneficiaries);
        deliverables.put(number, deliverable);
        return deliverable;
    }

    /** Tags a 2030 Agenda target (P11); tagging one twice changes nothing. */
    public void tagSdgTarget(SdgTarget target) {
        requireChangeable();
        sdgTargets.add(Objects.requireNonNull(target, "target"));
    }

    // ---- status life cycle (P4, P5) --------------------------------------------------------

    /** Enters implementation on the actual start date; needs a beneficiary and a contribution (P5). */
    public void start(LocalDate actualStart, TerritoryCatalogue catalogue) {
        requireTransition(ProgrammeStatus.PIPELINE, ProgrammeStatus.IMPLEMENTATION, "start");
        Objects.requireNonNull(actualStart, "actualStart");
        Period newActual = Period.of(actualStart, actual.end(), Rule.P3, "the actual period of programme " + id);
        checkStatusRequirements(ProgrammeStatus.IMPLEMENTATION, newActual, beneficiaries, contributions);
        checkDates(planned, newActual, catalogue);
        this.actual = newActual;
        this.status = ProgrammeStatus.IMPLEMENTATION;
    }

    /** Enters finalisation on the actual end date (P5). */
    public void finalise(LocalDate actualEnd, TerritoryCatalogue catalogue) {
        requireTransition(ProgrammeStatus.IMPLEMENTATION, ProgrammeStatus.FINALISATION, "finalise");
        Objects.requireNonNull(actualEnd, "actualEnd");
        Period newActual = Period.of(actual.start(), actualEnd, Rule.P3, "the actual period of programme " + id);
        checkStatusRequirements(ProgrammeStatus.FINALISATION, newActual, beneficiaries, contributions);
        checkDates(planned, newActual, catalogue);
        this.actual = newActual;
        this.status = ProgrammeStatus.FINALISATION;
    }

    /** Closes a finalised programme; from then on it and its events are read-only (P4). */
    public void close() {
        requireTransition(ProgrammeStatus.FINALISATION, ProgrammeStatus.CLOSED, "close");
        checkStatusRequirements(ProgrammeStatus.CLOSED, actual, beneficiaries, contributions);
        this.status = ProgrammeStatus.CLOSED;
    }

    public void suspend() {
        requireTransition(ProgrammeStatus.IMPLEMENTATION, ProgrammeStatus.SUSPENDED, "suspend");
        this.status = ProgrammeStatus.SUSPENDED;
    }

    public void resume() {
        requireTransition(ProgrammeStatus.SUSPENDED, ProgrammeStatus.IMPLEMENTATION, "resume");
        this.status = ProgrammeStatus.IMPLEMENTATION;
    }

    /** Cancels a programme in any status but closed or cancelled; it is read-only from then on (P4). */
    public void cancel() {
        require(status.canBecome(ProgrammeStatus.CANCELLED), Rule.P4,
                () -> "programme " + id + " is " + status + "; only a programme that is not closed or cancelled can be cancelled");
        this.status = ProgrammeStatus.CANCELLED;
    }

    // ---- events ------------------------------------------------------------------------------

    /**
     * Schedules an event of this programme: not on a closed or cancelled programme (E6), with
     * dates inside the programme period (E1), of one of its modules if any (E2), at a venue
     * that exists on its first day (E3).
     */
    public Event scheduleEvent(EventDetails details, TerritoryCatalogue catalogue) {
        require(!status.isTerminal(), Rule.E6, () -> "programme " + id + " is " + status + "; no event is scheduled on a closed or cancelled programme");
        Objects.requireNonNull(details, "details");
        Period effective = period();
        require(effective.contains(details.start()) && effective.contains(details.end()), Rule.E1,
                () -> "the event runs " + details.dates() + ", outside the period of programme " + id + " (" + effective + "); schedule it inside that period");
        details.module().ifPresent(m -> require(modules.containsKey(m), Rule.E2,
                () -> "programme " + id + " has no module " + m + "; a module-level event names a module of its programme"));
        Territory venue = catalogue.get(details.venue().territory());
        require(venue.existsOn(details.start()), Rule.E3, () -> venue.code() + " did not exist on " + details.start()
                + "; the venue must be in a territory that exists on the event's first day");
        int number = events.isEmpty() ? 1 : Collections.max(events.keySet()) + 1;
        events.put(number, new EventReference(number, details.module(), details.dates()));
        return Event.scheduled(this, number, details);
    }

    /**
     * Checks the rules that need the territory catalogue: every beneficiary is known (T1) and
     * exists during the programme period (P6). With {@link #reconstitute} this covers every rule
     * of one programme, for data that did not come through the intention methods (an import).
     */
    public void checkTerritories(TerritoryCatalogue catalogue) {
        Period current = period();
        for (TerritoryCode code : beneficiaries) {
            checkExistsDuringPeriod(catalogue.get(code), current);
        }
    }

    // ---- reading -----------------------------------------------------------------------------

    public ProgrammeId id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public ProgrammeStatus status() {
        return status;
    }

    public Period planned() {
        return planned;
    }

    public Period actual() {
        return actual;
    }

    /** The programme period: actual dates where known, planned otherwise. */
    public Period period() {
        return period(planned, actual);
    }

    public Optional<CoordinatingOffice> coordinatingOffice() {
        return Optional.ofNullable(coordinatingOffice);
    }

    public List<TerritoryCode> beneficiaries() {
        return List.copyOf(beneficiaries);
    }

    public boolean hasBeneficiary(TerritoryCode territory) {
        return beneficiaries.contains(territory);
    }

    public List<Contribution> contributions() {
        return List.copyOf(contributions);
    }

    /** Every partner with all its roles: those assigned, donors as funding, module leads as implementing. */
    public Map<Acronym, Set<PartnerRole>> partners() {
        Map<Acronym, Set<PartnerRole>> partners = new TreeMap<>();
        roles.forEach((org, set) -> partners.computeIfAbsent(org, o -> EnumSet.noneOf(PartnerRole.class)).addAll(set));
        contributions.forEach(c -> partners.computeIfAbsent(c.donor(), o -> EnumSet.noneOf(PartnerRole.class)).add(PartnerRole.FUNDING));
        modules.values().forEach(m -> partners.computeIfAbsent(m.lead(), o -> EnumSet.noneOf(PartnerRole.class)).add(PartnerRole.IMPLEMENTING));
        return partners.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()),
                (a, b) -> a, TreeMap::new));
    }

    public Set<PartnerRole> rolesOf(Acronym organisation) {
        return partners().getOrDefault(organisation, Set.of());
    }

    public List<Module> modules() {
        return List.copyOf(modules.values());
    }

    public Optional<Module> module(int number) {
        return Optional.ofNullable(modules.get(number));
    }

    public List<Deliverable> deliverables() {
        return List.copyOf(deliverables.values());
    }

    public Optional<Deliverable> deliverable(int number) {
        return Optional.ofNullable(deliverables.get(number));
    }

    public List<SdgTarget> sdgTargets() {
        return List.copyOf(sdgTargets);
    }

    public List<EventReference> events() {
        return List.copyOf(events.values());
    }

    public Optional<EventReference> event(int number) {
        return Optional.ofNullable(events.get(number));
    }

    /** Closed and cancelled programmes are read-only (P4). */
    public boolean isReadOnly() {
        return status.isTerminal();
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Programme " + id + " '" + title + "' (" + status + ")";
    }

    // ---- rules -------------------------------------------------------------------------------

    private static Period period(Period planned, Period actual) {
        return actual.orElse(planned);
    }

    private void requireChangeable() {
        require(!status.isTerminal(), Rule.P4, () -> "programme " + id + " is " + status + " and therefore read-only");
    }

    private void requireTransition(ProgrammeStatus from, ProgrammeStatus to, String verb) {
        require(status == from && status.canBecome(to), Rule.P4, () -> "programme " + id + " is " + status
                + "; only a " + from + " programme can " + verb + " (to become " + to + ")");
    }

    private static void checkStatusRequirements(ProgrammeStatus status, Period actual, Set<TerritoryCode> beneficiaries,
            List<Contribution> contributions) {
        if (status == ProgrammeStatus.PIPELINE || status == ProgrammeStatus.CANCELLED) {
            return;
        }
        require(actual.start() != null, Rule.P5, () -> "a programme in " + status + " needs an actual start date");
        require(!beneficiaries.isEmpty(), Rule.P5, () -> "a programme in " + status + " needs at least one beneficiary territory");
        require(!contributions.isEmpty(), Rule.P5, () -> "a programme in " + status + " needs at least one contribution");
        if (status == ProgrammeStatus.FINALISATION || status == ProgrammeStatus.CLOSED) {
            require(actual.end() != null, Rule.P5, () -> "a programme in " + status + " needs an actual end date");
        }
    }

    private void checkDates(Period newPlanned, Period newActual, TerritoryCatalogue catalogue) {
        Period newPeriod = period(newPlanned, newActual);
        for (TerritoryCode code : beneficiaries) {
            checkExistsDuringPeriod(catalogue.get(code), newPeriod);
        }
        checkCoordinatingOffice(coordinatingOffice, newPlanned, newActual);
        checkEventsInside(newPeriod);
    }

    private void checkExistsDuringPeriod(Territory territory, Period newPeriod) {
        require(territory.existsDuring(newPeriod), Rule.P6, () -> territory.latestName() + " (" + territory.code()
                + ") did not exist during " + newPeriod + "; it existed " + territory.lifetime()
                + ". Choose a territory that exists during the programme period");
    }

    private void checkCoordinatingOffice(CoordinatingOffice office, Period newPlanned, Period newActual) {
        if (office == null) {
            return;
        }
        require(roles.getOrDefault(office.organisation(), Set.of()).contains(PartnerRole.ACCOUNTABLE), Rule.P7,
                () -> office.organisation() + " is not the accountable organisation of programme " + id
                        + "; the coordinating office belongs to the accountable organisation");
        LocalDate start = period(newPlanned, newActual).start();
        require(start == null || !office.openedOn().isAfter(start), Rule.P7, () -> "the " + office.organisation() + " office in "
                + office.territory() + " opened on " + office.openedOn() + ", after the programme starts on " + start
                + "; the coordinating office must be open on the start date");
    }

    private void checkEventsInside(Period newPeriod) {
        for (EventReference event : events.values()) {
            require(newPeriod.contains(event.dates().start()) && newPeriod.contains(event.dates().end()), Rule.E1,
                    () -> "event " + event.number() + " runs " + event.dates() + ", which would fall outside the programme period "
                            + newPeriod);
        }
    }

    private void checkModuleFits(Module module) {
        Objects.requireNonNull(module, "module");
        require(!modules.containsKey(module.number()), Rule.P8, () -> "programme " + id + " already has a module " + module.number()
                + " (" + Optional.ofNullable(modules.get(module.number())).map(Module::name).orElse("") + "); module numbers are unique");
        String name = module.name().toLowerCase(Locale.ROOT);
        modules.values().stream().filter(m -> m.name().toLowerCase(Locale.ROOT).equals(name)).findFirst().ifPresent(m -> {
            throw new RuleViolation(Rule.P8, "module " + m.number() + " is already called '" + m.name() + "'; module names are unique");
        });
    }

    private static void checkContributionFits(Contribution contribution, List<Contribution> existing) {
        Objects.requireNonNull(contribution, "contribution");
        require(existing.stream().noneMatch(c -> c.sameLineAs(contribution)), Rule.P9,
                () -> contribution.describe() + " is already recorded; a donor appears once per instrument");
    }

    private void checkDeliverableTerritory(Deliverable deliverable, Set<TerritoryCode> currentBeneficiaries) {
        deliverable.territory().ifPresent(t -> require(currentBeneficiaries.contains(t), Rule.P10,
                () -> t + " is not a beneficiary of programme " + id + "; a national deliverable names a beneficiary territory"));
    }
}

package org.programmeregistry.domain.programme;

import static org.programmeregistry.domain.RuleViolation.require;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.Office;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.territory.Territory;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * A funded undertaking with a period, a status, donors, beneficiary territories, modules,
 * deliverables and SDG targets, and the consistency boundary of its events: every change of an
 * event goes through a method here that checks the rules spanning the programme and its events
 * and updates what the programme keeps of the event ({@link EventReference}). Storing the
 * programme then moves its version, so two conflicting changes cannot both be stored.
 *
 * <p>Its parts carry their own rules: {@link Timeline} (life cycle and dates), {@link Workplan}
 * (modules and deliverables), {@link Funding} (contributions) and {@link EventLedger} (events).
 * Every change checks the rules before it touches anything, so a refused change leaves the
 * programme exactly as it was.
 */
public final class Programme {

    public static final int TITLE_MAX = 500;
    public static final int SUMMARY_MAX = 10_000;

    private final ProgrammeId id;
    private String title;
    private String summary;
    private Timeline timeline;
    private CoordinatingOffice coordinatingOffice;
    private final Set<TerritoryCode> beneficiaries;
    private Funding funding;
    private final Map<Acronym, Set<PartnerRole>> roles;
    private final Workplan workplan;
    private final Set<SdgTarget> sdgTargets;
    private final EventLedger events;
    private final long version;

    private Programme(ProgrammeSnapshot s) {
        this.id = s.id();
        this.title = Text.required(s.title(), TITLE_MAX, Rule.P2, "the title");
        this.summary = Text.optional(s.summary(), SUMMARY_MAX, Rule.P2, "the summary");
        this.timeline = new Timeline(s.status(), s.planned(), s.actual());
        this.coordinatingOffice = s.coordinatingOffice().orElse(null);
        this.beneficiaries = new LinkedHashSet<>(s.beneficiaries());
        this.funding = Funding.of(s.contributions());
        this.roles = new TreeMap<>();
        s.roles().forEach((org, set) -> {
            if (!set.isEmpty()) {
                roles.put(org, EnumSet.copyOf(set));
            }
        });
        this.workplan = Workplan.of(id, s.modules(), s.deliverables(), beneficiaries);
        this.sdgTargets = new TreeSet<>(s.sdgTargets());
        this.events = EventLedger.of(id, s.events());
        this.version = s.version();
        timeline.checkRequirements(!beneficiaries.isEmpty(), !funding.isEmpty());
        checkCoordinatingOffice(coordinatingOffice, timeline);
        events.checkStored(timeline.period(), workplan, beneficiaries);
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
     * those between the programme and its events included, so corrupt rows surface as
     * violations rather than as a programme that breaks its rules.
     */
    public static Programme reconstitute(ProgrammeSnapshot snapshot) {
        return new Programme(snapshot);
    }

    /**
     * A new programme as a publication describes it, checked against every rule of one
     * programme, those that need the territory catalogue included (T1, P6): made whole or not at all.
     */
    public static Programme fromPublished(PublishedProgramme published, TerritoryCatalogue catalogue) {
        Objects.requireNonNull(published, "published");
        List<Contribution> contributions = published.donors().stream()
                .map(donor -> new Contribution(donor, Optional.empty(), Optional.empty())).toList();
        Programme programme = new Programme(new ProgrammeSnapshot(published.id(), published.title(), published.summary(),
                published.status(), published.planned(), published.actual(), Optional.empty(), published.beneficiaries(), contributions,
                published.roles(), List.of(), List.of(), published.sdgTargets(), List.of(), 0));
        programme.checkTerritories(catalogue);
        return programme;
    }

    public ProgrammeSnapshot snapshot() {
        return new ProgrammeSnapshot(id, title, summary, timeline.status(), timeline.planned(), timeline.actual(),
                Optional.ofNullable(coordinatingOffice), List.copyOf(beneficiaries), funding.all(), roles, workplan.modules(),
                workplan.deliverables(), List.copyOf(sdgTargets), events.all(), version);
    }

    // ---- description --------------------------------------------------------------------

    /** Gives the programme a new title and summary (P2). */
    public void revise(String newTitle, String newSummary) {
        timeline.requireChangeable(id);
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
        timeline.requireChangeable(id);
        moveTo(timeline.rescheduled(newPlanned, newActual), catalogue);
    }

    // ---- beneficiaries --------------------------------------------------------------------

    /** Adds a beneficiary territory that exists at some point of the programme period (P6). */
    public void addBeneficiary(TerritoryCode territory, TerritoryCatalogue catalogue) {
        timeline.requireChangeable(id);
        checkExistsDuring(catalogue.get(territory), timeline.period());
        beneficiaries.add(territory);
    }

    /**
     * Removes a beneficiary that no national deliverable names (P10), that implementation does
     * not need (P5) and that sent no delegation to an event that is not cancelled (E4).
     */
    public void removeBeneficiary(TerritoryCode territory) {
        timeline.requireChangeable(id);
        require(beneficiaries.contains(territory), Rule.P6, () -> territory + " is not a beneficiary of programme " + id);
        events.requireNoDelegationFrom(territory);
        workplan.requireNoDeliverableFor(territory);
        timeline.checkRequirements(beneficiaries.size() > 1, !funding.isEmpty());
        beneficiaries.remove(territory);
    }

    // ---- partners and funding -------------------------------------------------------------

    /** Names an organisation's role in the programme; one organisation may hold several. */
    public void assignRole(Acronym organisation, PartnerRole role) {
        timeline.requireChangeable(id);
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        roles.computeIfAbsent(organisation, o -> EnumSet.noneOf(PartnerRole.class)).add(role);
    }

    /**
     * Takes a role back from an organisation. The accountable organisation keeps its role while
     * its office coordinates the programme (P7). Withdrawing a role it does not hold changes nothing.
     */
    public void withdrawRole(Acronym organisation, PartnerRole role) {
        timeline.requireChangeable(id);
        Set<PartnerRole> held = roles.get(organisation);
        if (held == null || !held.contains(role)) {
            return;
        }
        require(role != PartnerRole.ACCOUNTABLE || coordinatingOffice == null || !coordinatingOffice.organisation().equals(organisation),
                Rule.P7, () -> organisation + " coordinates programme " + id + " from its office in " + coordinatingOffice.territory()
                        + "; it stays the accountable organisation while its office coordinates");
        held.remove(role);
        if (held.isEmpty()) {
            roles.remove(organisation);
        }
    }

    /** Records a donor's funding; a donor appears once per instrument (P9). The donor becomes a funding partner. */
    public void recordContribution(Contribution contribution) {
        timeline.requireChangeable(id);
        funding.record(contribution);
    }

    /**
     * Corrects the recorded line of {@code donor} and {@code instrument} (P13: it is recorded),
     * for instance to give it the amount it was recorded without; the corrected line may name
     * another instrument or donor, but not one recorded already (P9). It keeps its place.
     */
    public void changeContribution(Acronym donor, Optional<String> instrument, Contribution corrected) {
        timeline.requireChangeable(id);
        funding.change(donor, instrument, corrected);
    }

    /** Removes a recorded line (P13) that implementation does not need (P5: a programme in implementation keeps one). */
    public void removeContribution(Acronym donor, Optional<String> instrument) {
        timeline.requireChangeable(id);
        funding.requireRecorded(donor, instrument);
        timeline.checkRequirements(!beneficiaries.isEmpty(), funding.size() > 1);
        funding.remove(donor, instrument);
    }

    /** The recorded line of a donor and instrument, compared as P9 compares them. */
    public Optional<Contribution> contribution(Acronym donor, Optional<String> instrument) {
        return funding.find(donor, instrument);
    }

    /** The recorded line of a donor and instrument, which a correction names (P13). */
    public Contribution recordedContribution(Acronym donor, Optional<String> instrument) {
        return funding.get(donor, instrument);
    }

    /**
     * Names the office that coordinates the programme: it belongs to the accountable
     * organisation and was open on the programme's start date (P7).
     */
    public void assignCoordinatingOffice(Organisation organisation, TerritoryCode territory) {
        timeline.requireChangeable(id);
        Office office = organisation.officeIn(territory).orElseThrow(() -> new RuleViolation(Rule.P7,
                organisation.acronym() + " has no office in " + territory + "; open the office first"));
        CoordinatingOffice candidate = new CoordinatingOffice(organisation.acronym(), territory, office.openedOn());
        checkCoordinatingOffice(candidate, timeline);
        this.coordinatingOffice = candidate;
    }

    // ---- modules, deliverables and SDG targets ----------------------------------------------

    /** Adds a module with a unique number and name; its lead becomes an implementing partner (P8). */
    public void addModule(Module module) {
        timeline.requireChangeable(id);
        workplan.addModule(module);
    }

    /** Removes a module that has no events (P8). */
    public void removeModule(int number) {
        timeline.requireChangeable(id);
        workplan.requireModule(number);
        events.requireNoneOfModule(number);
        workplan.removeModule(number);
    }

    /** Adds a deliverable under the next free number (P12); a national one names a beneficiary (P10). */
    public Deliverable addDeliverable(DeliverableKind kind, DeliverableScope scope, String deliverableTitle,
            Optional<TerritoryCode> territory) {
        timeline.requireChangeable(id);
        return workplan.addDeliverable(kind, scope, deliverableTitle, territory, beneficiaries);
    }

    /**
     * Corrects what deliverable {@code number} says, keeping its number: it exists and was not
     * signed at any event (P13), its title is given (P12), a national one names a beneficiary (P10).
     */
    public Deliverable changeDeliverable(int number, DeliverableKind kind, DeliverableScope scope, String deliverableTitle,
            Optional<TerritoryCode> territory) {
        timeline.requireChangeable(id);
        workplan.requireDeliverable(number);
        events.requireUnsigned(number);
        return workplan.changeDeliverable(number, kind, scope, deliverableTitle, territory, beneficiaries);
    }

    /**
     * Removes a deliverable that exists and was not signed at any event (P13). Its number may be
     * given again to the next deliverable added when it was the highest.
     */
    public void removeDeliverable(int number) {
        timeline.requireChangeable(id);
        workplan.requireDeliverable(number);
        events.requireUnsigned(number);
        workplan.removeDeliverable(number);
    }

    /** Removes a target the programme is tagged with (P13). */
    public void removeSdgTarget(SdgTarget target) {
        timeline.requireChangeable(id);
        Objects.requireNonNull(target, "target");
        require(sdgTargets.contains(target), Rule.P13, () -> "programme " + id + " is not tagged with SDG target " + target.code()
                + (sdgTargets.isEmpty() ? "; it has no targets" : "; its targets are "
                        + String.join(", ", sdgTargets.stream().map(SdgTarget::code).toList())));
        sdgTargets.remove(target);
    }

    /** Tags a 2030 Agenda target (P11); tagging one twice changes nothing. */
    public void tagSdgTarget(SdgTarget target) {
        timeline.requireChangeable(id);
        sdgTargets.add(Objects.requireNonNull(target, "target"));
    }

    // ---- status life cycle (P4, P5) --------------------------------------------------------

    /** Enters implementation on the actual start date; needs a beneficiary and a contribution (P5). */
    public void start(LocalDate actualStart, TerritoryCatalogue catalogue) {
        moveTo(timeline.started(id, actualStart), catalogue);
    }

    /** Enters finalisation on the actual end date (P5). */
    public void finalise(LocalDate actualEnd, TerritoryCatalogue catalogue) {
        moveTo(timeline.finalised(id, actualEnd), catalogue);
    }

    /**
     * Closes a finalised programme; from then on it and its events are read-only (P4, E6). What
     * closure needs (P5) a finalised programme already holds.
     */
    public void close() {
        this.timeline = timeline.closed(id);
    }

    public void suspend() {
        this.timeline = timeline.suspended(id);
    }

    public void resume() {
        this.timeline = timeline.resumed(id);
    }

    /** Cancels a programme in any status but closed or cancelled; it and its events are read-only from then on (P4, E6). */
    public void cancel() {
        this.timeline = timeline.cancelled(id);
    }

    /** Takes a new timeline once its status needs (P5), beneficiaries (P6), office (P7) and events (E1) fit it. */
    private void moveTo(Timeline next, TerritoryCatalogue catalogue) {
        next.checkRequirements(!beneficiaries.isEmpty(), !funding.isEmpty());
        Period period = next.period();
        for (TerritoryCode code : beneficiaries) {
            checkExistsDuring(catalogue.get(code), period);
        }
        checkCoordinatingOffice(coordinatingOffice, next);
        events.requireInside(period);
        this.timeline = next;
    }

    // ---- a published version (an IATI import) ----------------------------------------------

    /** Whether {@code published} says exactly what the programme holds of the parts a publication carries. */
    public boolean isAsPublished(PublishedProgramme published) {
        return title.equals(Text.required(published.title(), TITLE_MAX, Rule.P2, "the title"))
                && summary.equals(Text.optional(published.summary(), SUMMARY_MAX, Rule.P2, "the summary"))
                && timeline.status() == published.status() && timeline.planned().equals(published.planned())
                && timeline.actual().equals(published.actual())
                && beneficiaries.equals(new LinkedHashSet<>(published.beneficiaries()))
                && partners().equals(published.partners()) && sdgTargets.equals(new TreeSet<>(published.sdgTargets()));
    }

    /**
     * Takes a published version of this programme through the same rules as the commands, and
     * returns whether anything changed. A version that says exactly what is stored changes
     * nothing, even on a closed or cancelled programme; any other is refused there (P4). The
     * status follows the life cycle (P4), through every intermediate step, each with the dates
     * it needs (P5). A beneficiary that sent a delegation (E4) or that a deliverable names (P10,
     * so no signed deliverable loses its territory) stays; modules, deliverables, the office and
     * the events are not part of a publication and stay as they are (P8). Whole or not at all:
     * a refused version leaves the programme exactly as it was.
     */
    public boolean applyPublished(PublishedProgramme published, TerritoryCatalogue catalogue) {
        Objects.requireNonNull(published, "published");
        require(published.id().equals(id), Rule.P1, () -> "a published version of " + published.id() + " cannot change programme " + id);
        if (isAsPublished(published)) {
            return false;
        }
        timeline.requireChangeable(id);
        List<ProgrammeStatus> path = timeline.status().pathTo(published.status());
        require(published.status() == timeline.status() || !path.isEmpty(), Rule.P4, () -> "programme " + id + " is "
                + timeline.status() + " and cannot become " + published.status() + "; " + timeline.status() + " is followed only by "
                + timeline.status().successors());
        Programme next = new Programme(snapshot());
        next.revise(published.title(), published.summary());
        next.takeBeneficiaries(published.beneficiaries(), catalogue);
        next.takeDonors(published.donors());
        next.takeRoles(published.roles());
        next.takeSdgTargets(published.sdgTargets());
        if (!timeline.planned().equals(published.planned()) || !timeline.actual().equals(published.actual())) {
            next.reschedule(published.planned(), published.actual(), catalogue);
        }
        for (ProgrammeStatus step : path) {
            next.stepTo(step, catalogue);
        }
        takeStateOf(next);
        return true;
    }

    private void takeBeneficiaries(List<TerritoryCode> published, TerritoryCatalogue catalogue) {
        for (TerritoryCode territory : published) {
            if (!beneficiaries.contains(territory)) {
                addBeneficiary(territory, catalogue);
            }
        }
        for (TerritoryCode territory : List.copyOf(beneficiaries)) {
            if (!published.contains(territory)) {
                removeBeneficiary(territory);
            }
        }
    }

    private void takeDonors(List<Acronym> donors) {
        for (Acronym donor : donors) {
            if (funding.all().stream().noneMatch(c -> c.donor().equals(donor))) {
                recordContribution(new Contribution(donor, Optional.empty(), Optional.empty()));
            }
        }
        for (Contribution line : funding.all()) {
            if (!donors.contains(line.donor())) {
                removeContribution(line.donor(), line.instrument());
            }
        }
    }

    private void takeRoles(Map<Acronym, Set<PartnerRole>> published) {
        published.forEach((organisation, set) -> set.forEach(role -> assignRole(organisation, role)));
        for (Map.Entry<Acronym, Set<PartnerRole>> held : Map.copyOf(roles).entrySet()) {
            for (PartnerRole role : Set.copyOf(held.getValue())) {
                if (!published.getOrDefault(held.getKey(), Set.of()).contains(role)) {
                    withdrawRole(held.getKey(), role);
                }
            }
        }
    }

    private void takeSdgTargets(List<SdgTarget> published) {
        published.forEach(this::tagSdgTarget);
        for (SdgTarget target : List.copyOf(sdgTargets)) {
            if (!published.contains(target)) {
                removeSdgTarget(target);
            }
        }
    }

    /** One step of the life cycle (P4), with the date it needs from the programme's actual period (P5). */
    private void stepTo(ProgrammeStatus step, TerritoryCatalogue catalogue) {
        switch (step) {
            case IMPLEMENTATION -> {
                if (timeline.status() == ProgrammeStatus.SUSPENDED) {
                    resume();
                } else {
                    require(timeline.actual().start() != null, Rule.P5, () -> "programme " + id + " cannot pass through "
                            + ProgrammeStatus.IMPLEMENTATION + " without an actual start date");
                    start(timeline.actual().start(), catalogue);
                }
            }
            case FINALISATION -> {
                require(timeline.actual().end() != null, Rule.P5, () -> "programme " + id + " cannot pass through "
                        + ProgrammeStatus.FINALISATION + " without an actual end date");
                finalise(timeline.actual().end(), catalogue);
            }
            case CLOSED -> close();
            case SUSPENDED -> suspend();
            case CANCELLED -> cancel();
            case PIPELINE -> throw new IllegalStateException("no step of the life cycle leads back to " + step);
        }
    }

    private void takeStateOf(Programme next) {
        this.title = next.title;
        this.summary = next.summary;
        this.timeline = next.timeline;
        this.beneficiaries.clear();
        this.beneficiaries.addAll(next.beneficiaries);
        this.funding = next.funding;
        this.roles.clear();
        this.roles.putAll(next.roles);
        this.sdgTargets.clear();
        this.sdgTargets.addAll(next.sdgTargets);
    }

    // ---- events: every change of an event goes through these --------------------------------

    /**
     * Schedules an event of this programme: not on a closed or cancelled programme (E6), with
     * dates inside the programme period (E1), of one of its modules if any (E2), at a venue
     * that exists on its first day (E3). Returns what the programme keeps of it, with its number.
     */
    public EventReference scheduleEvent(Optional<Integer> module, Period dates, TerritoryCode venue, TerritoryCatalogue catalogue) {
        requireEventsChangeable();
        return events.schedule(module, dates, venue, timeline.period(), workplan, catalogue);
    }

    /**
     * Admits the delegation of a territory to a scheduled event (E6, E7): a beneficiary that
     * exists on the event's first day, one delegation per territory (E4).
     */
    public void addDelegation(int event, TerritoryCode territory, TerritoryCatalogue catalogue) {
        requireEventsChangeable();
        events.addDelegation(event, territory, beneficiaries, catalogue);
    }

    /** Admits a member to a territory's delegation at a scheduled event (E6, E7, E4: the delegation exists). */
    public void addParticipant(int event, TerritoryCode territory) {
        requireEventsChangeable();
        events.addParticipant(event, territory);
    }

    /** Allows a correction of a person in a territory's delegation at a scheduled event (E6, E7, E4: the delegation exists). */
    public void correctParticipant(int event, TerritoryCode territory) {
        requireEventsChangeable();
        events.changeDelegation(event, territory);
    }

    /** Allows a member to leave a territory's delegation at a scheduled event (E6, E7, E4: the delegation exists). */
    public void removeParticipant(int event, TerritoryCode territory) {
        requireEventsChangeable();
        events.changeDelegation(event, territory);
    }

    /**
     * Withdraws a territory's delegation from a scheduled event (E6, E7, E4: it exists); the
     * territory may then be removed as a beneficiary if no other event has its delegation.
     */
    public void removeDelegation(int event, TerritoryCode territory) {
        requireEventsChangeable();
        events.removeDelegation(event, territory);
    }

    /** Records that a scheduled event took place (E6, E7). */
    public void markEventHeld(int event) {
        requireEventsChangeable();
        events.markHeld(event);
    }

    /**
     * Admits a signature (E6): only once the event is held, of a deliverable of the programme,
     * for the deliverable's territory when it is national, by a territory with a delegation,
     * once per deliverable and territory (E5).
     */
    public void recordSignature(int event, int deliverableNumber, TerritoryCode territory) {
        requireEventsChangeable();
        events.recordSignature(event, deliverableNumber, territory, workplan);
    }

    /** Cancels an event that is not cancelled (E7) and has no signatures (E6). */
    public void cancelEvent(int event) {
        requireEventsChangeable();
        events.cancel(event);
    }

    /** E6: the events of a closed or cancelled programme are read-only. */
    private void requireEventsChangeable() {
        require(!timeline.isReadOnly(), Rule.E6, () -> "programme " + id + " is " + timeline.status()
                + "; no event is scheduled, changed or held on a closed or cancelled programme");
    }

    /**
     * Checks the rules that need the territory catalogue: every beneficiary is known (T1) and
     * exists during the programme period (P6). With {@link #reconstitute} this covers every rule
     * of one programme, for data that did not come through the intention methods (an import).
     */
    public void checkTerritories(TerritoryCatalogue catalogue) {
        Period current = timeline.period();
        for (TerritoryCode code : beneficiaries) {
            checkExistsDuring(catalogue.get(code), current);
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
        return timeline.status();
    }

    public Period planned() {
        return timeline.planned();
    }

    public Period actual() {
        return timeline.actual();
    }

    /** The programme period: actual dates where known, planned otherwise. */
    public Period period() {
        return timeline.period();
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
        return funding.all();
    }

    /**
     * Every partner with all its roles: those assigned, donors as funding, module leads as implementing.
     * Roles come in the order of {@link PartnerRole}, so every listing of them reads the same from run to run.
     */
    public Map<Acronym, Set<PartnerRole>> partners() {
        Map<Acronym, Set<PartnerRole>> partners = new TreeMap<>();
        roles.forEach((org, set) -> partners.computeIfAbsent(org, o -> EnumSet.noneOf(PartnerRole.class)).addAll(set));
        funding.all().forEach(c -> partners.computeIfAbsent(c.donor(), o -> EnumSet.noneOf(PartnerRole.class)).add(PartnerRole.FUNDING));
        workplan.modules().forEach(m -> partners.computeIfAbsent(m.lead(), o -> EnumSet.noneOf(PartnerRole.class)).add(PartnerRole.IMPLEMENTING));
        return partners.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Collections.unmodifiableSet(e.getValue()),
                (a, b) -> a, TreeMap::new));
    }

    public Set<PartnerRole> rolesOf(Acronym organisation) {
        return partners().getOrDefault(organisation, Set.of());
    }

    public List<Module> modules() {
        return workplan.modules();
    }

    public Optional<Module> module(int number) {
        return workplan.module(number);
    }

    public List<Deliverable> deliverables() {
        return workplan.deliverables();
    }

    public Optional<Deliverable> deliverable(int number) {
        return workplan.deliverable(number);
    }

    /** Deliverable {@code number}, which a correction names (P13). */
    public Deliverable recordedDeliverable(int number) {
        workplan.requireDeliverable(number);
        return workplan.deliverable(number).orElseThrow();
    }

    public List<SdgTarget> sdgTargets() {
        return List.copyOf(sdgTargets);
    }

    public List<EventReference> events() {
        return events.all();
    }

    public Optional<EventReference> event(int number) {
        return events.find(number);
    }

    /** Closed and cancelled programmes are read-only (P4). */
    public boolean isReadOnly() {
        return timeline.isReadOnly();
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Programme " + id + " '" + title + "' (" + timeline.status() + ")";
    }

    // ---- rules -------------------------------------------------------------------------------

    /** P6: a beneficiary exists at some point of the programme period. */
    private static void checkExistsDuring(Territory territory, Period period) {
        require(territory.existsDuring(period), Rule.P6, () -> territory.latestName() + " (" + territory.code()
                + ") did not exist during " + period + "; " + territory.history()
                + ". Choose a territory that exists during the programme period");
    }

    /** P7: the coordinating office belongs to the accountable organisation and was open on the start date. */
    private void checkCoordinatingOffice(CoordinatingOffice office, Timeline at) {
        if (office == null) {
            return;
        }
        require(roles.getOrDefault(office.organisation(), Set.of()).contains(PartnerRole.ACCOUNTABLE), Rule.P7,
                () -> office.organisation() + " is not the accountable organisation of programme " + id
                        + "; the coordinating office belongs to the accountable organisation");
        LocalDate start = at.period().start();
        require(start == null || !office.openedOn().isAfter(start), Rule.P7, () -> "the " + office.organisation() + " office in "
                + office.territory() + " opened on " + office.openedOn() + ", after the programme starts on " + start
                + "; the coordinating office must be open on the start date");
    }
}

package org.programmeregistry.application.contract;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.CancelEventUseCase;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.event.RecordSignatureUseCase;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase.Step;
import org.programmeregistry.application.port.in.programme.RemoveBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.RescheduleProgrammeUseCase;
import org.programmeregistry.application.readmodel.AuditEntry;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.EventDetails;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.event.Participant;
import org.programmeregistry.domain.event.Venue;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * Issue 9: every pair of conflicting changes to a programme and its events, raced by 8 callers
 * (four on each side) in each of {@value #DEFAULT_TRIALS} trials (system property
 * {@code races.trials}). After each trial the programme and its events, reloaded, satisfy every
 * rule (rebuilding checks them, and the programme keeps of each event exactly what the event
 * holds); every caller either succeeded, lost the race with a {@link ConcurrentChangeException},
 * or came after the winner and was refused for the rule the winner's change now breaks; the
 * programme's version moved once per success, so no change was lost; and where the rule
 * depends on order (a closed programme gains nothing), the audit trail, written in each
 * change's transaction, shows no event change after the close.
 */
public abstract class RaceContract extends PortContract {

    static final int DEFAULT_TRIALS = 200;
    private static final int CALLERS = 8;
    private static final TerritoryCatalogue CATALOGUE = TerritoryCatalogue.bundled();
    private static final List<TerritoryCode> RACED = List.of(TerritoryCode.of("AL"), TerritoryCode.of("BA"), TerritoryCode.of("HR"),
            TerritoryCode.of("MK"));
    /** A beneficiary no caller touches, so implementation keeps one (P5). */
    private static final TerritoryCode KEPT = TerritoryCode.of("TR");
    private static final Period PLANNED = new Period(of(2009, 6, 15), of(2011, 6, 14));
    private static final String ACTOR = "racer";

    private final int trials = Integer.getInteger("races.trials", DEFAULT_TRIALS);
    private ExecutorService pool;

    /** What happened to the callers of all trials of one race. */
    private enum Outcome { SUCCEEDED, CONCURRENT_CHANGE, REFUSED }

    @BeforeEach
    final void startCallers() {
        pool = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterEach
    final void stopCallers() {
        pool.shutdownNow();
    }

    @Test
    @DisplayName("E6 closing or cancelling a programme vs adding delegations: a closed or cancelled programme gains no delegation")
    void closeOrCancelVersusDelegation() throws Exception {
        race("close-delegation", this::finalisedWithEvent, (id, caller) -> {
            if (caller < 4) {
                registry.programmes().changeStatus(new ChangeProgrammeStatusUseCase.Command(ACTOR, id, caller % 2 == 0 ? Step.CLOSE
                        : Step.CANCEL, null));
            } else {
                registry.events().addDelegation(new AddDelegationUseCase.Command(ACTOR, id, 1, RACED.get(caller - 4).value(),
                        new Person("Head " + caller, "Head of delegation", "Ministry of Interior")));
            }
        }, caller -> caller < 4 ? Rule.P4 : Rule.E6, trail -> assertNothingAfter(trail, "status changed", "delegation added"));
    }

    @Test
    @DisplayName("E6 closing or cancelling a programme vs recording signatures: a closed or cancelled programme gains no signature")
    void closeOrCancelVersusSignature() throws Exception {
        race("close-signature", id -> held(finalisedWithEvent(id)), (id, caller) -> {
            if (caller < 4) {
                registry.programmes().changeStatus(new ChangeProgrammeStatusUseCase.Command(ACTOR, id, caller % 2 == 0 ? Step.CLOSE
                        : Step.CANCEL, null));
            } else {
                sign(id, caller - 4);
            }
        }, caller -> caller < 4 ? Rule.P4 : Rule.E6, trail -> assertNothingAfter(trail, "status changed", "signature recorded"));
    }

    @Test
    @DisplayName("E4 removing beneficiaries vs adding their delegations: every delegation of an event comes from a beneficiary")
    void removeBeneficiaryVersusDelegation() throws Exception {
        race("beneficiary-delegation", id -> implementedWithEvent(id, false), (id, caller) -> {
            TerritoryCode territory = RACED.get(caller % 4);
            if (caller < 4) {
                registry.programmes().removeBeneficiary(new RemoveBeneficiaryUseCase.Command(ACTOR, id, territory.value()));
            } else {
                registry.events().addDelegation(new AddDelegationUseCase.Command(ACTOR, id, 1, territory.value(),
                        new Person("Head " + caller, "Head of delegation", "Ministry of Interior")));
            }
        }, caller -> Rule.E4, trail -> { });
    }

    @Test
    @DisplayName("E6 cancelling an event vs recording signatures: an event with signatures is not cancelled")
    void cancelEventVersusSignature() throws Exception {
        race("cancel-signature", id -> held(implementedWithEvent(id, true)), (id, caller) -> {
            if (caller < 4) {
                registry.events().cancel(new CancelEventUseCase.Command(ACTOR, id, 1));
            } else {
                sign(id, caller - 4);
            }
        }, caller -> caller < 4 ? null : Rule.E5, trail -> { });
    }

    @Test
    @DisplayName("E1 rescheduling a programme vs scheduling events: every event stays inside the programme period")
    void rescheduleVersusScheduleEvent() throws Exception {
        race("reschedule-schedule", id -> implementedWithEvent(id, false), (id, caller) -> {
            if (caller < 4) {
                registry.programmes().reschedule(new RescheduleProgrammeUseCase.Command(ACTOR, id, PLANNED.start(), of(2010, 6, 30),
                        PLANNED.start(), null));
            } else {
                LocalDate day = of(2011, 1, 10 + caller);
                registry.events().schedule(new ScheduleEventUseCase.Command(ACTOR, id, null, EventKind.SEMINAR, "Seminar " + caller,
                        "Vienna", "AT", day, day, List.of()));
            }
        }, caller -> Rule.E1, trail -> { });
    }

    /** One change a caller makes to the programme {@code id}. */
    @FunctionalInterface
    private interface Change {
        void make(String id, int caller);
    }

    /** The rule a caller's change is refused for when another caller's change came first; null: any of the event rules. */
    @FunctionalInterface
    private interface ExpectedRefusal {
        Rule of(int caller);
    }

    @FunctionalInterface
    private interface Fixture {
        Programme build(String id);
    }

    private void race(String name, Fixture fixture, Change change, ExpectedRefusal refusal, Consumer<List<AuditEntry>> trailCheck)
            throws Exception {
        Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        for (int trial = 0; trial < trials; trial++) {
            String id = "RACE-" + name + "-" + trial;
            Programme programme = fixture.build(id);
            List<Event> events = eventsOf(programme);
            run(() -> {
                ports.programmes().add(programme);
                events.forEach(ports.events()::add);
            });
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> callers = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                int caller = c;
                callers.add(pool.submit(() -> {
                    start.await();
                    try {
                        change.make(id, caller);
                        return Outcome.SUCCEEDED;
                    } catch (ConcurrentChangeException lost) {
                        return Outcome.CONCURRENT_CHANGE;
                    } catch (RuleViolation refused) {
                        Rule expected = refusal.of(caller);
                        if (expected == null) {
                            assertThat(refused.rule()).as(refused.getMessage()).isIn(Rule.E6, Rule.E7);
                        } else {
                            assertThat(refused.rule()).as(refused.getMessage()).isEqualTo(expected);
                        }
                        return Outcome.REFUSED;
                    }
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Outcome> caller : callers) {
                Outcome outcome = caller.get(60, TimeUnit.SECONDS);
                totals.merge(outcome, 1, Integer::sum);
                succeeded += outcome == Outcome.SUCCEEDED ? 1 : 0;
            }
            assertHolds(new ProgrammeId(id), succeeded);
            trailCheck.accept(inTransaction(() -> ports.auditLog().ofProgramme(id)));
        }
        assertThat(totals.getOrDefault(Outcome.SUCCEEDED, 0)).as("%s: %s", name, totals).isGreaterThanOrEqualTo(trials);
        System.out.printf("race %s on %s, %d trials x %d callers: %s%n", name, getClass().getSimpleName(), trials, CALLERS, totals);
    }

    /** Reloaded, the programme and its events satisfy every rule, agree, and show every success once. */
    private void assertHolds(ProgrammeId id, int succeeded) {
        run(() -> {
            Programme programme = ports.programmes().find(id).orElseThrow();
            programme.checkTerritories(CATALOGUE);
            List<Event> events = ports.events().ofProgramme(id);
            assertThat(events).extracting(Event::reference).containsExactlyElementsOf(programme.events());
            assertThat(programme.version()).as("one version per accepted change").isEqualTo(succeeded);
        });
    }

    private static void assertNothingAfter(List<AuditEntry> trail, String closing, String change) {
        boolean closed = false;
        for (AuditEntry entry : trail) {
            if (entry.action().equals(closing)) {
                closed = true;
            } else if (closed && entry.action().equals(change)) {
                fail("'" + change + "' was accepted after '" + closing + "': " + trail);
            }
        }
    }

    private void sign(String id, int territory) {
        registry.events().recordSignature(new RecordSignatureUseCase.Command(ACTOR, id, 1, territory + 1, RACED.get(territory).value()));
    }

    // ---- fixtures, built in the domain and stored in one transaction ---------------------------------

    private final Map<ProgrammeId, List<Event>> built = new java.util.HashMap<>();

    private List<Event> eventsOf(Programme programme) {
        return built.remove(programme.id());
    }

    /**
     * In implementation since the planned start, with the raced territories and one more as
     * beneficiaries, a national deliverable per raced territory (numbers 1-4) if asked, and a
     * seminar (event 1) on 2010-03-01 .. 02.
     */
    private Programme implementedWithEvent(String id, boolean deliverables) {
        Programme programme = Programme.register(new ProgrammeId(id), "Race " + id, "", PLANNED);
        RACED.forEach(t -> programme.addBeneficiary(t, CATALOGUE));
        programme.addBeneficiary(KEPT, CATALOGUE);
        programme.recordContribution(Contribution.of(Acronym.of("EC"), "IPA", null));
        if (deliverables) {
            RACED.forEach(t -> programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy",
                    Optional.of(t)));
        }
        programme.start(PLANNED.start(), CATALOGUE);
        Event seminar = Event.schedule(programme, new EventDetails(Optional.empty(), EventKind.SEMINAR, "Regional seminar",
                new Venue("Vienna", TerritoryCode.of("AT")), of(2010, 3, 1), of(2010, 3, 2), List.of()), CATALOGUE);
        built.put(programme.id(), new ArrayList<>(List.of(seminar)));
        return programme;
    }

    /** As {@link #implementedWithEvent}, finalised on the planned end. */
    private Programme finalisedWithEvent(String id) {
        Programme programme = implementedWithEvent(id, true);
        programme.finalise(PLANNED.end(), CATALOGUE);
        return programme;
    }

    /** The seminar of {@code programme} with a delegation from every raced territory, held. */
    private Programme held(Programme programme) {
        Event seminar = built.get(programme.id()).get(0);
        for (TerritoryCode territory : RACED) {
            seminar.addDelegation(programme, territory, new Participant("Head of " + territory, "Head of delegation", "Ministry"),
                    CATALOGUE);
        }
        seminar.markHeld(programme);
        return programme;
    }
}

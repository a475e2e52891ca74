package org.programmeregistry.domain.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.EventDetails;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.event.Participant;
import org.programmeregistry.domain.event.Venue;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.OrganisationType;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.Module;
import org.programmeregistry.domain.programme.Money;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.ProgrammeSnapshot;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.programme.SdgTarget;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * Random sequences of operations on a programme and its events, from a seeded generator.
 * After every step either the step was refused with a rule violation and nothing changed, or
 * every invariant holds. The seed is printed on failure; rerun one with
 * {@code -Dproperty.seed=N}, or widen the search with {@code -Dproperty.runs=N}.
 */
class ProgrammeLifePropertyTest {

    private static final TerritoryCatalogue CATALOGUE = TerritoryCatalogue.bundled();
    private static final int STEPS = 80;
    private static final List<String> TERRITORIES = List.of("AL", "BA", "HR", "CS", "RS", "ME", "MK", "XK", "TR", "AT", "YU");
    private static final List<String> ORGANISATIONS = List.of("IOM", "UNHCR", "ICMPD", "EC", "NL-GOV");
    private static final List<String> MODULE_NAMES = List.of("Migration", "Asylum", "Visa", "MIGRATION", "Borders");
    private static final List<String> PEOPLE = List.of("Head of delegation A", "Head of delegation B", "Official C", "official c",
            "Official D", "Official E", "Official F");
    private static final List<String> SDG = List.of("10.7", "10.a", "16.9", "17.19", "5.2", "8.8");
    private static final List<LocalDate> NOTABLE_DAYS = Stream.of("2003-02-04", "2004-01-01", "2005-09-29", "2006-06-03",
            "2006-06-04", "2006-06-05", "2008-02-17", "2009-06-15", "2010-03-01", "2011-06-14", "2012-12-31")
            .map(LocalDate::parse).toList();

    /** Accepted and refused steps per operation, so the run can show it explored both sides. */
    private static final java.util.Map<String, int[]> OUTCOMES = new java.util.concurrent.ConcurrentHashMap<>();

    @org.junit.jupiter.api.AfterAll
    static void everyOperationWasBothAcceptedAndRefused() {
        if (System.getProperty("property.seed") != null) {
            return;
        }
        OUTCOMES.forEach((name, counts) -> {
            assertThat(counts[0]).as("accepted %s steps", name).isPositive();
            assertThat(counts[1]).as("refused %s steps", name).isPositive();
        });
        assertThat(OUTCOMES).hasSizeGreaterThanOrEqualTo(20);
    }

    @TestFactory
    @DisplayName("P1-P11, E1-E6: random operation sequences keep every invariant; refused steps change nothing")
    Stream<DynamicTest> randomSequencesKeepTheInvariants() {
        String fixed = System.getProperty("property.seed");
        int runs = Integer.getInteger("property.runs", 300);
        Stream<Long> seeds = fixed != null ? Stream.of(Long.parseLong(fixed)) : IntStream.range(0, runs).mapToObj(i -> 7919L * i + 17);
        return seeds.map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> run(seed)));
    }

    private void run(long seed) {
        World world = new World(new Random(seed));
        for (int step = 0; step < STEPS; step++) {
            Operation operation = world.nextOperation();
            ProgrammeSnapshot programmeBefore = world.programme.snapshot();
            List<Object> eventsBefore = world.eventSnapshots();
            ProgrammeStatus statusBefore = world.programme.status();
            try {
                operation.apply();
            } catch (RuleViolation refused) {
                OUTCOMES.computeIfAbsent(operation.name, n -> new int[2])[1]++;
                check(seed, step, operation, () -> {
                    assertThat(world.programme.snapshot()).as("programme after refused %s", refused.getMessage()).isEqualTo(programmeBefore);
                    assertThat(world.eventSnapshots()).as("events after refused %s", refused.getMessage()).isEqualTo(eventsBefore);
                });
                continue;
            } catch (RuntimeException defect) {
                throw new AssertionFailedError("seed " + seed + ", step " + step + " (" + operation.name
                        + "): not a rule violation but " + defect, defect);
            }
            OUTCOMES.computeIfAbsent(operation.name, n -> new int[2])[0]++;
            check(seed, step, operation, () -> {
                ProgrammeStatus after = world.programme.status();
                assertThat(after == statusBefore || statusBefore.canBecome(after)).as("P4 %s -> %s", statusBefore, after).isTrue();
                if (statusBefore.isTerminal()) {
                    assertThat(world.programme.snapshot()).as("P4 read-only").isEqualTo(programmeBefore);
                    assertThat(world.eventSnapshots()).as("E6 read-only").isEqualTo(eventsBefore);
                }
                Invariants.assertHold(world.programme, world.events, CATALOGUE);
            });
        }
    }

    private static void check(long seed, int step, Operation operation, Runnable assertions) {
        try {
            assertions.run();
        } catch (AssertionError failure) {
            throw new AssertionFailedError("seed " + seed + ", step " + step + " (" + operation.name + "): "
                    + failure.getMessage() + "\n  rerun with -Dproperty.seed=" + seed, failure);
        }
    }

    private record Operation(String name, Runnable action) {
        void apply() {
            action.run();
        }
    }

    /** One programme, its events and the organisations it may refer to, changed at random. */
    private static final class World {
        final Random random;
        final Programme programme;
        final List<Event> events = new ArrayList<>();
        final Organisation iom;
        final Organisation unhcr;

        World(Random random) {
            this.random = random;
            LocalDate start = day();
            LocalDate end = random.nextInt(5) == 0 ? null : start.plusDays(random.nextInt(1500));
            this.programme = Programme.register(new ProgrammeId("PROP-" + random.nextInt(1000)), "Generated programme", "",
                    new Period(start, end));
            this.iom = Organisation.register(Acronym.of("IOM"), "International Organization for Migration", OrganisationType.MULTILATERAL, null);
            iom.openOffice(TerritoryCode.of("HU"), LocalDate.of(1992, 1, 1), CATALOGUE);
            this.unhcr = Organisation.register(Acronym.of("UNHCR"), "UNHCR", OrganisationType.MULTILATERAL, null);
            unhcr.openOffice(TerritoryCode.of("AT"), LocalDate.of(2010, 1, 1), CATALOGUE);
        }

        List<Object> eventSnapshots() {
            return events.stream().map(e -> (Object) e.snapshot()).toList();
        }

        Operation nextOperation() {
            int choice = random.nextInt(30);
            return switch (choice) {
                case 0 -> op("revise", () -> programme.revise(pick(List.of("New title", " ", "t".repeat(501), "Another")), "summary"));
                case 1 -> op("reschedule", () -> programme.reschedule(period(), random.nextBoolean() ? Period.unknown() : period(), CATALOGUE));
                case 2, 3 -> op("addBeneficiary", () -> programme.addBeneficiary(territory(), CATALOGUE));
                case 4 -> op("removeBeneficiary", () -> programme.removeBeneficiary(territory()));
                case 5 -> op("assignRole", () -> programme.assignRole(organisation(), pick(List.of(PartnerRole.values()))));
                case 6 -> op("recordContribution", () -> programme.recordContribution(new Contribution(organisation(),
                        Optional.ofNullable(pick(java.util.Arrays.asList("IPA 2007", "CARDS", null))),
                        random.nextBoolean() ? Optional.empty() : Optional.of(Money.of(String.valueOf(random.nextInt(2000) - 100), pick(List.of("EUR", "USD", "ABC")))))));
                case 7 -> op("assignCoordinatingOffice", () -> {
                    Organisation o = random.nextBoolean() ? iom : unhcr;
                    programme.assignCoordinatingOffice(o, random.nextBoolean() ? o.offices().get(0).territory() : territory());
                });
                case 8 -> op("addModule", () -> programme.addModule(new Module(random.nextInt(5), pick(MODULE_NAMES), organisation())));
                case 9 -> op("removeModule", () -> programme.removeModule(random.nextInt(5)));
                case 10 -> op("addDeliverable", () -> {
                    DeliverableScope scope = pick(List.of(DeliverableScope.values()));
                    programme.addDeliverable(pick(List.of(DeliverableKind.values())), scope, "Deliverable",
                            random.nextInt(4) == 0 ? Optional.empty() : Optional.of(territory()));
                });
                case 11 -> op("tagSdgTarget", () -> programme.tagSdgTarget(new SdgTarget(pick(SDG))));
                case 12 -> op("start", () -> programme.start(day(), CATALOGUE));
                case 13 -> op("finalise", () -> programme.finalise(day(), CATALOGUE));
                case 14 -> op("close/suspend/resume", () -> {
                    switch (random.nextInt(3)) {
                        case 0 -> programme.close();
                        case 1 -> programme.suspend();
                        default -> programme.resume();
                    }
                });
                case 15 -> op("cancel", () -> {
                    if (random.nextInt(4) == 0) {
                        programme.cancel();
                    }
                });
                case 16, 17 -> op("scheduleEvent", () -> {
                    LocalDate start = day();
                    events.add(Event.schedule(programme, new EventDetails(random.nextBoolean() ? Optional.empty() : Optional.of(random.nextInt(4)),
                            pick(List.of(EventKind.values())), "Event", new Venue("City", territory()), start,
                            start.plusDays(random.nextInt(3) - 1L + 1), List.of("civil servants")), CATALOGUE));
                });
                case 18, 19 -> onEvent("addDelegation", e -> e.addDelegation(programme, territory(), participant(), CATALOGUE));
                case 20 -> onEvent("addParticipant", e -> e.addParticipant(programme, territory(), participant()));
                case 21 -> onEvent("markHeld", e -> e.markHeld(programme));
                case 22 -> onEvent("recordSignature", e -> e.recordSignature(programme, 1 + random.nextInt(4), territory()));
                case 23 -> onEvent("cancelEvent", e -> e.cancel(programme));
                case 24 -> op("changeContribution", () -> programme.changeContribution(organisation(), instrument(), new Contribution(
                        organisation(), instrument(), random.nextBoolean() ? Optional.empty() : Optional.of(Money.of(String.valueOf(random.nextInt(2000)), "EUR")))));
                case 25 -> op("removeContribution", () -> programme.removeContribution(organisation(), instrument()));
                case 26 -> op("changeDeliverable", () -> {
                    DeliverableScope scope = pick(List.of(DeliverableScope.values()));
                    programme.changeDeliverable(1 + random.nextInt(4), pick(List.of(DeliverableKind.values())), scope, "Changed deliverable",
                            random.nextInt(4) == 0 ? Optional.empty() : Optional.of(territory()));
                });
                case 27 -> op("removeDeliverableOrSdgTarget", () -> {
                    if (random.nextBoolean()) {
                        programme.removeDeliverable(1 + random.nextInt(4));
                    } else {
                        programme.removeSdgTarget(new SdgTarget(pick(SDG)));
                    }
                });
                case 28 -> onEvent("correctOrRemoveParticipant", e -> {
                    if (random.nextBoolean()) {
                        e.correctParticipant(programme, territory(), pick(PEOPLE), participant());
                    } else {
                        e.removeParticipant(programme, territory(), pick(PEOPLE));
                    }
                });
                default -> onEvent("removeDelegation", e -> e.removeDelegation(programme, territory()));
            };
        }

        private Operation op(String name, Runnable action) {
            return new Operation(name, action);
        }

        private Operation onEvent(String name, Consumer<Event> action) {
            return op(name, () -> {
                if (!events.isEmpty()) {
                    action.accept(pick(events));
                }
            });
        }

        <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        TerritoryCode territory() {
            return TerritoryCode.of(pick(TERRITORIES));
        }

        Optional<String> instrument() {
            return Optional.ofNullable(pick(java.util.Arrays.asList("IPA 2007", "CARDS", null)));
        }

        Acronym organisation() {
            return Acronym.of(pick(ORGANISATIONS));
        }

        Participant participant() {
            String name = pick(PEOPLE);
            return new Participant(name, "Official", "Ministry");
        }

        LocalDate day() {
            return random.nextBoolean() ? pick(NOTABLE_DAYS) : LocalDate.of(2002, 1, 1).plusDays(random.nextInt(4000));
        }

        Period period() {
            LocalDate start = random.nextInt(6) == 0 ? null : day();
            LocalDate end = random.nextInt(6) == 0 ? null : day();
            if (start != null && end != null && end.isBefore(start) && random.nextBoolean()) {
                LocalDate swap = start;
                start = end;
                end = swap;
            }
            return Period.of(start, end, org.programmeregistry.domain.Rule.P3, "the generated period");
        }
    }
}

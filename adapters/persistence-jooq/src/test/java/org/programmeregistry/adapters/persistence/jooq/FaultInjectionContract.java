package org.programmeregistry.adapters.persistence.jooq;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.programmeregistry.application.fixtures.SeedScenario;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.AddParticipantUseCase;
import org.programmeregistry.application.port.in.event.CancelEventUseCase;
import org.programmeregistry.application.port.in.event.MarkEventHeldUseCase;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.event.RecordSignatureUseCase;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.application.port.in.organisation.OpenOfficeUseCase;
import org.programmeregistry.application.port.in.organisation.RegisterOrganisationUseCase;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.AddDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.AddModuleUseCase;
import org.programmeregistry.application.port.in.programme.AssignCoordinatingOfficeUseCase;
import org.programmeregistry.application.port.in.programme.AssignPartnerRoleUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase;
import org.programmeregistry.application.port.in.programme.RecordContributionUseCase;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.RemoveBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.RemoveModuleUseCase;
import org.programmeregistry.application.port.in.programme.RescheduleProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.ReviseProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.TagSdgTargetUseCase;
import org.programmeregistry.application.port.in.event.CorrectParticipantUseCase;
import org.programmeregistry.application.port.in.event.RemoveDelegationUseCase;
import org.programmeregistry.application.port.in.event.RemoveParticipantUseCase;
import org.programmeregistry.application.port.in.programme.ChangeContributionUseCase;
import org.programmeregistry.application.port.in.programme.ChangeDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.RemoveContributionUseCase;
import org.programmeregistry.application.port.in.programme.RemoveDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.RemoveSdgTargetUseCase;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.organisation.OrganisationType;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.PartnerRole;

/**
 * For every write use case, the Nth statement it sends is made to fail, for every N in turn:
 * afterwards every table holds exactly what it held before. Then the use case runs whole and
 * does change something, which shows the failures hit real work.
 */
abstract class FaultInjectionContract {

    private static final String A = "fault-injection";
    private static final String P = "FI-1";

    protected abstract TestDatabase database();

    private record Scenario(String name, Consumer<TestRegistry> action) {
    }

    /** Organisations, a programme in implementation with a module, a national deliverable and two events. */
    private static void setUp(TestRegistry r) {
        SeedScenario.organisations(r);
        r.programmes().register(new RegisterProgrammeUseCase.Command(A, P, "Fault injection programme", "", of(2009, 1, 1), of(2012, 12, 31)));
        r.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command(A, P, "AL"));
        r.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command(A, P, "BA"));
        r.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command(A, P, "HR"));
        r.programmes().recordContribution(new RecordContributionUseCase.Command(A, P, "EC", "IPA", null, null));
        r.programmes().assignRole(new AssignPartnerRoleUseCase.Command(A, P, "IOM", PartnerRole.ACCOUNTABLE));
        r.programmes().addModule(new AddModuleUseCase.Command(A, P, 1, "Migration", "IOM"));
        r.programmes().addModule(new AddModuleUseCase.Command(A, P, 2, "Visa", "ICMPD"));
        r.programmes().addDeliverable(new AddDeliverableUseCase.Command(A, P, DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "Strategy", "AL"));
        // what the corrections change: a second contribution, a regional deliverable, a target, a member of a delegation
        r.programmes().recordContribution(new RecordContributionUseCase.Command(A, P, "ICMPD", "Trust fund", null, null));
        r.programmes().addDeliverable(new AddDeliverableUseCase.Command(A, P, DeliverableKind.OTHER, DeliverableScope.REGIONAL, "Report", null));
        r.programmes().tagSdgTarget(new TagSdgTargetUseCase.Command(A, P, "16.9"));
        r.programmes().changeStatus(new ChangeProgrammeStatusUseCase.Command(A, P, ChangeProgrammeStatusUseCase.Step.START, of(2009, 1, 1)));
        r.events().schedule(new ScheduleEventUseCase.Command(A, P, 1, EventKind.SEMINAR, "Seminar", "Tirana", "AL", of(2010, 3, 1), of(2010, 3, 2),
                List.of("civil servants")));
        r.events().addDelegation(new AddDelegationUseCase.Command(A, P, 1, "AL", new Person("Head AL", "Head of delegation", "MoI")));
        r.events().addParticipant(new AddParticipantUseCase.Command(A, P, 1, "AL", new Person("Member AL", "Adviser", "MoI")));
        r.events().schedule(new ScheduleEventUseCase.Command(A, P, null, EventKind.CONFERENCE, "Conference", "Vienna", "AT", of(2010, 5, 1),
                of(2010, 5, 1), List.of()));
        r.events().addDelegation(new AddDelegationUseCase.Command(A, P, 2, "AL", new Person("Head AL 2", "Head of delegation", "MoI")));
        r.events().markHeld(new MarkEventHeldUseCase.Command(A, P, 2));
    }

    private static List<Scenario> scenarios() {
        return List.of(
                new Scenario("register organisation", r -> r.organisations().register(
                        new RegisterOrganisationUseCase.Command(A, "UNDP", "United Nations Development Programme", OrganisationType.MULTILATERAL, null))),
                new Scenario("open office", r -> r.organisations().openOffice(new OpenOfficeUseCase.Command(A, "UNHCR", "AT", of(1951, 1, 1)))),
                new Scenario("register programme", r -> r.programmes().register(
                        new RegisterProgrammeUseCase.Command(A, "FI-2", "Another programme", "", of(2020, 1, 1), null))),
                new Scenario("revise programme", r -> r.programmes().revise(new ReviseProgrammeUseCase.Command(A, P, "Renamed programme", "s"))),
                new Scenario("reschedule programme", r -> r.programmes().reschedule(
                        new RescheduleProgrammeUseCase.Command(A, P, of(2009, 1, 1), of(2013, 12, 31), of(2009, 1, 1), null))),
                new Scenario("add beneficiary", r -> r.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command(A, P, "RS"))),
                new Scenario("remove beneficiary", r -> r.programmes().removeBeneficiary(new RemoveBeneficiaryUseCase.Command(A, P, "HR"))),
                new Scenario("record contribution", r -> r.programmes().recordContribution(
                        new RecordContributionUseCase.Command(A, P, "NL-GOV", null, new java.math.BigDecimal("100"), "EUR"))),
                new Scenario("assign role", r -> r.programmes().assignRole(new AssignPartnerRoleUseCase.Command(A, P, "UNHCR", PartnerRole.EXTENDING))),
                new Scenario("assign coordinating office", r -> r.programmes().assignCoordinatingOffice(
                        new AssignCoordinatingOfficeUseCase.Command(A, P, "IOM", "HU"))),
                new Scenario("add module", r -> r.programmes().addModule(new AddModuleUseCase.Command(A, P, 3, "Asylum", "UNHCR"))),
                new Scenario("remove module", r -> r.programmes().removeModule(new RemoveModuleUseCase.Command(A, P, 2))),
                new Scenario("add deliverable", r -> r.programmes().addDeliverable(new AddDeliverableUseCase.Command(A, P,
                        DeliverableKind.ACTION_PLAN, DeliverableScope.NATIONAL, "Action plan", "BA"))),
                new Scenario("tag SDG target", r -> r.programmes().tagSdgTarget(new TagSdgTargetUseCase.Command(A, P, "10.7"))),
                new Scenario("change status", r -> r.programmes().changeStatus(
                        new ChangeProgrammeStatusUseCase.Command(A, P, ChangeProgrammeStatusUseCase.Step.SUSPEND, null))),
                new Scenario("schedule event", r -> r.events().schedule(new ScheduleEventUseCase.Command(A, P, 2, EventKind.WORKSHOP, "Workshop",
                        "Sarajevo", "BA", of(2011, 1, 1), of(2011, 1, 2), List.of("parliamentarians", "politicians")))),
                new Scenario("add delegation", r -> r.events().addDelegation(
                        new AddDelegationUseCase.Command(A, P, 1, "BA", new Person("Head BA", "Head of delegation", "MoS")))),
                new Scenario("add participant", r -> r.events().addParticipant(
                        new AddParticipantUseCase.Command(A, P, 1, "AL", new Person("Official AL", "Official", "MFA")))),
                new Scenario("mark event held", r -> r.events().markHeld(new MarkEventHeldUseCase.Command(A, P, 1))),
                new Scenario("record signature", r -> r.events().recordSignature(new RecordSignatureUseCase.Command(A, P, 2, 1, "AL"))),
                new Scenario("cancel event", r -> r.events().cancel(new CancelEventUseCase.Command(A, P, 1))),
                new Scenario("change contribution", r -> r.programmes().changeContribution(new ChangeContributionUseCase.Command(A, P, "EC",
                        "IPA", null, new java.math.BigDecimal("100"), "EUR", false))),
                new Scenario("remove contribution", r -> r.programmes().removeContribution(
                        new RemoveContributionUseCase.Command(A, P, "ICMPD", "Trust fund"))),
                new Scenario("change deliverable", r -> r.programmes().changeDeliverable(new ChangeDeliverableUseCase.Command(A, P, 2,
                        DeliverableKind.BENCHMARK_SET, null, "Benchmarks", "BA"))),
                new Scenario("remove deliverable", r -> r.programmes().removeDeliverable(new RemoveDeliverableUseCase.Command(A, P, 2))),
                new Scenario("remove SDG target", r -> r.programmes().removeSdgTarget(new RemoveSdgTargetUseCase.Command(A, P, "16.9"))),
                new Scenario("correct participant", r -> r.events().correctParticipant(new CorrectParticipantUseCase.Command(A, P, 1, "AL",
                        "Member AL", "Member of AL", "Senior adviser", null))),
                new Scenario("remove participant", r -> r.events().removeParticipant(
                        new RemoveParticipantUseCase.Command(A, P, 1, "AL", "Member AL"))),
                new Scenario("remove delegation", r -> r.events().removeDelegation(new RemoveDelegationUseCase.Command(A, P, 1, "AL"))));
    }

    @TestFactory
    Stream<DynamicTest> everyWriteUseCaseIsAllOrNothing() {
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
    }

    @TestFactory
    Stream<DynamicTest> loadingTheExamplesIsAllOrNothing() {
        return Stream.of(DynamicTest.dynamicTest("examples load", () -> check(
                new Scenario("examples load", SeedScenario::all), registry -> { })));
    }

    private void check(Scenario scenario) {
        check(scenario, FaultInjectionContract::setUp);
    }

    private void check(Scenario scenario, Consumer<TestRegistry> setUp) {
        TestDatabase database = database();
        int n = 1;
        while (true) {
            TestRegistry registry = TestRegistry.over(database.emptyPorts());
            setUp.accept(registry);
            List<String> before = database.dump();
            database.faults().arm(n);
            Throwable failure = catchThrowable(() -> scenario.action().accept(registry));
            int executed = database.faults().executed();
            database.faults().disarm();
            if (failure == null) {
                assertThat(n).as("%s sends several statements", scenario.name()).isGreaterThan(2);
                assertThat(database.dump()).as("%s changes the tables when nothing fails", scenario.name()).isNotEqualTo(before);
                return;
            }
            assertThat(failure).as("statement %d of %d", n, executed).hasMessageContaining(FaultInjector.MESSAGE);
            assertThat(database.dump()).as("%s with statement %d failing", scenario.name(), n).isEqualTo(before);
            n++;
        }
    }
}

package org.programmeregistry.application.contract;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase;
import org.programmeregistry.application.port.in.programme.AddDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.AddModuleUseCase;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase.Report;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.application.port.out.iati.IatiActivityReader;
import org.programmeregistry.application.port.out.iati.IatiActivityWriter;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.service.IatiExchangeService;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * The IATI import over one adapter, with more activities than one write batch: written whole
 * or not at all, upserting, registering only the organisations that valid activities name.
 * The file's parsing is the IATI adapter's business; here a reader hands over prepared activities.
 */
public abstract class ImportContract extends PortContract {

    private static final int MANY = 1_234;

    @TempDir
    Path folder;

    private Path file;
    private List<IatiActivity> activities;
    private IatiExchangeService iati;

    @BeforeEach
    void importService() throws IOException {
        file = Files.writeString(folder.resolve("activities.xml"), "read by the prepared reader");
        activities = new ArrayList<>();
        IatiActivityReader prepared = (in, consumer) -> {
            activities.forEach(consumer);
            return activities.size();
        };
        IatiActivityWriter unused = (list, at, out) -> {
            throw new UnsupportedOperationException("not exported here");
        };
        iati = new IatiExchangeService(ports.programmes(), ports.organisations(), TerritoryCatalogue.bundled(), ports.transactions(),
                ports.auditLog(), TestRegistry.CLOCK, prepared, unused);
    }

    private static IatiActivity activity(int n, String title, String beneficiary, IatiActivity.Organisation implementer) {
        IatiActivity.Organisation reporting = new IatiActivity.Organisation("XM-DAC-47066", "International Organization for Migration", "40");
        IatiActivity.Organisation donor = new IatiActivity.Organisation("XI-IATI-EC_NEAR", "European Commission", "15");
        return new IatiActivity("XM-DAC-47066-B-" + n, reporting, title, "Summary " + n, "2", of(2010, 1, 1), of(2010, 2, 1),
                of(2012, 12, 31), null, List.of(new IatiActivity.Participant(reporting, "2"), new IatiActivity.Participant(donor, "1"),
                        new IatiActivity.Participant(implementer, "4")),
                List.of("AL", beneficiary), List.of("16.2"), List.of(), Map.of(), n + 1);
    }

    private static IatiActivity broken(int n) {
        IatiActivity valid = activity(n, "Broken " + n, "RS", new IatiActivity.Organisation(null, "Only the broken one names me", "21"));
        // Serbia and Montenegro (CS) ended in 2006, before the programme's period: P6
        return new IatiActivity(valid.identifier(), valid.reportingOrganisation(), valid.title(), valid.description(), valid.statusCode(),
                valid.plannedStart(), valid.actualStart(), valid.plannedEnd(), valid.actualEnd(), valid.participants(),
                List.of("AL", "CS"), valid.sdgTargets(), List.of(), Map.of(), valid.line());
    }

    private static IatiActivity.Organisation partner() {
        return new IatiActivity.Organisation("XM-DAC-41114", "United Nations Development Programme", "40");
    }

    private Report importFile(boolean skipInvalid, boolean dryRun) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return iati.importActivities(new ImportIatiActivitiesUseCase.Command("importer", in, skipInvalid, dryRun, n -> { }));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long stored() {
        return inTransaction(() -> ports.programmes().search(new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), 1, true)).total());
    }

    @Test
    @DisplayName("an import of more activities than one batch creates them all; importing it again changes nothing")
    void manyActivities() {
        for (int i = 0; i < MANY; i++) {
            activities.add(activity(i, "Programme " + i, "MK", partner()));
        }
        Report first = importFile(false, false);
        assertThat(first.created()).isEqualTo(MANY);
        assertThat(first.organisationsCreated()).isEqualTo(3);
        assertThat(stored()).isEqualTo(MANY);
        assertThat(registry.queries().find("XM-DAC-47066-B-1233").beneficiaries()).extracting(t -> t.code()).containsExactly("AL", "MK");
        assertThat(registry.queries().trailOf("XM-DAC-47066-B-1233")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("created, line 1234"));

        Report again = importFile(false, false);
        assertThat(again.unchanged()).isEqualTo(MANY);
        assertThat(again.created() + again.updated() + again.organisationsCreated()).isZero();
    }

    @Test
    @DisplayName("changed activities update their programmes, across batches, and the others stay unchanged")
    void updates() {
        for (int i = 0; i < MANY; i++) {
            activities.add(activity(i, "Programme " + i, "MK", partner()));
        }
        importFile(false, false);
        for (int i = 0; i < MANY; i += 100) {
            activities.set(i, activity(i, "Programme " + i + " revised", "RS", partner()));
        }
        Report second = importFile(false, false);
        assertThat(second.updated()).isEqualTo(13);
        assertThat(second.unchanged()).isEqualTo(MANY - 13);
        assertThat(registry.queries().find("XM-DAC-47066-B-1200").title()).isEqualTo("Programme 1200 revised");
        assertThat(registry.queries().find("XM-DAC-47066-B-1200").version()).isEqualTo(1);
    }

    @Test
    @DisplayName("one broken activity after several written batches refuses the file whole: nothing of it is stored (P6)")
    void brokenActivityLate() {
        for (int i = 0; i < MANY; i++) {
            activities.add(activity(i, "Programme " + i, "MK", partner()));
        }
        activities.add(broken(MANY));
        Report report = importFile(false, false);
        assertThat(report.written()).isFalse();
        assertThat(report.refused()).singleElement().satisfies(refusal -> {
            assertThat(refusal.text()).startsWith("XM-DAC-47066-B-1234: [P6]");
            assertThat(refusal.rule()).isEqualTo(org.programmeregistry.domain.Rule.P6);
            assertThat(refusal.activity()).isEqualTo("XM-DAC-47066-B-1234");
        });
        assertThat(stored()).isZero();
        assertThat(inTransaction(() -> ports.organisations().all())).isEmpty();
        assertThat(inTransaction(() -> ports.auditLog().ofProgramme("XM-DAC-47066-B-0"))).isEmpty();
    }

    @Test
    @DisplayName("I1 an activity with a participating-organisation role outside the IATI codes 1-4 is refused with I1")
    void unknownRoleCode() {
        IatiActivity valid = activity(0, "Programme 0", "MK", partner());
        List<IatiActivity.Participant> participants = new ArrayList<>(valid.participants());
        participants.add(new IatiActivity.Participant(partner(), "9"));
        activities.add(new IatiActivity(valid.identifier(), valid.reportingOrganisation(), valid.title(), valid.description(),
                valid.statusCode(), valid.plannedStart(), valid.actualStart(), valid.plannedEnd(), valid.actualEnd(), participants,
                valid.recipientCountries(), valid.sdgTargets(), List.of(), Map.of(), valid.line()));
        Report report = importFile(false, false);
        assertThat(report.refused()).singleElement().satisfies(refusal -> assertThat(refusal.text()).startsWith("XM-DAC-47066-B-0: [I1]"));
        assertThat(stored()).isZero();
    }

    @Test
    @DisplayName("--skip-invalid writes the valid activities and never registers an organisation only a refused one names")
    void skipInvalid() {
        activities.add(activity(0, "Programme 0", "MK", partner()));
        activities.add(broken(1));
        activities.add(activity(2, "Programme 2", "MK", partner()));
        Report report = importFile(true, false);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.refused()).hasSize(1);
        assertThat(stored()).isEqualTo(2);
        assertThat(inTransaction(() -> ports.organisations().all())).extracting(o -> o.name())
                .doesNotContain("Only the broken one names me").hasSize(3);
    }

    @Test
    @DisplayName("an import refuses to join a caller's open transaction, where a refused file could not be rolled back alone")
    void importRunsInATransactionOfItsOwn() {
        activities.add(activity(0, "Programme 0", "MK", partner()));
        assertThatThrownBy(() -> run(() -> importFile(false, false))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction of its own");
        assertThat(stored()).isZero();
        assertThat(inTransaction(() -> ports.transactions().isOpen())).isTrue();
        assertThat(ports.transactions().isOpen()).isFalse();
    }

    @Test
    @DisplayName("a dry run reports what the import would do and stores nothing")
    void dryRun() {
        for (int i = 0; i < MANY; i++) {
            activities.add(activity(i, "Programme " + i, "MK", partner()));
        }
        Report report = importFile(false, true);
        assertThat(report.created()).isEqualTo(MANY);
        assertThat(report.written()).isFalse();
        assertThat(stored()).isZero();
    }

    private static IatiActivity withStatus(IatiActivity a, String title, String status, java.time.LocalDate actualEnd) {
        return new IatiActivity(a.identifier(), a.reportingOrganisation(), title, a.description(), status, a.plannedStart(),
                a.actualStart(), a.plannedEnd(), actualEnd, a.participants(), a.recipientCountries(), a.sdgTargets(), List.of(), Map.of(),
                a.line());
    }

    @Test
    @DisplayName("P4 P5 a file closes a programme through finalisation; a later file that reopens and retitles it is refused, its dry run too")
    void lifeCycleThroughTheModel() {
        IatiActivity started = activity(0, "Programme 0", "MK", partner());
        activities.add(started);
        assertThat(importFile(false, false).created()).isEqualTo(1);

        activities.clear();
        activities.add(withStatus(started, "Programme 0", "4", of(2012, 12, 31)));
        assertThat(importFile(false, false).updated()).isEqualTo(1);
        assertThat(registry.queries().find("XM-DAC-47066-B-0").status()).isEqualTo(org.programmeregistry.domain.programme.ProgrammeStatus.CLOSED);

        activities.clear();
        activities.add(withStatus(started, "Programme 0 reopened", "2", of(2012, 12, 31)));
        for (boolean dryRun : new boolean[] {true, false}) {
            Report refused = importFile(false, dryRun);
            assertThat(refused.refusedWhole()).isTrue();
            assertThat(refused.refused()).singleElement().satisfies(r -> {
                assertThat(r.rule()).isEqualTo(org.programmeregistry.domain.Rule.P4);
                assertThat(r.activity()).isEqualTo("XM-DAC-47066-B-0");
                assertThat(r.line()).isEqualTo(1);
            });
        }
        assertThat(registry.queries().find("XM-DAC-47066-B-0").status()).isEqualTo(org.programmeregistry.domain.programme.ProgrammeStatus.CLOSED);
        assertThat(registry.queries().find("XM-DAC-47066-B-0").title()).isEqualTo("Programme 0");
    }

    @Test
    @DisplayName("P5 a file that closes a programme in the pipeline without its actual end is refused; the programme stays as it was")
    void closingWithoutActualEndIsRefused() {
        IatiActivity pipeline = withStatus(activity(0, "Programme 0", "MK", partner()), "Programme 0", "1", null);
        activities.add(pipeline);
        assertThat(importFile(false, false).created()).isEqualTo(1);
        activities.clear();
        activities.add(withStatus(pipeline, "Programme 0", "4", null));
        Report refused = importFile(false, false);
        assertThat(refused.refused()).singleElement().extracting(ImportIatiActivitiesUseCase.Refusal::rule)
                .isEqualTo(org.programmeregistry.domain.Rule.P5);
        assertThat(registry.queries().find("XM-DAC-47066-B-0").status()).isEqualTo(org.programmeregistry.domain.programme.ProgrammeStatus.PIPELINE);
    }
    private static IatiActivity withDates(IatiActivity a, String status, java.time.LocalDate actualStart, java.time.LocalDate actualEnd) {
        return new IatiActivity(a.identifier(), a.reportingOrganisation(), a.title(), a.description(), status, a.plannedStart(),
                actualStart, a.plannedEnd(), actualEnd, a.participants(), a.recipientCountries(), a.sdgTargets(), List.of(), Map.of(),
                a.line());
    }

    private static IatiActivity withCountries(IatiActivity a, String... countries) {
        return new IatiActivity(a.identifier(), a.reportingOrganisation(), a.title(), a.description(), a.statusCode(), a.plannedStart(),
                a.actualStart(), a.plannedEnd(), a.actualEnd(), a.participants(), List.of(countries), a.sdgTargets(), List.of(), Map.of(),
                a.line());
    }

    /** The one programme of a file imported first, to be changed by a second file. */
    private IatiActivity imported(IatiActivity activity) {
        activities.clear();
        activities.add(activity);
        assertThat(importFile(false, false).created()).isEqualTo(1);
        return activity;
    }

    private Report importAgain(IatiActivity activity) {
        activities.clear();
        activities.add(activity);
        return importFile(false, false);
    }

    private static final String OFFICER = "officer";
    private static final String B0 = "XM-DAC-47066-B-0";

    @Test
    @DisplayName("P4 P5 a file takes a programme from the pipeline to closed through implementation and finalisation when it gives every date")
    void pipelineToClosedThroughEveryStep() {
        IatiActivity pipeline = imported(withDates(activity(0, "Programme 0", "MK", partner()), "1", null, null));
        assertThat(registry.queries().find(B0).status()).isEqualTo(org.programmeregistry.domain.programme.ProgrammeStatus.PIPELINE);
        Report closed = importAgain(withDates(pipeline, "4", of(2010, 2, 1), of(2012, 12, 31)));
        assertThat(closed.updated()).isEqualTo(1);
        assertThat(closed.refused()).isEmpty();
        ProgrammeView after = registry.queries().find(B0);
        assertThat(after.status()).isEqualTo(org.programmeregistry.domain.programme.ProgrammeStatus.CLOSED);
        assertThat(after.actualPeriod().end()).isEqualTo(of(2012, 12, 31));
    }

    @Test
    @DisplayName("P4 a file that says what a closed programme holds is unchanged, not refused")
    void closedProgrammeAsStoredIsUnchanged() {
        IatiActivity started = imported(activity(0, "Programme 0", "MK", partner()));
        IatiActivity closed = withDates(started, "4", started.actualStart(), of(2012, 12, 31));
        assertThat(importAgain(closed).updated()).isEqualTo(1);
        Report again = importAgain(closed);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.refused()).isEmpty();
        assertThat(registry.queries().find(B0).version()).isEqualTo(1);
    }

    @Test
    @DisplayName("E4 a file without a beneficiary that sent a delegation is refused whole; the beneficiary and its delegation stay")
    void beneficiaryWithADelegationStays() {
        IatiActivity started = imported(activity(0, "Programme 0", "MK", partner()));
        registry.events().schedule(new ScheduleEventUseCase.Command(OFFICER, B0, null, EventKind.SEMINAR, "Seminar", "Vienna", "AT",
                of(2011, 3, 1), of(2011, 3, 2), List.of("civil servants")));
        registry.events().addDelegation(new AddDelegationUseCase.Command(OFFICER, B0, 1, "MK", new Person("Ana Head", "Head", "MoI")));
        ProgrammeView before = registry.queries().find(B0);

        Report refused = importAgain(withCountries(started, "AL"));
        assertThat(refused.written()).isFalse();
        assertThat(refused.refused()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(org.programmeregistry.domain.Rule.E4);
            assertThat(r.activity()).isEqualTo(B0);
        });
        assertThat(registry.queries().find(B0)).isEqualTo(before);
        assertThat(registry.queries().find(B0, 1).delegations()).extracting(d -> d.territory().code()).containsExactly("MK");
    }

    @Test
    @DisplayName("P10 a file without the territory a national deliverable names is refused whole; the beneficiary stays")
    void territoryOfANationalDeliverableStays() {
        IatiActivity started = imported(activity(0, "Programme 0", "MK", partner()));
        registry.programmes().addDeliverable(new AddDeliverableUseCase.Command(OFFICER, B0, DeliverableKind.STRATEGY,
                DeliverableScope.NATIONAL, "National strategy", "MK"));
        ProgrammeView before = registry.queries().find(B0);

        Report refused = importAgain(withCountries(started, "AL"));
        assertThat(refused.refused()).singleElement().extracting(ImportIatiActivitiesUseCase.Refusal::rule)
                .isEqualTo(org.programmeregistry.domain.Rule.P10);
        assertThat(registry.queries().find(B0)).isEqualTo(before);
    }

    @Test
    @DisplayName("P8 a module with events stays when a file, which carries no modules, retitles its programme")
    void moduleWithEventsStays() {
        IatiActivity started = imported(activity(0, "Programme 0", "MK", partner()));
        String lead = registry.queries().find(B0).partners().stream()
                .filter(p -> p.roles().contains(org.programmeregistry.domain.programme.PartnerRole.IMPLEMENTING)).findFirst().orElseThrow()
                .organisation();
        registry.programmes().addModule(new AddModuleUseCase.Command(OFFICER, B0, 1, "Border module", lead));
        registry.events().schedule(new ScheduleEventUseCase.Command(OFFICER, B0, 1, EventKind.SEMINAR, "Seminar", "Vienna", "AT",
                of(2011, 3, 1), of(2011, 3, 2), List.of("civil servants")));

        IatiActivity retitled = new IatiActivity(started.identifier(), started.reportingOrganisation(), "Programme 0 retitled",
                started.description(), started.statusCode(), started.plannedStart(), started.actualStart(), started.plannedEnd(),
                started.actualEnd(), started.participants(), started.recipientCountries(), started.sdgTargets(), List.of(), Map.of(),
                started.line());
        assertThat(importAgain(retitled).updated()).isEqualTo(1);
        ProgrammeView after = registry.queries().find(B0);
        assertThat(after.title()).isEqualTo("Programme 0 retitled");
        assertThat(after.modules()).extracting(ProgrammeView.Module::name).containsExactly("Border module");
        assertThat(registry.queries().find(B0, 1).module()).contains(1);
    }
}

package org.programmeregistry.application.contract;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.fixtures.SeedScenario;
import org.programmeregistry.application.port.in.TerritoryName;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.EventView;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.organisation.RegisterOrganisationUseCase;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.FactSheetQuery.FactSheet;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.TagSdgTargetUseCase;
import org.programmeregistry.application.readmodel.AuditEntry;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.fixtures.SeedProgrammes;
import org.programmeregistry.domain.organisation.OrganisationType;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.programme.SdgTarget;

/** The use cases over one adapter: whole transactions, audited, refused whole, safe under concurrent callers. */
public abstract class UseCaseContract extends PortContract {

    private static final String CARDS = SeedProgrammes.CARDS_ID.value();
    private static final String IBM = SeedProgrammes.IBM_ID.value();

    @Test
    @DisplayName("both seed programmes entered through the use cases read back as fact sheets with the names of their time")
    void seedsAsFactSheets() {
        SeedScenario.all(registry);
        ProgrammeView ibm = registry.queries().find(IBM);
        assertThat(ibm.status()).isEqualTo(ProgrammeStatus.CLOSED);
        assertThat(ibm.coordinatingOffice()).get().satisfies(o -> {
            assertThat(o.organisationName()).isEqualTo("International Organization for Migration");
            assertThat(o.territory()).isEqualTo(new TerritoryName("HU", "Hungary"));
        });
        assertThat(ibm.beneficiaries()).extracting(TerritoryName::name).contains("Kosovo under UNSCR 1244",
                "The former Yugoslav Republic of Macedonia", "Turkey");
        assertThat(ibm.contributions()).extracting(c -> c.donorName() + c.instrument().map(i -> " " + i).orElse(""))
                .containsExactly("European Commission IPA Regional Programme 2007", "Government of the Netherlands");

        FactSheet cards = registry.queries().factSheet(CARDS);
        assertThat(cards.programme().modules()).extracting(m -> m.number() + " " + m.name() + " " + m.lead())
                .containsExactly("1 Migration IOM", "2 Asylum UNHCR", "3 Visa ICMPD");
        EventView vienna = cards.events().get(0);
        assertThat(vienna.venue()).isEqualTo(new TerritoryName("AT", "Austria"));
        assertThat(vienna.moduleName()).contains("Migration");
        assertThat(vienna.delegations()).extracting(d -> d.territory().name()).contains("Serbia and Montenegro",
                "The former Yugoslav Republic of Macedonia");
        assertThat(vienna.signatures()).hasSize(5).allSatisfy(s -> assertThat(s.signatory().position()).isEqualTo("Head of delegation"));
    }

    @Test
    @DisplayName("every accepted change is in the audit trail with its actor and the clock's time")
    void auditTrail() {
        SeedScenario.organisations(registry);
        SeedScenario.integratedBorderManagement(registry);
        List<AuditEntry> trail = registry.queries().trailOf(IBM);
        assertThat(trail).hasSize(18);
        assertThat(trail.get(0).action()).isEqualTo("registered");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(SeedScenario.ACTOR);
            assertThat(e.at()).isEqualTo(org.programmeregistry.application.fixtures.TestRegistry.CLOCK.instant());
            assertThat(e.programmeId()).contains(IBM);
        });
        assertThat(trail.get(trail.size() - 1).detail()).isEqualTo("CLOSE");
    }

    @Test
    @DisplayName("E6 a refused use case writes nothing, not even an audit entry")
    void refusedUseCaseWritesNothing() {
        SeedScenario.organisations(registry);
        SeedScenario.cards(registry);
        int entries = registry.queries().trailOf(CARDS).size();
        EventView before = registry.queries().find(CARDS, 1);
        assertThatThrownBy(() -> registry.events().addDelegation(new AddDelegationUseCase.Command("someone", CARDS, 1, "TR",
                new Person("Head", "Head", "Ministry")))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(Rule.E6));
        assertThat(registry.queries().trailOf(CARDS)).hasSize(entries);
        assertThat(registry.queries().find(CARDS, 1)).isEqualTo(before);
    }

    @Test
    @DisplayName("P1 a second programme with a registered identifier is refused; O1 so is a second organisation with the same acronym")
    void uniqueness() {
        SeedScenario.organisations(registry);
        SeedScenario.integratedBorderManagement(registry);
        assertThatThrownBy(() -> registry.programmes().register(new RegisterProgrammeUseCase.Command("a", IBM, "Again", "", null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.P1));
        assertThatThrownBy(() -> registry.organisations().register(new RegisterOrganisationUseCase.Command("a", "iom", "Other", OrganisationType.OTHER, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.O1));
    }

    @Test
    @DisplayName("unknown programmes, organisations and events are reported as not registered")
    void notFound() {
        SeedScenario.organisations(registry);
        assertThatThrownBy(() -> registry.queries().find("NOPE")).isInstanceOf(NotFoundException.class).hasMessageContaining("programme NOPE");
        assertThatThrownBy(() -> registry.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command("a", "NOPE", "AL")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.organisations().find("WHO")).isInstanceOf(NotFoundException.class);
        SeedScenario.cards(registry);
        assertThatThrownBy(() -> registry.queries().find(CARDS, 7)).isInstanceOf(NotFoundException.class);
    }

    /**
     * Eight callers tag SDG targets on one programme at once. Every change either lands or
     * fails as a concurrent change; the stored targets are exactly the accepted ones.
     */
    @Test
    @DisplayName("8 concurrent callers: no lost update, every conflict a concurrent-change error")
    void concurrentCallers() throws Exception {
        SeedScenario.organisations(registry);
        registry.programmes().register(new RegisterProgrammeUseCase.Command("a", "CONCURRENT", "Concurrent", "", of(2020, 1, 1), null));
        List<String> targets = new ArrayList<>(SdgTarget.allCodes());
        int threads = 8;
        int perThread = 12;
        Set<String> accepted = Collections.synchronizedSet(new TreeSet<>());
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        String target = targets.get(thread * perThread + i);
                        try {
                            registry.programmes().tagSdgTarget(new TagSdgTargetUseCase.Command("caller-" + thread, "CONCURRENT", target));
                            accepted.add(target);
                        } catch (ConcurrentChangeException conflict) {
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ProgrammeView stored = registry.queries().find("CONCURRENT");
        assertThat(new TreeSet<>(stored.sdgTargets())).isEqualTo(accepted);
        assertThat(accepted.size() + conflicts.get()).isEqualTo(threads * perThread);
        assertThat(stored.version()).isEqualTo(accepted.size());
        assertThat(registry.queries().trailOf("CONCURRENT")).hasSize(1 + accepted.size());
    }
}

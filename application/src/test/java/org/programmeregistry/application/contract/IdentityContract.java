package org.programmeregistry.application.contract;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.application.readmodel.AuditEntry;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.event.EventId;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;

/**
 * P1 over one adapter: programme identifiers are unique regardless of case and found in any
 * case, by the use cases, the repositories (the IATI import's bulk lookup included) and the
 * events' references to their programme; the stored spelling is kept.
 */
public abstract class IdentityContract extends PortContract {

    private static final String STORED = "IOM-HU-IBM-2009";
    private static final String LOWER = "iom-hu-ibm-2009";

    @BeforeEach
    void programmeWithAnEvent() {
        registry.programmes().register(new RegisterProgrammeUseCase.Command("a", STORED, "Border management", "", of(2009, 6, 15),
                of(2011, 6, 14)));
        registry.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command("a", "Iom-Hu-Ibm-2009", "AL"));
        registry.events().schedule(new ScheduleEventUseCase.Command("a", LOWER, null, EventKind.SEMINAR, "Seminar", "Vienna", "AT",
                of(2010, 3, 1), of(2010, 3, 2), List.of()));
    }

    @Test
    @DisplayName("P1 a programme whose identifier differs only in case from a registered one is refused, naming the stored spelling")
    void nearDuplicateRefused() {
        assertThatThrownBy(() -> registry.programmes().register(new RegisterProgrammeUseCase.Command("a", LOWER, "Again", "", null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo(Rule.P1);
                    assertThat(v.getMessage()).isEqualTo("[P1] a programme IOM-HU-IBM-2009 is already registered; "
                            + "identifiers are unique regardless of case");
                });
        assertThat(registry.queries().find(STORED).title()).isEqualTo("Border management");
        assertThat(registry.queries().trailOf(STORED)).extracting(AuditEntry::action).containsOnlyOnce("registered");
    }

    @Test
    @DisplayName("P1 a programme is found by its identifier in any case and shows the spelling it was registered with")
    void foundInAnyCase() {
        assertThat(registry.queries().find(LOWER).id()).isEqualTo(STORED);
        assertThat(registry.queries().factSheet("iOm-hU-iBm-2009").programme().id()).isEqualTo(STORED);
        assertThat(registry.queries().find(STORED).beneficiaries()).extracting(t -> t.code()).containsExactly("AL");
    }

    @Test
    @DisplayName("P1 use cases named in another case change the stored programme, and its trail keeps the stored spelling")
    void changedInAnyCase() {
        List<AuditEntry> trail = registry.queries().trailOf(LOWER);
        assertThat(trail).extracting(AuditEntry::aggregateId).containsOnly(STORED, STORED + "#1");
        assertThat(trail).extracting(AuditEntry::action).containsExactly("registered", "beneficiary added", "scheduled");
    }

    @Test
    @DisplayName("P1 an event is found and changed through its programme named in any case")
    void eventsInAnyCase() {
        registry.events().addDelegation(new AddDelegationUseCase.Command("a", LOWER, 1, "AL", new Person("Head", "Head", "MoI")));
        assertThat(registry.queries().find(LOWER, 1).programmeId()).isEqualTo(STORED);
        assertThat(registry.queries().eventsOf("Iom-Hu-Ibm-2009")).singleElement()
                .satisfies(e -> assertThat(e.delegations()).hasSize(1));
    }

    @Test
    @DisplayName("P1 the repositories find a programme and its events by an identifier in any case, the import's bulk lookup included")
    void repositoriesIgnoreCase() {
        run(() -> {
            assertThat(ports.programmes().exists(new ProgrammeId(LOWER))).isTrue();
            Programme found = ports.programmes().find(new ProgrammeId(LOWER)).orElseThrow();
            assertThat(found.id().value()).isEqualTo(STORED);
            Map<ProgrammeId, Programme> all = ports.programmes().findAll(List.of(new ProgrammeId(LOWER), new ProgrammeId("NOPE")));
            assertThat(all).containsOnlyKeys(new ProgrammeId(STORED));
            assertThat(all.get(new ProgrammeId(LOWER)).id().value()).isEqualTo(STORED);
            assertThat(ports.events().find(new EventId(new ProgrammeId(LOWER), 1))).get()
                    .satisfies(e -> assertThat(e.id().programme().value()).isEqualTo(STORED));
            assertThat(ports.events().ofProgramme(new ProgrammeId("iom-HU-ibm-2009"))).hasSize(1);
        });
    }
}

package org.programmeregistry.domain.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.event.Delegation;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.programme.EventStatus;
import org.programmeregistry.domain.event.Participant;
import org.programmeregistry.domain.event.Signature;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.Deliverable;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.EventReference;
import org.programmeregistry.domain.programme.Module;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * The rules of domain.md restated independently of the model's own checks, so that the
 * property tests do not take the model's word for it.
 */
final class Invariants {

    private Invariants() {
    }

    static void assertHold(Programme p, List<Event> events, TerritoryCatalogue catalogue) {
        assertThat(p.title()).as("P2 title").isNotBlank().hasSizeLessThanOrEqualTo(500);
        assertThat(p.summary()).as("P2 summary").hasSizeLessThanOrEqualTo(10_000);
        assertOrdered(p.planned(), "P3 planned");
        assertOrdered(p.actual(), "P3 actual");

        ProgrammeStatus status = p.status();
        if (status != ProgrammeStatus.PIPELINE && status != ProgrammeStatus.CANCELLED) {
            assertThat(p.actual().start()).as("P5 actual start in %s", status).isNotNull();
            assertThat(p.beneficiaries()).as("P5 beneficiaries in %s", status).isNotEmpty();
            assertThat(p.contributions()).as("P5 contributions in %s", status).isNotEmpty();
        }
        if (status == ProgrammeStatus.FINALISATION || status == ProgrammeStatus.CLOSED) {
            assertThat(p.actual().end()).as("P5 actual end in %s", status).isNotNull();
        }

        Period period = p.period();
        for (TerritoryCode code : p.beneficiaries()) {
            assertThat(catalogue.get(code).existsDuring(period)).as("P6 %s exists during %s", code, period).isTrue();
        }
        p.coordinatingOffice().ifPresent(office -> {
            assertThat(p.rolesOf(office.organisation())).as("P7 accountable").contains(PartnerRole.ACCOUNTABLE);
            if (period.start() != null) {
                assertThat(office.openedOn()).as("P7 open on start").isBeforeOrEqualTo(period.start());
            }
        });

        Set<Integer> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Module m : p.modules()) {
            assertThat(numbers.add(m.number())).as("P8 unique module number %s", m.number()).isTrue();
            assertThat(names.add(m.name().toLowerCase(Locale.ROOT))).as("P8 unique module name %s", m.name()).isTrue();
            assertThat(p.rolesOf(m.lead())).as("P8 lead implements").contains(PartnerRole.IMPLEMENTING);
        }
        for (EventReference ref : p.events()) {
            ref.module().ifPresent(m -> assertThat(numbers).as("P8/E2 module %s of event %s", m, ref.number()).contains(m));
            assertThat(period.contains(ref.dates().start()) && period.contains(ref.dates().end()))
                    .as("E1 event %s %s inside %s", ref.number(), ref.dates(), period).isTrue();
        }

        List<Contribution> contributions = p.contributions();
        for (int i = 0; i < contributions.size(); i++) {
            for (int j = i + 1; j < contributions.size(); j++) {
                assertThat(contributions.get(i).sameLineAs(contributions.get(j))).as("P9 unique lines").isFalse();
            }
            contributions.get(i).amount().ifPresent(m -> assertThat(m.amount().signum()).as("P9 amount").isNotNegative());
        }

        for (Deliverable d : p.deliverables()) {
            if (d.scope() == DeliverableScope.NATIONAL) {
                assertThat(p.beneficiaries()).as("P10 deliverable %s", d.number()).contains(d.territory().orElseThrow());
            } else {
                assertThat(d.territory()).as("P10 regional").isEmpty();
            }
        }

        assertThat(events).extracting(e -> e.id().number()).as("events of the programme")
                .containsExactlyInAnyOrderElementsOf(p.events().stream().map(EventReference::number).toList());
        for (Event e : events) {
            assertEventHolds(p, e, catalogue);
        }
    }

    private static void assertEventHolds(Programme p, Event e, TerritoryCatalogue catalogue) {
        assertThat(p.event(e.id().number())).as("the programme keeps of event %s what it holds", e.id()).contains(e.reference());
        var details = e.details();
        assertThat(details.end()).as("E1 order").isAfterOrEqualTo(details.start());
        details.module().ifPresent(m -> assertThat(p.module(m)).as("E2 module %s", m).isPresent());
        assertThat(catalogue.existsOn(details.venue().territory(), details.start())).as("E3 venue").isTrue();
        Set<String> people = new HashSet<>();
        for (Delegation d : e.delegations()) {
            if (e.status() != EventStatus.CANCELLED) {
                assertThat(p.hasBeneficiary(d.territory())).as("E4 %s is a beneficiary", d.territory()).isTrue();
            }
            assertThat(catalogue.existsOn(d.territory(), details.start())).as("E4 %s exists on the day", d.territory()).isTrue();
            d.everyone().map(Participant::name).map(n -> n.toLowerCase(Locale.ROOT)).forEach(n ->
                    assertThat(people.add(n)).as("E4 one delegation per person").isTrue());
        }
        Set<String> signed = new HashSet<>();
        for (Signature s : e.signatures()) {
            assertThat(e.status()).as("E5 held").isEqualTo(EventStatus.HELD);
            assertThat(s.signatory()).as("E5 head").isEqualTo(e.delegationOf(s.territory()).orElseThrow().head());
            Deliverable d = p.deliverable(s.deliverable()).orElseThrow();
            d.territory().ifPresent(t -> assertThat(t).as("E5 territory of the deliverable").isEqualTo(s.territory()));
            assertThat(signed.add(s.deliverable() + "/" + s.territory())).as("E5 once").isTrue();
        }
        if (e.status() == EventStatus.CANCELLED) {
            assertThat(e.signatures()).as("E6 cancelled without signatures").isEmpty();
        }
    }

    private static void assertOrdered(Period period, String what) {
        if (period.start() != null && period.end() != null) {
            assertThat(period.end()).as(what).isAfterOrEqualTo(period.start());
        }
    }
}

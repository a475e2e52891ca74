package org.programmeregistry.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.programmeregistry.application.port.in.TerritoryName;
import org.programmeregistry.application.port.in.event.EventView;
import org.programmeregistry.application.port.in.organisation.OrganisationView;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.event.Delegation;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.Participant;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.programme.Module;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/** Turns aggregates into the views readers get, naming territories as they were named at the time (T1). */
final class Views {

    private final TerritoryCatalogue catalogue;

    Views(TerritoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    TerritoryName during(TerritoryCode code, Period period) {
        return catalogue.find(code).map(t -> new TerritoryName(code.value(), t.nameDuring(period)))
                .orElseGet(() -> new TerritoryName(code.value(), code.value()));
    }

    TerritoryName on(TerritoryCode code, LocalDate day) {
        return catalogue.find(code).map(t -> new TerritoryName(code.value(), t.nameOn(day).orElseGet(t::latestName)))
                .orElseGet(() -> new TerritoryName(code.value(), code.value()));
    }

    /** {@code names}: organisation names by acronym; an unknown acronym is shown as itself. */
    ProgrammeView of(Programme p, Function<Acronym, String> names) {
        Period period = p.period();
        return new ProgrammeView(
                p.id().value(), p.title(), p.summary(), p.status(), p.planned(), p.actual(),
                p.coordinatingOffice().map(o -> new ProgrammeView.Office(o.organisation().value(), names.apply(o.organisation()),
                        on(o.territory(), o.openedOn()), o.openedOn())),
                p.beneficiaries().stream().map(t -> during(t, period)).toList(),
                p.contributions().stream().map(c -> new ProgrammeView.Contribution(c.donor().value(), names.apply(c.donor()),
                        c.instrument(), c.amount().map(m -> m.amount()), c.amount().map(m -> m.currency()))).toList(),
                p.partners().entrySet().stream().map(e -> new ProgrammeView.Partner(e.getKey().value(), names.apply(e.getKey()),
                        e.getValue())).toList(),
                p.modules().stream().map(m -> new ProgrammeView.Module(m.number(), m.name(), m.lead().value(), names.apply(m.lead()))).toList(),
                p.deliverables().stream().map(d -> new ProgrammeView.Deliverable(d.number(), d.kind(), d.scope(), d.title(),
                        d.territory().map(t -> during(t, period)))).toList(),
                p.sdgTargets().stream().map(t -> t.code()).toList(),
                p.version());
    }

    EventView of(Event e, Programme programme) {
        LocalDate day = e.details().start();
        return new EventView(
                e.programme().value(), e.id().number(), e.details().module(),
                e.details().module().flatMap(programme::module).map(Module::name),
                e.details().kind(), e.details().title(), e.details().venue().city(), on(e.details().venue().territory(), day),
                day, e.details().end(), e.status(), e.details().targetGroups(),
                e.delegations().stream().map(d -> delegation(d, day)).toList(),
                e.signatures().stream().map(s -> new EventView.Signature(s.deliverable(),
                        programme.deliverable(s.deliverable()).map(d -> d.title()).orElse(""), on(s.territory(), day),
                        person(s.signatory()))).toList(),
                e.version());
    }

    OrganisationView of(Organisation o) {
        return new OrganisationView(o.acronym().value(), o.name(), o.type(), o.iatiIdentifier().map(Object::toString),
                o.offices().stream().map(office -> new OrganisationView.Office(on(office.territory(), office.openedOn()), office.openedOn()))
                        .toList(),
                o.version());
    }

    private EventView.Delegation delegation(Delegation d, LocalDate day) {
        return new EventView.Delegation(on(d.territory(), day), person(d.head()), d.members().stream().map(Views::person).toList());
    }

    private static EventView.Person person(Participant p) {
        return new EventView.Person(p.name(), p.position(), p.institution());
    }

    static Function<Acronym, String> namesFrom(Map<Acronym, Organisation> organisations) {
        return acronym -> Optional.ofNullable(organisations.get(acronym)).map(Organisation::name).orElse(acronym.value());
    }
}

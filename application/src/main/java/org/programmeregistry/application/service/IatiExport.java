package org.programmeregistry.application.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.SdgTarget;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * Programmes as IATI activities that IATI's own rules accept. Each names a reporting
 * organisation with an IATI identifier (I3): the accountable organisation when it has one, else
 * the organisation the user names; never an empty reference. An identifier that does not start
 * with the reporting organisation's is published prefixed with it, the registry's identifier kept
 * as {@code other-identifier} of type A1. A programme without a summary or a start date cannot be an
 * IATI activity (I4).
 */
final class IatiExport {

    private final Map<Acronym, Organisation> known = new HashMap<>();
    private final Optional<Organisation> fallback;

    IatiExport(OrganisationRepository organisations, Optional<String> reportingOrganisation) {
        organisations.all().forEach(o -> known.put(o.acronym(), o));
        this.fallback = reportingOrganisation.map(acronym -> {
            Organisation named = organisations.find(Acronym.of(acronym)).orElseThrow(() -> NotFoundException.organisation(acronym));
            RuleViolation.require(named.iatiIdentifier().isPresent(), Rule.I3, () -> named.acronym()
                    + " has no IATI organisation identifier and cannot report activities; give it one, or name another organisation");
            return named;
        });
    }

    /** The programmes as activities, or a refusal naming every programme that cannot be one. */
    List<IatiActivity> activities(List<Programme> programmes) {
        List<String> undated = programmes.stream().filter(p -> p.planned().start() == null && p.actual().start() == null)
                .map(p -> p.id().value()).toList();
        RuleViolation.require(undated.isEmpty(), Rule.I4, () -> "programme" + (undated.size() == 1 ? " " : "s ") + String.join(", ", undated)
                + (undated.size() == 1 ? " has" : " have") + " no planned or actual start date; an IATI activity needs one. "
                + "Give a planned start (programme reschedule), then export again");
        List<String> undescribed = programmes.stream().filter(p -> p.summary() == null || p.summary().isBlank())
                .map(p -> p.id().value()).toList();
        RuleViolation.require(undescribed.isEmpty(), Rule.I4, () -> "programme" + (undescribed.size() == 1 ? " " : "s ")
                + String.join(", ", undescribed) + (undescribed.size() == 1 ? " has" : " have")
                + " no summary; an IATI activity needs a description. Give a summary (programme revise), then export again");
        List<String> unreported = programmes.stream().filter(p -> reporting(p).isEmpty()).map(p -> p.id().value()).toList();
        RuleViolation.require(unreported.isEmpty(), Rule.I3, () -> "programme" + (unreported.size() == 1 ? " " : "s ")
                + String.join(", ", unreported) + (unreported.size() == 1 ? " has" : " have")
                + " no accountable organisation with an IATI identifier to report it; name the reporting organisation "
                + "(iati export --reporting-org ACRONYM)");
        List<IatiActivity> result = new ArrayList<>();
        for (Programme programme : programmes) {
            result.add(activity(programme, reporting(programme).orElseThrow()));
        }
        return result;
    }

    /** The accountable organisation when it has an IATI identifier, else the one named for the export. */
    private Optional<Organisation> reporting(Programme p) {
        return p.partners().entrySet().stream().filter(e -> e.getValue().contains(PartnerRole.ACCOUNTABLE)).map(e -> known.get(e.getKey()))
                .filter(o -> o != null && o.iatiIdentifier().isPresent()).findFirst().or(() -> fallback);
    }

    /** The programme as an IATI activity: no modules, deliverables, events or people. */
    private IatiActivity activity(Programme p, Organisation reporting) {
        List<IatiActivity.Participant> participants = new ArrayList<>();
        for (Map.Entry<Acronym, Set<PartnerRole>> partner : p.partners().entrySet()) {
            IatiActivity.Organisation organisation = organisation(partner.getKey());
            for (PartnerRole role : EnumSet.copyOf(partner.getValue())) {
                participants.add(new IatiActivity.Participant(organisation, role.iatiCode()));
            }
        }
        String prefix = reporting.iatiIdentifier().orElseThrow().value();
        String own = p.id().value();
        boolean prefixed = own.startsWith(prefix + "-");
        return new IatiActivity(prefixed ? own : prefix + "-" + own, organisation(reporting.acronym()), p.title(), p.summary(),
                p.status().iatiCode(), p.planned().start(), p.actual().start(), p.planned().end(), p.actual().end(), participants,
                p.beneficiaries().stream().map(TerritoryCode::value).toList(), p.sdgTargets().stream().map(SdgTarget::code).toList(),
                List.of(), Map.of(), 0, prefixed ? null : own);
    }

    private IatiActivity.Organisation organisation(Acronym acronym) {
        Organisation o = known.get(acronym);
        if (o == null) {
            return new IatiActivity.Organisation(null, acronym.value(), null);
        }
        return new IatiActivity.Organisation(o.iatiIdentifier().map(Object::toString).orElse(null), o.name(), o.type().iatiCode());
    }
}

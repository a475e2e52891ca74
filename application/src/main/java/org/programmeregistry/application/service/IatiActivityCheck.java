package org.programmeregistry.application.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.programme.PublishedProgramme;
import org.programmeregistry.domain.programme.SdgTarget;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * Reads an IATI activity as the programme it publishes, checking what one activity can break
 * on its own: the IATI codes (I1), the identifier (P1), the periods (P3), territory codes and
 * SDG targets (P11). What needs the stored programme or the territory catalogue is the
 * programme's to check ({@code Programme.fromPublished}, {@code Programme.applyPublished}).
 */
final class IatiActivityCheck {

    private final IatiOrganisationDirectory directory;

    IatiActivityCheck(IatiOrganisationDirectory directory) {
        this.directory = directory;
    }

    PublishedProgramme published(IatiActivity a) {
        ProgrammeId id = new ProgrammeId(programmeIdentifier(a));
        ProgrammeStatus status = a.statusCode() == null ? ProgrammeStatus.PIPELINE : ProgrammeStatus.fromIatiCode(a.statusCode())
                .orElseThrow(() -> new RuleViolation(Rule.I1, "activity status code '" + a.statusCode() + "' is not one of the IATI codes 1-6"));
        Period planned = Period.of(a.plannedStart(), a.plannedEnd(), Rule.P3, "the planned period");
        Period actual = Period.of(a.actualStart(), a.actualEnd(), Rule.P3, "the actual period");
        List<TerritoryCode> beneficiaries = new ArrayList<>(new LinkedHashSet<>(a.recipientCountries().stream().map(TerritoryCode::of).toList()));
        Map<Acronym, Set<PartnerRole>> roles = new TreeMap<>();
        Set<Acronym> donors = new LinkedHashSet<>();
        for (IatiActivity.Participant participant : a.participants()) {
            PartnerRole role = PartnerRole.fromIatiCode(participant.roleCode()).orElseThrow(() -> new RuleViolation(Rule.I1,
                    "participating organisation role '" + participant.roleCode() + "' is not one of the IATI codes 1-4"));
            Acronym organisation = directory.resolve(participant.organisation());
            if (role == PartnerRole.FUNDING) {
                donors.add(organisation);
            } else {
                roles.computeIfAbsent(organisation, o -> EnumSet.noneOf(PartnerRole.class)).add(role);
            }
        }
        List<SdgTarget> targets = a.sdgTargets().stream().distinct().map(SdgTarget::new).toList();
        return new PublishedProgramme(id, a.title(), a.description(), status, planned, actual, beneficiaries, roles, List.copyOf(donors),
                targets);
    }

    /**
     * The registry's identifier of the programme: the activity's, unless the activity was
     * published under its reporting organisation's prefix with the registry's identifier as
     * {@code other-identifier} (what an export does with an identifier that lacks the prefix).
     */
    static String programmeIdentifier(IatiActivity a) {
        String own = a.reportingOrganisationIdentifier();
        if (own != null && a.identifier() != null && a.identifier().endsWith("-" + own)) {
            return own;
        }
        return a.identifier();
    }
}

package org.programmeregistry.domain.programme;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * A programme as someone else published it (an IATI activity, for instance): the parts a
 * publication carries, nothing of modules, deliverables, offices or events. A stored programme
 * takes it only through {@link Programme#applyPublished}; a new one is made from it with
 * {@link Programme#fromPublished}.
 *
 * @param roles the roles other than funding, by organisation
 * @param donors the organisations that fund the programme, each once, in the order published
 */
public record PublishedProgramme(
        ProgrammeId id,
        String title,
        String summary,
        ProgrammeStatus status,
        Period planned,
        Period actual,
        List<TerritoryCode> beneficiaries,
        Map<Acronym, Set<PartnerRole>> roles,
        List<Acronym> donors,
        List<SdgTarget> sdgTargets) {

    public PublishedProgramme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
        beneficiaries = List.copyOf(beneficiaries);
        Map<Acronym, Set<PartnerRole>> copy = new TreeMap<>();
        roles.forEach((organisation, set) -> {
            if (!set.isEmpty()) {
                copy.put(organisation, Set.copyOf(set));
            }
        });
        roles = Map.copyOf(copy);
        donors = List.copyOf(new LinkedHashSet<>(donors));
        sdgTargets = List.copyOf(sdgTargets);
    }

    /** Every partner with its roles, donors as funding: what a programme's {@link Programme#partners()} is compared with. */
    public Map<Acronym, Set<PartnerRole>> partners() {
        Map<Acronym, Set<PartnerRole>> partners = new TreeMap<>();
        roles.forEach((organisation, set) -> partners.computeIfAbsent(organisation, o -> EnumSet.noneOf(PartnerRole.class)).addAll(set));
        donors.forEach(d -> partners.computeIfAbsent(d, o -> EnumSet.noneOf(PartnerRole.class)).add(PartnerRole.FUNDING));
        Map<Acronym, Set<PartnerRole>> result = new TreeMap<>();
        partners.forEach((organisation, set) -> result.put(organisation, Set.copyOf(set)));
        return result;
    }
}

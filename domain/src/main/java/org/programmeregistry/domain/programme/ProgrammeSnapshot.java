package org.programmeregistry.domain.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * Everything a programme holds, as immutable values: what storage writes and reads back
 * through {@link Programme#reconstitute(ProgrammeSnapshot)}, and what tests compare to prove
 * that a refused operation changed nothing.
 */
public record ProgrammeSnapshot(
        ProgrammeId id,
        String title,
        String summary,
        ProgrammeStatus status,
        Period planned,
        Period actual,
        Optional<CoordinatingOffice> coordinatingOffice,
        List<TerritoryCode> beneficiaries,
        List<Contribution> contributions,
        Map<Acronym, Set<PartnerRole>> roles,
        List<Module> modules,
        List<Deliverable> deliverables,
        List<SdgTarget> sdgTargets,
        List<EventReference> events,
        long version) {

    public ProgrammeSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(coordinatingOffice, "coordinatingOffice");
        beneficiaries = List.copyOf(beneficiaries);
        contributions = List.copyOf(contributions);
        Map<Acronym, Set<PartnerRole>> copy = new HashMap<>();
        roles.forEach((organisation, set) -> copy.put(organisation, Set.copyOf(set)));
        roles = Map.copyOf(copy);
        modules = List.copyOf(modules);
        deliverables = List.copyOf(deliverables);
        sdgTargets = List.copyOf(sdgTargets);
        events = List.copyOf(events);
    }
}

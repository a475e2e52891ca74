package org.programmeregistry.application.port.out;

import java.util.List;
import java.util.Optional;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;
import org.programmeregistry.domain.organisation.Organisation;

/** Stores organisations, identified by acronym without regard to case (O1). */
public interface OrganisationRepository {

    Optional<Organisation> find(Acronym acronym);

    Optional<Organisation> findByIatiIdentifier(IatiOrganisationIdentifier identifier);

    /** Sorted by acronym. */
    List<Organisation> all();

    void add(Organisation organisation);

    void update(Organisation organisation);
}

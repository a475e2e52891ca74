package org.programmeregistry.application.port.in.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.programmeregistry.application.port.in.TerritoryName;
import org.programmeregistry.domain.organisation.OrganisationType;

/** An organisation with its offices, territories named as on each office's opening day. */
public record OrganisationView(String acronym, String name, OrganisationType type, Optional<String> iatiIdentifier,
        List<Office> offices, long version) {

    public record Office(TerritoryName territory, LocalDate openedOn) {
    }
}

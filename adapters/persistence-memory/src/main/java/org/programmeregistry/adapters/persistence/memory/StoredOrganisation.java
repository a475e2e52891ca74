package org.programmeregistry.adapters.persistence.memory;

import java.util.List;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;
import org.programmeregistry.domain.organisation.Office;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.OrganisationType;

/** An organisation as stored: immutable values, rebuilt into an aggregate on every read. */
record StoredOrganisation(Acronym acronym, String name, OrganisationType type, IatiOrganisationIdentifier iatiIdentifier,
        List<Office> offices, long version) {

    static StoredOrganisation of(Organisation o, long version) {
        return new StoredOrganisation(o.acronym(), o.name(), o.type(), o.iatiIdentifier().orElse(null), List.copyOf(o.offices()), version);
    }

    Organisation toOrganisation() {
        return Organisation.reconstitute(acronym, name, type, iatiIdentifier, offices, version);
    }
}

package org.programmeregistry.application.port.in.organisation;

import java.util.List;

/** Reads organisations: one by acronym (case-insensitive), or all by acronym. */
public interface FindOrganisationQuery {

    OrganisationView find(String acronym);

    List<OrganisationView> all();
}

package org.programmeregistry.application.port.in.programme;

/** Reads one programme; an unknown identifier is a {@link org.programmeregistry.application.NotFoundException}. */
public interface FindProgrammeQuery {

    ProgrammeView find(String programmeId);
}

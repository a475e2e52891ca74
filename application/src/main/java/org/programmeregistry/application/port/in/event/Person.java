package org.programmeregistry.application.port.in.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.programmeregistry.domain.event.Participant;

/** A participant as a command gives it: a name (or a description, where no name is known), position and institution. */
public record Person(@NotBlank @Size(max = Participant.NAME_MAX) String name, @Size(max = Participant.POSITION_MAX) String position,
        @Size(max = Participant.INSTITUTION_MAX) String institution) {
}

package org.programmeregistry.application.port.in.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A participant as a command gives it: a name (or a description, where no name is known), position and institution. */
public record Person(@NotBlank @Size(max = 200) String name, @Size(max = 200) String position, @Size(max = 300) String institution) {
}

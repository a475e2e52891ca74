package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import org.programmeregistry.domain.programme.PartnerRole;

/** Names an organisation's role in a programme: funding, accountable, extending or implementing. */
public interface AssignPartnerRoleUseCase {

    void assignRole(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotNull @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String organisation,
            @NotNull PartnerRole role) {

        public Command(String actor, String programmeId, String organisation, PartnerRole role) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.organisation = organisation;
            this.role = role;
            CommandValidation.check(this);
        }
    }
}

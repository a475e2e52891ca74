package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

/** Names the accountable organisation's office that coordinates the programme (P7). */
public interface AssignCoordinatingOfficeUseCase {

    void assignCoordinatingOffice(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotNull @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String organisation,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory) {

        public Command(String actor, String programmeId, String organisation, String territory) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.organisation = organisation;
            this.territory = territory;
            CommandValidation.check(this);
        }
    }
}

package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

/** Removes a beneficiary no deliverable names and no delegation came from (P5, P10, E4). */
public interface RemoveBeneficiaryUseCase {

    void removeBeneficiary(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory) {

        public Command(String actor, String programmeId, String territory) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.territory = territory;
            CommandValidation.check(this);
        }
    }
}

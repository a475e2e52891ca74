package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

/** Adds a beneficiary territory that exists during the programme period (P6). */
public interface AddBeneficiaryUseCase {

    void addBeneficiary(Command command);

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

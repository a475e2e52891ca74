package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import org.programmeregistry.domain.programme.Contribution;

/** Removes a recorded contribution (P13) that a programme in implementation can do without (P5). */
public interface RemoveContributionUseCase {

    void removeContribution(Command command);

    /** {@code instrument} is the line's instrument as recorded (null or blank: none). */
    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotNull @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String donor,
            @Size(max = Contribution.INSTRUMENT_MAX) String instrument) {

        public Command(String actor, String programmeId, String donor, String instrument) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.donor = donor;
            this.instrument = instrument;
            CommandValidation.check(this);
        }
    }
}

package org.programmeregistry.application.port.in.event;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.constraints.Positive;

/** Removes a territory's delegation, head and members, before the event is held (E4, E6, E7). */
public interface RemoveDelegationUseCase {

    void removeDelegation(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int event,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory) {

        public Command(String actor, String programmeId, int event, String territory) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.event = event;
            this.territory = territory;
            CommandValidation.check(this);
        }
    }
}

package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.constraints.Positive;

/** Removes a deliverable that was not signed at any event (P13). */
public interface RemoveDeliverableUseCase {

    void removeDeliverable(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int number) {

        public Command(String actor, String programmeId, int number) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.number = number;
            CommandValidation.check(this);
        }
    }
}

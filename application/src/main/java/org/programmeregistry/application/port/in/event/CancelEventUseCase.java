package org.programmeregistry.application.port.in.event;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

/** Cancels an event that has no signatures (E6). */
public interface CancelEventUseCase {

    void cancel(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int event) {

        public Command(String actor, String programmeId, int event) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.event = event;
            CommandValidation.check(this);
        }
    }
}

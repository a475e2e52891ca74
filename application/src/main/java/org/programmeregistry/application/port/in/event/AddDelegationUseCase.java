package org.programmeregistry.application.port.in.event;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.Valid;

/** Adds the delegation of a beneficiary territory to an event, led by its head (E4). */
public interface AddDelegationUseCase {

    void addDelegation(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int event,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory,
            @NotNull @Valid Person head) {

        public Command(String actor, String programmeId, int event, String territory, Person head) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.event = event;
            this.territory = territory;
            this.head = head;
            CommandValidation.check(this);
        }
    }
}

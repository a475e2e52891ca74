package org.programmeregistry.application.port.in.event;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.Valid;

/** Adds a member to a territory's delegation; a person is in one delegation of an event (E4). */
public interface AddParticipantUseCase {

    void addParticipant(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int event,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory,
            @NotNull @Valid Person participant) {

        public Command(String actor, String programmeId, int event, String territory, Person participant) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.event = event;
            this.territory = territory;
            this.participant = participant;
            CommandValidation.check(this);
        }
    }
}

package org.programmeregistry.application.port.in.event;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.constraints.Positive;
import org.programmeregistry.domain.event.Participant;

/** Removes a member, not the head (E4), from a territory's delegation before the event is held (E6, E7, E10). */
public interface RemoveParticipantUseCase {

    void removeParticipant(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int event,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory,
            @NotBlank @Size(max = Participant.NAME_MAX) String name) {

        public Command(String actor, String programmeId, int event, String territory, String name) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.event = event;
            this.territory = territory;
            this.name = name;
            CommandValidation.check(this);
        }
    }
}

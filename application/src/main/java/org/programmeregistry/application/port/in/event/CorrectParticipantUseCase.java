package org.programmeregistry.application.port.in.event;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import org.programmeregistry.domain.event.Participant;

/**
 * Corrects a person of a territory's delegation before the event is held (E6, E7), named as the
 * event shows them (E10); correcting the head gives the delegation a new head. Nobody is in
 * two places of one event (E4).
 */
public interface CorrectParticipantUseCase {

    void correctParticipant(Command command);

    /** What is null among {@code correctedName}, {@code position} and {@code institution} stays as it is; at least one is given. */
    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int event,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory,
            @NotBlank @Size(max = Participant.NAME_MAX) String name,
            @Size(max = Participant.NAME_MAX) String correctedName,
            @Size(max = Participant.POSITION_MAX) String position,
            @Size(max = Participant.INSTITUTION_MAX) String institution) {

        public Command(String actor, String programmeId, int event, String territory, String name, String correctedName, String position,
                String institution) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.event = event;
            this.territory = territory;
            this.name = name;
            this.correctedName = correctedName;
            this.position = position;
            this.institution = institution;
            CommandValidation.check(this);
        }

        @AssertTrue(message = "name a correction: a name, position or institution")
        private boolean isCorrection() {
            return correctedName != null || position != null || institution != null;
        }
    }
}

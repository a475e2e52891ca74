package org.programmeregistry.application.port.in.event;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

/** Records that a territory's head of delegation signed a deliverable at a held event (E5). */
public interface RecordSignatureUseCase {

    void recordSignature(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int event,
            @Positive int deliverable,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory) {

        public Command(String actor, String programmeId, int event, int deliverable, String territory) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.event = event;
            this.deliverable = deliverable;
            this.territory = territory;
            CommandValidation.check(this);
        }
    }
}

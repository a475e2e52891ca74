package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

/** Removes an SDG target the programme is tagged with (P13). */
public interface RemoveSdgTargetUseCase {

    void removeSdgTarget(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotNull @Pattern(regexp = "\\d{1,2}\\.(\\d{1,2}|[a-z])", message = "must be an SDG target such as 10.7 or 10.a (P11)") String target) {

        public Command(String actor, String programmeId, String target) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.target = target;
            CommandValidation.check(this);
        }
    }
}

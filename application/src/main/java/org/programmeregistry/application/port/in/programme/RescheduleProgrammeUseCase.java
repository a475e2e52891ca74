package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import java.time.LocalDate;

/** Replaces a programme's planned and actual dates (P3, P5, P6, P7, E1). */
public interface RescheduleProgrammeUseCase {

    void reschedule(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd) {

        public Command(String actor, String programmeId, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                LocalDate actualEnd) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.plannedStart = plannedStart;
            this.plannedEnd = plannedEnd;
            this.actualStart = actualStart;
            this.actualEnd = actualEnd;
            CommandValidation.check(this);
        }
    }
}

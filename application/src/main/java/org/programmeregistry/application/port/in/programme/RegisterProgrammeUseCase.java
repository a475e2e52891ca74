package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import java.time.LocalDate;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.Programme;

/** Registers a new programme in the pipeline (P1-P3). */
public interface RegisterProgrammeUseCase {

    ProgrammeId register(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotBlank @Size(max = Programme.TITLE_MAX) String title,
            @Size(max = Programme.SUMMARY_MAX) String summary,
            LocalDate plannedStart,
            LocalDate plannedEnd) {

        public Command(String actor, String programmeId, String title, String summary, LocalDate plannedStart, LocalDate plannedEnd) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.title = title;
            this.summary = summary;
            this.plannedStart = plannedStart;
            this.plannedEnd = plannedEnd;
            CommandValidation.check(this);
        }
    }
}

package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;
import org.programmeregistry.domain.programme.Programme;

/** Gives a programme a new title and summary (P2). */
public interface ReviseProgrammeUseCase {

    void revise(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotBlank @Size(max = Programme.TITLE_MAX) String title,
            @Size(max = Programme.SUMMARY_MAX) String summary) {

        public Command(String actor, String programmeId, String title, String summary) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.title = title;
            this.summary = summary;
            CommandValidation.check(this);
        }
    }
}

package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import java.time.LocalDate;

/** Moves a programme along the IATI activity-status life cycle (P4, P5). */
public interface ChangeProgrammeStatusUseCase {

    void changeStatus(Command command);

    /** The steps of the life cycle; start and finalise record an actual date. */
    enum Step {
        START, FINALISE, CLOSE, SUSPEND, RESUME, CANCEL;

        public boolean needsDate() {
            return this == START || this == FINALISE;
        }
    }

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotNull Step step,
            LocalDate date) {

        public Command(String actor, String programmeId, Step step, LocalDate date) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.step = step;
            this.date = date;
            CommandValidation.check(this);
        }

        @jakarta.validation.constraints.AssertTrue(message = "start needs the actual start date and finalise the actual end date (P5)")
        private boolean isDateGivenWhenNeeded() {
            return step == null || !step.needsDate() || date != null;
        }
    }
}

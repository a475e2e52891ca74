package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.constraints.Positive;
import org.programmeregistry.domain.programme.Module;

/** Adds a module under the responsibility of one lead organisation (P8). */
public interface AddModuleUseCase {

    void addModule(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int number,
            @NotBlank @Size(max = Module.NAME_MAX) String name,
            @NotNull @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String lead) {

        public Command(String actor, String programmeId, int number, String name, String lead) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.number = number;
            this.name = name;
            this.lead = lead;
            CommandValidation.check(this);
        }
    }
}

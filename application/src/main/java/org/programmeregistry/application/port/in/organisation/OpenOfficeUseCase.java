package org.programmeregistry.application.port.in.organisation;

import static org.programmeregistry.application.port.in.Patterns.ACRONYM;
import static org.programmeregistry.application.port.in.Patterns.ACRONYM_MESSAGE;
import static org.programmeregistry.application.port.in.Patterns.TERRITORY;
import static org.programmeregistry.application.port.in.Patterns.TERRITORY_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.programmeregistry.application.port.in.CommandValidation;

/** Opens an organisation's office in a territory that exists on the opening day (O2). */
public interface OpenOfficeUseCase {

    void openOffice(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String organisation,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory,
            @NotNull LocalDate openedOn) {

        public Command(String actor, String organisation, String territory, LocalDate openedOn) {
            this.actor = actor;
            this.organisation = organisation;
            this.territory = territory;
            this.openedOn = openedOn;
            CommandValidation.check(this);
        }
    }
}

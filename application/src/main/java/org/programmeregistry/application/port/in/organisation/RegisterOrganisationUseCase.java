package org.programmeregistry.application.port.in.organisation;

import static org.programmeregistry.application.port.in.Patterns.ACRONYM;
import static org.programmeregistry.application.port.in.Patterns.ACRONYM_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;
import org.programmeregistry.domain.organisation.OrganisationType;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;

/** Registers an organisation under a unique acronym (O1). */
public interface RegisterOrganisationUseCase {

    void register(Command command);

    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String acronym,
            @NotBlank @Size(max = Organisation.NAME_MAX) String name,
            @NotNull OrganisationType type,
            @Pattern(regexp = IatiOrganisationIdentifier.FORM_REGEX, message = "must be an IATI organisation identifier such as XM-DAC-47066 (O1)")
            String iatiIdentifier) {

        public Command(String actor, String acronym, String name, OrganisationType type, String iatiIdentifier) {
            this.actor = actor;
            this.acronym = acronym;
            this.name = name;
            this.type = type;
            this.iatiIdentifier = iatiIdentifier;
            CommandValidation.check(this);
        }
    }
}

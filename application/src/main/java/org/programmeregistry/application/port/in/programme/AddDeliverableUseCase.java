package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.Deliverable;

/** Adds a regional or national deliverable; returns its number (P10). */
public interface AddDeliverableUseCase {

    int addDeliverable(Command command);

    /** A national deliverable names its territory; a regional one leaves it null. */
    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotNull DeliverableKind kind,
            @NotNull DeliverableScope scope,
            @NotBlank @Size(max = Deliverable.TITLE_MAX) String title,
            @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory) {

        public Command(String actor, String programmeId, DeliverableKind kind, DeliverableScope scope, String title, String territory) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.kind = kind;
            this.scope = scope;
            this.title = title;
            this.territory = territory;
            CommandValidation.check(this);
        }
    }
}

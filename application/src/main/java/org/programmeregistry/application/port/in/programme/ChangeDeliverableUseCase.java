package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import org.programmeregistry.domain.programme.Deliverable;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;

/** Corrects a deliverable that was not signed, keeping its number (P13, P10, P12). */
public interface ChangeDeliverableUseCase {

    void changeDeliverable(Command command);

    /**
     * What is null stays as it is. A territory makes the deliverable national; the regional
     * scope clears the territory; the national scope without a territory keeps the current one.
     */
    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive int number,
            DeliverableKind kind,
            DeliverableScope scope,
            @Size(max = Deliverable.TITLE_MAX) String title,
            @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory) {

        public Command(String actor, String programmeId, int number, DeliverableKind kind, DeliverableScope scope, String title,
                String territory) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.number = number;
            this.kind = kind;
            this.scope = scope;
            this.title = title;
            this.territory = territory;
            CommandValidation.check(this);
        }

        @AssertTrue(message = "name a correction: a kind, scope, title or territory")
        private boolean isCorrection() {
            return kind != null || scope != null || title != null || territory != null;
        }
    }
}

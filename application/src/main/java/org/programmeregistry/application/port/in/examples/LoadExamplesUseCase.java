package org.programmeregistry.application.port.in.examples;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

/**
 * Enters example organisations and programmes through the use cases, in one transaction: all
 * of them are registered, or none (a broken rule or a failed write leaves the registry as it
 * was). What is already registered, by acronym or programme identifier, is left as it is.
 */
public interface LoadExamplesUseCase {

    Result load(Command command);

    record Command(@NotBlank @Size(max = 200) String actor, @NotNull Examples examples) {

        public Command(String actor, Examples examples) {
            this.actor = actor;
            this.examples = examples;
            CommandValidation.check(this);
        }
    }

    /** How many organisations and programmes were registered, and how many were already there. */
    record Result(int organisations, int programmes, int alreadyRegistered) {
    }
}

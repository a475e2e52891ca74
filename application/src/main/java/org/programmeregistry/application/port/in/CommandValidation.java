package org.programmeregistry.application.port.in;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.programmeregistry.application.InvalidCommandException;

/**
 * The one validator every command and query uses, built on first use (so a command line
 * that needs none pays nothing) with the interpolator named in META-INF/validation.xml.
 */
public final class CommandValidation {

    private CommandValidation() {
    }

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /** Throws {@link InvalidCommandException} naming every broken field of {@code command}. */
    public static <T> T check(T command) {
        Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(command);
        if (!violations.isEmpty()) {
            List<String> problems = violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .toList();
            throw new InvalidCommandException(command.getClass().getName().replaceFirst(".*\\.", "").replace('$', '.'), problems);
        }
        return command;
    }
}

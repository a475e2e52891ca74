package org.programmeregistry.application.port.in;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.programmeregistry.application.InvalidCommandException;

/**
 * The one validator every command and query uses, built on first use (so a command line
 * that needs none pays nothing).
 *
 * <p>It is configured in code, not by a {@code META-INF/validation.xml}: Jakarta Validation reads
 * that file from the whole class path, so a library that shipped one would configure its host's
 * validator too. For the same reason the host's own file is ignored here. Messages need no
 * expression language: the parameter interpolator resolves {@code {min}}, {@code {max}} and friends.
 */
public final class CommandValidation {

    private CommandValidation() {
    }

    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
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

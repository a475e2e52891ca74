package org.programmeregistry.domain.organisation;

import java.util.regex.Pattern;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;

/** An IATI organisation identifier: registration agency prefix, then the agency's number (XM-DAC-47066). */
public record IatiOrganisationIdentifier(String value) {

    /** O1: the form of an identifier, for the commands' validation too. */
    public static final String FORM_REGEX = "[A-Z]{2}-[A-Z0-9]{2,}-\\S{1,150}";
    private static final Pattern FORM = Pattern.compile(FORM_REGEX);

    public IatiOrganisationIdentifier {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new RuleViolation(Rule.O1, "'" + value + "' is not an IATI organisation identifier; use the form XX-XXX-..., e.g. XM-DAC-47066");
        }
    }

    /** Whether {@code value} has the form of an identifier (O1), for callers that try a value before taking it. */
    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.programmeregistry.domain.programme;

import java.util.regex.Pattern;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;

/** A programme's identifier (P1), e.g. the IATI activity identifier XM-DAC-47066-HU-0001. */
public record ProgrammeId(String value) implements Comparable<ProgrammeId> {

    /** P1: the form of an identifier, for the commands' validation too. */
    public static final String FORM_REGEX = "[A-Za-z0-9._/-]{1,100}";
    private static final Pattern FORM = Pattern.compile(FORM_REGEX);

    public ProgrammeId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new RuleViolation(Rule.P1, (value == null ? "no programme identifier is given" : "'" + value + "' is not a programme identifier") + "; use 1-100 letters, digits, '.', '_', '/' or '-'");
        }
    }

    @Override
    public int compareTo(ProgrammeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

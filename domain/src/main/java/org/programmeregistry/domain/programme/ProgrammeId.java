package org.programmeregistry.domain.programme;

import java.util.Locale;
import java.util.regex.Pattern;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;

/**
 * A programme's identifier (P1), e.g. the IATI activity identifier XM-DAC-47066-HU-0001. Kept as
 * written, compared without regard to case: "iom-hu-ibm-2009" and "IOM-HU-IBM-2009" name the
 * same programme, so a registry holds at most one of them and finds it by either.
 */
public record ProgrammeId(String value) implements Comparable<ProgrammeId> {

    /** P1: the form of an identifier, for the commands' validation too. */
    public static final String FORM_REGEX = "[A-Za-z0-9._/-]{1,100}";
    private static final Pattern FORM = Pattern.compile(FORM_REGEX);

    public ProgrammeId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new RuleViolation(Rule.P1, (value == null ? "no programme identifier is given" : "'" + value + "' is not a programme identifier") + "; use 1-100 letters, digits, '.', '_', '/' or '-'");
        }
    }

    /** The form used for comparison and storage keys: the identifier in capitals (it holds ASCII only). */
    public String key() {
        // most identifiers are written in capitals already: no copy for them (equals and hashCode run often)
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return value.toUpperCase(Locale.ROOT);
            }
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProgrammeId that && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    /** In the order of {@link #key()}, consistent with {@link #equals}. */
    @Override
    public int compareTo(ProgrammeId other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.programmeregistry.domain.organisation;

import java.util.Locale;
import java.util.regex.Pattern;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;

/**
 * The short name that identifies an organisation (IOM, UNHCR, EC). Kept as written, compared
 * without regard to case (O1): "Iom" and "IOM" are the same organisation.
 */
public record Acronym(String value) implements Comparable<Acronym> {

    /** O3: the form of an acronym, for the commands' validation too. */
    public static final String FORM_REGEX = "[\\p{L}\\p{N}][\\p{L}\\p{N}._&/-]{0,39}";
    private static final Pattern FORM = Pattern.compile(FORM_REGEX);

    public Acronym {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new RuleViolation(Rule.O3, "'" + value + "' is not an acronym; use 1-40 letters, digits, '.', '_', '&', '/' or '-', starting with a letter or digit");
        }
    }

    /** Whether {@code value} has the form of an acronym (O3), for callers that try a value before taking it. */
    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    public static Acronym of(String value) {
        return new Acronym(value == null ? null : value.strip());
    }

    /** The form used for comparison and storage keys. */
    public String key() {
        // most acronyms are written in capitals already: no copy for them (equals and hashCode run often)
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x7F || (c >= 'a' && c <= 'z')) {
                return value.toUpperCase(Locale.ROOT);
            }
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Acronym that && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public int compareTo(Acronym other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}

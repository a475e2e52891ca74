package org.programmeregistry.domain.territory;

import java.util.Locale;
import java.util.regex.Pattern;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;

/** A two-letter territory code: ISO 3166-1 alpha-2, a withdrawn ISO 3166-3 code, or a user-assigned one such as XK. */
public record TerritoryCode(String value) implements Comparable<TerritoryCode> {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}");

    public TerritoryCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new RuleViolation(Rule.T1, "'" + value + "' is not a territory code; use two letters such as AL or XK");
        }
    }

    /** Accepts lower case and surrounding spaces, as people type them. */
    public static TerritoryCode of(String value) {
        return new TerritoryCode(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(TerritoryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

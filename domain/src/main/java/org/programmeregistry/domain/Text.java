package org.programmeregistry.domain;

/** Checks shared by the value objects that hold free text. */
public final class Text {

    private Text() {
    }

    /** The trimmed text, or a violation of {@code rule} when it is missing, blank or too long. */
    public static String required(String value, int maxLength, Rule rule, String what) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(rule, what + " is missing; give a non-blank " + what);
        }
        return bounded(value.strip(), maxLength, rule, what);
    }

    /** The trimmed text or "" when absent, with a violation of {@code rule} when too long. */
    public static String optional(String value, int maxLength, Rule rule, String what) {
        return value == null ? "" : bounded(value.strip(), maxLength, rule, what);
    }

    private static String bounded(String value, int maxLength, Rule rule, String what) {
        if (value.length() > maxLength) {
            throw new RuleViolation(rule, what + " has " + value.length() + " characters; at most "
                    + maxLength + " are allowed");
        }
        return value;
    }
}

package org.programmeregistry.application.port.in;

import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.ProgrammeId;

/**
 * The shapes of identifiers as commands receive them, so a malformed field is named before
 * any I/O; the domain's value objects check the same again with their rule ids.
 */
public final class Patterns {

    /** P1. */
    public static final String PROGRAMME_ID = ProgrammeId.FORM_REGEX;
    public static final String PROGRAMME_ID_MESSAGE = "must be 1-100 letters, digits, '.', '_', '/' or '-' (P1)";
    /** Two letters, any case. */
    public static final String TERRITORY = "\\s*[A-Za-z]{2}\\s*";
    public static final String TERRITORY_MESSAGE = "must be a two-letter territory code such as AL or XK (T1)";
    /** O3, around spaces that are stripped. */
    public static final String ACRONYM = "\\s*" + Acronym.FORM_REGEX + "\\s*";
    public static final String ACRONYM_MESSAGE = "must be an acronym of 1-40 letters, digits, '.', '_', '&', '/' or '-' (O3)";
    /** ISO 4217. */
    public static final String CURRENCY = "[A-Z]{3}";
    public static final String CURRENCY_MESSAGE = "must be an ISO 4217 currency code such as EUR (P9)";

    private Patterns() {
    }
}

package org.programmeregistry.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.OrganisationType;

/**
 * Finds the registry's organisation for an IATI participating organisation: by IATI
 * identifier, else by name. When neither matches it plans a new one, under a readable acronym
 * (the initials of its name, such as IOM for "International Organization for Migration"), keeping
 * its IATI identifier when the identifier has the form O1 asks for. The forms are the value
 * objects' own ({@link IatiOrganisationIdentifier#isWellFormed}, {@link Acronym#isWellFormed}).
 */
final class IatiOrganisationDirectory {

    private static final int INITIALS_MAX = 30;

    private final Map<String, Acronym> byIdentifier = new HashMap<>();
    private final Map<String, Acronym> byName = new HashMap<>();
    private final Set<Acronym> taken = new HashSet<>();
    private final List<Organisation> planned = new ArrayList<>();

    IatiOrganisationDirectory(List<Organisation> known) {
        known.forEach(this::remember);
    }

    private void remember(Organisation o) {
        o.iatiIdentifier().ifPresent(id -> byIdentifier.put(id.value(), o.acronym()));
        byName.putIfAbsent(nameKey(o.name()), o.acronym());
        taken.add(o.acronym());
    }

    Acronym resolve(IatiActivity.Organisation o) {
        String ref = blankToNull(o.ref());
        String name = blankToNull(o.name());
        if (ref != null && byIdentifier.containsKey(ref)) {
            return byIdentifier.get(ref);
        }
        if (name != null && byName.containsKey(nameKey(name))) {
            return byName.get(nameKey(name));
        }
        RuleViolation.require(ref != null || name != null, Rule.I1, "a participating organisation has neither an identifier nor a name");
        IatiOrganisationIdentifier identifier = IatiOrganisationIdentifier.isWellFormed(ref) ? new IatiOrganisationIdentifier(ref) : null;
        Organisation organisation = Organisation.register(freeAcronym(ref, name), name != null ? name : ref,
                OrganisationType.fromIatiCode(o.typeCode()).orElse(OrganisationType.OTHER), identifier);
        remember(organisation);
        planned.add(organisation);
        return organisation.acronym();
    }

    /**
     * The planned organisations among {@code named}, no longer planned. An organisation only a
     * refused activity named stays planned, and is never registered unless a valid activity names it later.
     */
    List<Organisation> takeNewNamedBy(Set<Acronym> named) {
        List<Organisation> taking = planned.stream().filter(o -> named.contains(o.acronym())).toList();
        planned.removeAll(taking);
        return taking;
    }

    /** The initials of the name when it gives two or more; else the identifier when it is a valid acronym; else the initials, or ORG. */
    private Acronym freeAcronym(String ref, String name) {
        String fromName = name == null ? "" : initials(name);
        String base;
        if (fromName.length() >= 2) {
            base = fromName;
        } else if (Acronym.isWellFormed(ref)) {
            base = ref;
        } else if (!fromName.isEmpty()) {
            base = fromName;
        } else {
            base = "ORG";
        }
        Acronym candidate = Acronym.of(base);
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = Acronym.of(base + "-" + n);
        }
        return candidate;
    }

    /** The first letters of the capitalised words and the numbers' first digits: "International Organization for Migration" gives IOM. */
    static String initials(String text) {
        StringBuilder initials = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        String result = initials.toString().toUpperCase(Locale.ROOT);
        return result.length() > INITIALS_MAX ? result.substring(0, INITIALS_MAX) : result;
    }

    private static String nameKey(String name) {
        return String.join(" ", name.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.programmeregistry.application.port.out.iati;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code iati-activity} of an IATI 2.03 file, as far as the registry maps it: the
 * values as written in the file (codes unchecked), so the import can report every broken
 * rule with the activity's identifier. Dates by IATI activity-date type: 1 planned start,
 * 2 actual start, 3 planned end, 4 actual end.
 *
 * @param line where the activity starts in the file (1-based), for messages; 0 when unknown
 * @param unmapped elements of the activity the registry does not map, by element name, with their counts
 * @param reportingOrganisationIdentifier the {@code other-identifier} of type A1 (the reporting
 *     organisation's own identifier of the activity), when the identifier is published prefixed
 *     with the reporting organisation's; {@code null} otherwise
 */
public record IatiActivity(
        String identifier,
        Organisation reportingOrganisation,
        String title,
        String description,
        String statusCode,
        LocalDate plannedStart,
        LocalDate actualStart,
        LocalDate plannedEnd,
        LocalDate actualEnd,
        List<Participant> participants,
        List<String> recipientCountries,
        List<String> sdgTargets,
        List<String> sdgGoals,
        Map<String, Integer> unmapped,
        int line,
        String reportingOrganisationIdentifier) {

    /** An activity without an {@code other-identifier}. */
    public IatiActivity(String identifier, Organisation reportingOrganisation, String title, String description, String statusCode,
            LocalDate plannedStart, LocalDate actualStart, LocalDate plannedEnd, LocalDate actualEnd, List<Participant> participants,
            List<String> recipientCountries, List<String> sdgTargets, List<String> sdgGoals, Map<String, Integer> unmapped, int line) {
        this(identifier, reportingOrganisation, title, description, statusCode, plannedStart, actualStart, plannedEnd, actualEnd,
                participants, recipientCountries, sdgTargets, sdgGoals, unmapped, line, null);
    }

    public IatiActivity {
        participants = List.copyOf(participants);
        recipientCountries = List.copyOf(recipientCountries);
        sdgTargets = List.copyOf(sdgTargets);
        sdgGoals = List.copyOf(sdgGoals);
        unmapped = Map.copyOf(unmapped);
    }

    /** An organisation as IATI names it: an identifier ({@code ref}), a name, a type code; each may be missing. */
    public record Organisation(String ref, String name, String typeCode) {
    }

    /** A {@code participating-org}: the organisation and its role code (1 funding, 2 accountable, 3 extending, 4 implementing). */
    public record Participant(Organisation organisation, String roleCode) {
        public Participant {
            Objects.requireNonNull(organisation, "organisation");
        }
    }
}

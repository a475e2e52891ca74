package org.programmeregistry.application.readmodel;

import java.time.LocalDate;
import java.util.Optional;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * What a programme search asks for; every criterion is optional and all given ones must
 * hold. {@code titleWords}: every word must begin a word of the title, in any case.
 */
public record ProgrammeFilter(
        Optional<TerritoryCode> beneficiary,
        Optional<Acronym> organisation,
        Optional<Acronym> donor,
        Optional<ProgrammeStatus> status,
        Optional<LocalDate> activeOn,
        java.util.List<String> titleWords,
        int offset,
        int limit) {

    public ProgrammeFilter {
        titleWords = java.util.List.copyOf(titleWords);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset >= 0 and limit >= 1");
        }
    }

    public static ProgrammeFilter all(int offset, int limit) {
        return new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                java.util.List.of(), offset, limit);
    }
}

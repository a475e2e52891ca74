package org.programmeregistry.application.readmodel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * What a programme search asks for; every criterion is optional and all given ones must
 * hold. {@code words}: {@link SearchText#words} of the text; each must begin a word of the
 * programme's searchable text. The page holds at most {@code limit} programmes after
 * {@code after}, in the order of {@link SearchCursor}. The total is exact up to
 * {@link #EXACT_UP_TO} matches, above that an estimate unless {@code exactTotal}.
 */
public record ProgrammeFilter(
        Optional<TerritoryCode> beneficiary,
        Optional<Acronym> organisation,
        Optional<Acronym> donor,
        Optional<ProgrammeStatus> status,
        Optional<LocalDate> activeOn,
        List<String> words,
        Optional<SearchCursor> after,
        int limit,
        boolean exactTotal) {

    /** Totals up to this many matches are always counted exactly. */
    public static final int EXACT_UP_TO = 200;

    public ProgrammeFilter {
        words = List.copyOf(words);
        if (limit < 1) {
            throw new IllegalArgumentException("limit >= 1");
        }
    }

    public static ProgrammeFilter all(Optional<SearchCursor> after, int limit) {
        return new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), after, limit, false);
    }

    /** The same search from {@code next} on. */
    public ProgrammeFilter after(SearchCursor next) {
        return new ProgrammeFilter(beneficiary, organisation, donor, status, activeOn, words, Optional.of(next), limit, exactTotal);
    }
}

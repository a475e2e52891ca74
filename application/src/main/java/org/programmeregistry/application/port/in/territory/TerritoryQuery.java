package org.programmeregistry.application.port.in.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.territory.TerritoryKind;

/** Reads the territory catalogue: names and existence on a date (T1). */
public interface TerritoryQuery {

    /** The territory with its name on {@code on} (empty when it did not exist then) and its name history. */
    TerritoryView find(String code, LocalDate on);

    /** Every territory that exists on {@code on}, or all of them when {@code on} is null, by code. */
    List<TerritoryView> list(LocalDate on);

    record TerritoryView(String code, TerritoryKind kind, Optional<String> nameOnDate, List<DatedName> names) {
    }

    record DatedName(String name, Period validity) {
    }
}

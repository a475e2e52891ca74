package org.programmeregistry.domain.territory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;

/**
 * The dated reference list of territories every rule consults. The library ships one
 * ({@link #bundled()}); an embedding team may supply its own.
 */
public interface TerritoryCatalogue {

    Optional<Territory> find(TerritoryCode code);

    Collection<Territory> all();

    /** The territory, or a T1 violation when the catalogue does not know the code. */
    default Territory get(TerritoryCode code) {
        return find(code).orElseThrow(() -> new RuleViolation(Rule.T1,
                code + " is not a territory of the catalogue; see 'territory list' for the known codes"));
    }

    default boolean existsOn(TerritoryCode code, LocalDate day) {
        return find(code).map(t -> t.existsOn(day)).orElse(false);
    }

    /**
     * The name valid on {@code day} (T1), or a T1 violation when the territory did not exist then,
     * naming each of its lives ("CS was Czechoslovakia until 1992-12-31 and ...").
     */
    default String nameOn(TerritoryCode code, LocalDate day) {
        Territory territory = get(code);
        return territory.nameOn(day).orElseThrow(() -> new RuleViolation(Rule.T1,
                code + " did not exist on " + day + "; " + territory.history()));
    }

    /** The catalogue shipped with the library, derived from ISO 3166 sources and the dated renames of T1. */
    static TerritoryCatalogue bundled() {
        return BundledTerritoryCatalogue.INSTANCE;
    }
}

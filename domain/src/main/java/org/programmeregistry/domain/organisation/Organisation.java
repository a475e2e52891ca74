package org.programmeregistry.domain.organisation;

import static org.programmeregistry.domain.RuleViolation.require;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.Text;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * A body taking part in programmes, identified by its acronym, with its offices.
 * Acronym uniqueness across organisations (O1) is the registry's to check; everything
 * about one organisation is checked here.
 */
public final class Organisation {

    public static final int NAME_MAX = 300;

    private final Acronym acronym;
    private final String name;
    private final OrganisationType type;
    private final IatiOrganisationIdentifier iatiIdentifier;
    private final Map<TerritoryCode, Office> offices;
    private final long version;

    private Organisation(Acronym acronym, String name, OrganisationType type,
            IatiOrganisationIdentifier iatiIdentifier, Map<TerritoryCode, Office> offices, long version) {
        this.acronym = Objects.requireNonNull(acronym, "acronym");
        this.name = Text.required(name, NAME_MAX, Rule.O3, "the organisation's name");
        this.type = Objects.requireNonNull(type, "type");
        this.iatiIdentifier = iatiIdentifier;
        this.offices = offices;
        this.version = version;
    }

    public static Organisation register(Acronym acronym, String name, OrganisationType type,
            IatiOrganisationIdentifier iatiIdentifier) {
        return new Organisation(acronym, name, type, iatiIdentifier, new TreeMap<>(), 0);
    }

    /** Rebuilds a stored organisation; its offices are checked for one per territory (O2). */
    public static Organisation reconstitute(Acronym acronym, String name, OrganisationType type,
            IatiOrganisationIdentifier iatiIdentifier, Collection<Office> offices, long version) {
        Map<TerritoryCode, Office> byTerritory = new TreeMap<>();
        for (Office office : offices) {
            require(byTerritory.put(office.territory(), office) == null, Rule.O2,
                    () -> acronym + " has two offices in " + office.territory());
        }
        return new Organisation(acronym, name, type, iatiIdentifier, byTerritory, version);
    }

    /** Opens an office; its territory must exist on the opening day and hold no other office of this organisation (O2). */
    public Office openOffice(TerritoryCode territory, java.time.LocalDate openedOn, TerritoryCatalogue catalogue) {
        Objects.requireNonNull(openedOn, "openedOn");
        catalogue.get(territory);
        require(catalogue.existsOn(territory, openedOn), Rule.O2,
                () -> territory + " did not exist on " + openedOn + "; an office opens in a territory that exists on its opening date");
        require(!offices.containsKey(territory), Rule.O2,
                () -> acronym + " already has an office in " + territory + ", open since " + officeIn(territory).map(Office::openedOn).orElse(null)
                        + "; an organisation has one office per territory");
        Office office = new Office(territory, openedOn);
        offices.put(territory, office);
        return office;
    }

    public Acronym acronym() {
        return acronym;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public Optional<IatiOrganisationIdentifier> iatiIdentifier() {
        return Optional.ofNullable(iatiIdentifier);
    }

    public Optional<Office> officeIn(TerritoryCode territory) {
        return Optional.ofNullable(offices.get(territory));
    }

    public List<Office> offices() {
        return List.copyOf(offices.values());
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return acronym + " (" + name + ")";
    }

    /** Equal when everything stored is equal; used to tell whether an operation changed anything. */
    public boolean sameStateAs(Organisation other) {
        return acronym.value().equals(other.acronym.value()) && name.equals(other.name) && type == other.type
                && Objects.equals(iatiIdentifier, other.iatiIdentifier)
                && Collections.unmodifiableMap(offices).equals(other.offices) && version == other.version;
    }
}

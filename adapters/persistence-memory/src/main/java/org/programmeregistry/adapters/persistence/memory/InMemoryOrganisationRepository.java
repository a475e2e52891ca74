package org.programmeregistry.adapters.persistence.memory;

import java.util.List;
import java.util.Optional;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;
import org.programmeregistry.domain.organisation.Organisation;

final class InMemoryOrganisationRepository implements OrganisationRepository {

    private final InMemoryPersistence persistence;

    InMemoryOrganisationRepository(InMemoryPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Optional<Organisation> find(Acronym acronym) {
        return Optional.ofNullable(persistence.state().organisations.get(acronym.key())).map(StoredOrganisation::toOrganisation);
    }

    @Override
    public Optional<Organisation> findByIatiIdentifier(IatiOrganisationIdentifier identifier) {
        return persistence.state().organisations.values().stream().filter(o -> identifier.equals(o.iatiIdentifier()))
                .findFirst().map(StoredOrganisation::toOrganisation);
    }

    @Override
    public List<Organisation> all() {
        return persistence.state().organisations.values().stream().map(StoredOrganisation::toOrganisation).toList();
    }

    @Override
    public void add(Organisation organisation) {
        var stored = persistence.writableState().organisations;
        if (stored.putIfAbsent(organisation.acronym().key(), StoredOrganisation.of(organisation, 0)) != null) {
            throw new ConcurrentChangeException("organisation " + organisation.acronym());
        }
    }

    @Override
    public void update(Organisation organisation) {
        var stored = persistence.writableState().organisations;
        StoredOrganisation current = stored.get(organisation.acronym().key());
        if (current == null || current.version() != organisation.version()) {
            throw new ConcurrentChangeException("organisation " + organisation.acronym());
        }
        stored.put(organisation.acronym().key(), StoredOrganisation.of(organisation, organisation.version() + 1));
    }
}

package org.programmeregistry.application.port.out;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.PortfolioSummary;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;

/**
 * Stores programmes. {@link #add} and {@link #update} take the aggregate as the caller changed
 * it; the stored version must still be the one it was loaded at, else
 * {@link org.programmeregistry.application.ConcurrentChangeException}. Used inside a
 * {@link TransactionBoundary}.
 */
public interface ProgrammeRepository {

    Optional<Programme> find(ProgrammeId id);

    /**
     * The stored programmes among {@code ids}, by id; an id not stored has no entry. For many
     * ids at once (an import): a store answers them together rather than one by one.
     */
    default Map<ProgrammeId, Programme> findAll(Collection<ProgrammeId> ids) {
        Map<ProgrammeId, Programme> found = new LinkedHashMap<>();
        ids.forEach(id -> find(id).ifPresent(p -> found.put(id, p)));
        return found;
    }

    boolean exists(ProgrammeId id);

    /** Stores a new programme; a programme with the same id stored first is a concurrent change. */
    void add(Programme programme);

    /** Stores new programmes as {@link #add} does each; a store writes them together (an import). */
    default void addAll(List<Programme> programmes) {
        programmes.forEach(this::add);
    }

    /** Stores the changed programme and increases its stored version. */
    void update(Programme programme);

    /** Answered from stored rows, never by loading aggregates to filter them. Sorted by id. */
    Page<ProgrammeSummary> search(ProgrammeFilter filter);

    PortfolioSummary portfolio();
}

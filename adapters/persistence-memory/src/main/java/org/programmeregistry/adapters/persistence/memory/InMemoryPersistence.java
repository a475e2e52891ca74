package org.programmeregistry.adapters.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.port.out.EventRepository;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.application.port.out.PersistencePorts;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.port.out.TransactionBoundary;
import org.programmeregistry.application.readmodel.AuditEntry;
import org.programmeregistry.domain.event.EventId;
import org.programmeregistry.domain.event.EventSnapshot;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.ProgrammeSnapshot;

/**
 * Every output port held in memory. Transactions run one at a time (a fair lock) on a private
 * copy of the state that replaces the shared one on commit, so a failed use case leaves no
 * trace and readers never see half a change. Aggregates are stored as immutable snapshots,
 * so nobody can change stored state by holding on to an aggregate.
 */
public final class InMemoryPersistence implements TransactionBoundary {

    /** The whole stored state; copied for each transaction. */
    static final class State {
        final Map<ProgrammeId, ProgrammeSnapshot> programmes;
        final Map<String, StoredOrganisation> organisations;
        final Map<EventId, EventSnapshot> events;
        final List<AuditEntry> audit;

        State() {
            this(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(java.util.Comparator.comparing(EventId::programme)
                    .thenComparingInt(EventId::number)), new ArrayList<>());
        }

        private State(Map<ProgrammeId, ProgrammeSnapshot> programmes, Map<String, StoredOrganisation> organisations,
                Map<EventId, EventSnapshot> events, List<AuditEntry> audit) {
            this.programmes = programmes;
            this.organisations = organisations;
            this.events = events;
            this.audit = audit;
        }

        State copy() {
            TreeMap<EventId, EventSnapshot> eventsCopy = new TreeMap<>(((TreeMap<EventId, EventSnapshot>) events).comparator());
            eventsCopy.putAll(events);
            return new State(new TreeMap<>(programmes), new TreeMap<>(organisations), eventsCopy, new ArrayList<>(audit));
        }
    }

    private final ReentrantLock lock = new ReentrantLock(true);
    private final ThreadLocal<State> current = new ThreadLocal<>();
    private volatile State committed = new State();

    private final InMemoryProgrammeRepository programmes = new InMemoryProgrammeRepository(this);
    private final InMemoryOrganisationRepository organisations = new InMemoryOrganisationRepository(this);
    private final InMemoryEventRepository events = new InMemoryEventRepository(this);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog(this);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        lock.lock();
        try {
            State working = committed.copy();
            current.set(working);
            T result = work.get();
            committed = working;
            return result;
        } finally {
            current.remove();
            lock.unlock();
        }
    }

    @Override
    public boolean isOpen() {
        return current.get() != null;
    }

    /** The state this thread sees: its transaction's copy, or the last committed state. */
    State state() {
        State working = current.get();
        return working != null ? working : committed;
    }

    /** Writes happen inside a transaction only, as they do on a database. */
    State writableState() {
        State working = current.get();
        if (working == null) {
            throw new IllegalStateException("writes to the in-memory registry happen inside TransactionBoundary.inTransaction");
        }
        return working;
    }

    /** Every output port of this adapter, for {@code ProgrammeRegistry.over(...)}. */
    public PersistencePorts ports() {
        return new PersistencePorts(programmes, organisations, events, auditLog, this);
    }

    public ProgrammeRepository programmes() {
        return programmes;
    }

    public OrganisationRepository organisations() {
        return organisations;
    }

    public EventRepository events() {
        return events;
    }

    public AuditLog auditLog() {
        return auditLog;
    }
}

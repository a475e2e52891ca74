package org.programmeregistry.adapters.persistence.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.PortfolioSummary;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.TitleWords;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.Module;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.ProgrammeSnapshot;
import org.programmeregistry.domain.programme.ProgrammeStatus;

final class InMemoryProgrammeRepository implements ProgrammeRepository {

    private final InMemoryPersistence persistence;

    InMemoryProgrammeRepository(InMemoryPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public Optional<Programme> find(ProgrammeId id) {
        return Optional.ofNullable(persistence.state().programmes.get(id)).map(Programme::reconstitute);
    }

    @Override
    public boolean exists(ProgrammeId id) {
        return persistence.state().programmes.containsKey(id);
    }

    @Override
    public void add(Programme programme) {
        if (persistence.writableState().programmes.putIfAbsent(programme.id(), withVersion(programme.snapshot(), 0)) != null) {
            throw new ConcurrentChangeException("programme " + programme.id());
        }
    }

    @Override
    public void update(Programme programme) {
        var stored = persistence.writableState().programmes;
        ProgrammeSnapshot current = stored.get(programme.id());
        if (current == null || current.version() != programme.version()) {
            throw new ConcurrentChangeException("programme " + programme.id());
        }
        stored.put(programme.id(), withVersion(programme.snapshot(), programme.version() + 1));
    }

    @Override
    public Page<ProgrammeSummary> search(ProgrammeFilter filter) {
        List<ProgrammeSnapshot> matching = persistence.state().programmes.values().stream().filter(matches(filter)).toList();
        List<ProgrammeSummary> page = matching.stream().skip(filter.offset()).limit(filter.limit())
                .map(s -> new ProgrammeSummary(s.id().value(), s.title(), s.status(), s.planned(), s.actual())).toList();
        return new Page<>(page, matching.size(), filter.offset(), filter.limit());
    }

    @Override
    public PortfolioSummary portfolio() {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byTerritory = new TreeMap<>();
        Map<String, Long> byDonor = new TreeMap<>();
        var all = persistence.state().programmes.values();
        for (ProgrammeSnapshot s : all) {
            byStatus.merge(s.status().name(), 1L, Long::sum);
            s.beneficiaries().forEach(t -> byTerritory.merge(t.value(), 1L, Long::sum));
            s.contributions().stream().map(c -> c.donor().value()).distinct().forEach(d -> byDonor.merge(d, 1L, Long::sum));
        }
        return new PortfolioSummary(all.size(), byStatus, byTerritory, byDonor);
    }

    private static Predicate<ProgrammeSnapshot> matches(ProgrammeFilter f) {
        Predicate<ProgrammeSnapshot> all = s -> true;
        if (f.beneficiary().isPresent()) {
            all = all.and(s -> s.beneficiaries().contains(f.beneficiary().get()));
        }
        if (f.organisation().isPresent()) {
            Acronym o = f.organisation().get();
            all = all.and(s -> s.roles().containsKey(o) || s.contributions().stream().anyMatch(c -> c.donor().equals(o))
                    || s.modules().stream().map(Module::lead).anyMatch(o::equals)
                    || s.coordinatingOffice().filter(office -> office.organisation().equals(o)).isPresent());
        }
        if (f.donor().isPresent()) {
            all = all.and(s -> s.contributions().stream().map(Contribution::donor).anyMatch(f.donor().get()::equals));
        }
        if (f.status().isPresent()) {
            ProgrammeStatus status = f.status().get();
            all = all.and(s -> s.status() == status);
        }
        if (f.activeOn().isPresent()) {
            all = all.and(s -> s.actual().orElse(s.planned()).contains(f.activeOn().get()));
        }
        for (String word : f.titleWords()) {
            String prefix = TitleWords.normalise(word);
            all = all.and(s -> TitleWords.of(s.title()).stream().anyMatch(w -> w.startsWith(prefix)));
        }
        return all;
    }

    private static ProgrammeSnapshot withVersion(ProgrammeSnapshot s, long version) {
        return new ProgrammeSnapshot(s.id(), s.title(), s.summary(), s.status(), s.planned(), s.actual(), s.coordinatingOffice(),
                s.beneficiaries(), s.contributions(), s.roles(), s.modules(), s.deliverables(), s.sdgTargets(), s.events(), version);
    }
}

package org.programmeregistry.adapters.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.programmeregistry.application.readmodel.SearchCursor;
import org.programmeregistry.application.readmodel.SearchText;
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
        var state = persistence.state();
        Map<ProgrammeId, List<String>> eventTitles = new HashMap<>();
        if (!filter.words().isEmpty()) {
            state.events.values().forEach(e -> eventTitles.computeIfAbsent(e.id().programme(), k -> new ArrayList<>()).add(e.details().title()));
        }
        Comparator<Ranked> order = Comparator.comparingInt(Ranked::relevance).reversed().thenComparing(r -> r.snapshot().id().value());
        List<Ranked> matching = state.programmes.values().stream().filter(matches(filter))
                .filter(s -> filter.words().isEmpty() || SearchText.matches(filter.words(), searchable(s, eventTitles)))
                .map(s -> new Ranked(SearchText.relevance(filter.words(), s.title()), s)).sorted(order).toList();
        List<Ranked> rest = filter.after().map(a -> matching.stream().filter(r -> r.relevance() < a.relevance()
                || r.relevance() == a.relevance() && r.snapshot().id().value().compareTo(a.id()) > 0).toList()).orElse(matching);
        List<Ranked> page = rest.stream().limit(filter.limit()).toList();
        Optional<String> next = rest.size() > page.size()
                ? Optional.of(new SearchCursor(page.get(page.size() - 1).relevance(), page.get(page.size() - 1).snapshot().id().value()).token())
                : Optional.empty();
        return new Page<>(page.stream().map(r -> r.snapshot()).map(s -> new ProgrammeSummary(s.id().value(), s.title(), s.status(), s.planned(),
                s.actual())).toList(), matching.size(), true, next);
    }

    private record Ranked(int relevance, ProgrammeSnapshot snapshot) {
    }

    /** The words of what a text search looks at: title, summary, module names, deliverable and event titles. */
    private static List<String> searchable(ProgrammeSnapshot s, Map<ProgrammeId, List<String>> eventTitles) {
        List<String> texts = new ArrayList<>(List.of(s.title(), s.summary()));
        s.modules().forEach(m -> texts.add(m.name()));
        s.deliverables().forEach(d -> texts.add(d.title()));
        texts.addAll(eventTitles.getOrDefault(s.id(), List.of()));
        return SearchText.words(String.join(" ", texts));
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
        return all;
    }

    private static ProgrammeSnapshot withVersion(ProgrammeSnapshot s, long version) {
        return new ProgrammeSnapshot(s.id(), s.title(), s.summary(), s.status(), s.planned(), s.actual(), s.coordinatingOffice(),
                s.beneficiaries(), s.contributions(), s.roles(), s.modules(), s.deliverables(), s.sdgTargets(), s.events(), version);
    }
}

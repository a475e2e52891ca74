package org.programmeregistry.adapters.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.in.TerritoryName;
import org.programmeregistry.application.port.in.event.EventView;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.application.port.in.programme.SearchProgrammesQuery;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.programme.EventStatus;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/**
 * Fact sheets made up in memory, seeded, as the query ports would return them: programmes of the size of the CARDS
 * seed (five beneficiaries, a donor or two, three modules, seven deliverables, an event with delegations and
 * signatures). Shared with the site benchmark in bootstrap through the test-jar.
 */
public final class GeneratedPortfolio implements FactSheetQuery, SearchProgrammesQuery {

    private static final List<TerritoryName> TERRITORIES = List.of(new TerritoryName("AL", "Albania"),
            new TerritoryName("BA", "Bosnia and Herzegovina"), new TerritoryName("HR", "Croatia"),
            new TerritoryName("CS", "Serbia and Montenegro"), new TerritoryName("MK", "The former Yugoslav Republic of Macedonia"),
            new TerritoryName("ME", "Montenegro"), new TerritoryName("RS", "Serbia"), new TerritoryName("XK", "Kosovo under UNSCR 1244"),
            new TerritoryName("TR", "Turkey"), new TerritoryName("MD", "Moldova"), new TerritoryName("UA", "Ukraine"),
            new TerritoryName("GE", "Georgia"));
    private static final String[][] DONORS = {{"EC", "European Commission"}, {"NL-GOV", "Government of the Netherlands"},
        {"FCDO", "Foreign, Commonwealth and Development Office"}, {"SDC", "Swiss Agency for Development and Cooperation"}};
    private static final String[][] PARTNERS = {{"IOM", "International Organization for Migration"},
        {"UNHCR", "United Nations High Commissioner for Refugees"}, {"ICMPD", "International Centre for Migration Policy Development"},
        {"UNDP", "United Nations Development Programme"}};
    private static final String[] TOPICS = {"Integrated Border Management", "Migration Management", "Asylum Systems",
        "Visa Policy", "Labour Mobility", "Counter-Trafficking", "Return and Reintegration", "Diaspora Engagement"};
    private static final String SUMMARY = "The programme supports the ongoing process of legal, institutional and administrative "
            + "reform in the field of migration in the beneficiary countries. It contributes to a better strategic and technical "
            + "understanding of EU standards and best practices, supports the development of a regional strategy based upon "
            + "benchmarks, and of detailed national strategies together with their implementation action plans. It enhances "
            + "cooperation and networking among beneficiaries and contributes to institution and capacity building through "
            + "seminars and conferences for high-level officials, civil servants, politicians and parliamentarians.";

    private final Map<String, FactSheet> sheets = new LinkedHashMap<>();

    /** {@code count} programmes from {@code seed}; every seventh identifier holds a {@code /}. */
    public GeneratedPortfolio(int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            String id = i % 7 == 0 ? String.format("XM-DAC-47066/GEN-%06d", i) : String.format("GEN-%06d", i);
            sheets.put(id, sheet(id, i, random));
        }
    }

    public List<String> ids() {
        return List.copyOf(sheets.keySet());
    }

    public List<FactSheet> sheets() {
        return List.copyOf(sheets.values());
    }

    @Override
    public FactSheet factSheet(String programmeId) {
        FactSheet sheet = sheets.get(programmeId);
        if (sheet == null) {
            throw NotFoundException.programme(programmeId);
        }
        return sheet;
    }

    @Override
    public Page<ProgrammeSummary> search(Criteria criteria) {
        List<ProgrammeSummary> all = sheets.values().stream().map(s -> s.programme())
                .map(p -> new ProgrammeSummary(p.id(), p.title(), p.status(), p.plannedPeriod(), p.actualPeriod())).toList();
        int from = criteria.after() == null ? 0 : 1 + all.stream().map(ProgrammeSummary::id).toList()
                .indexOf(org.programmeregistry.application.readmodel.SearchCursor.of(criteria.after()).orElseThrow().id());
        int to = Math.min(all.size(), from + criteria.limit());
        return new Page<>(all.subList(from, to), all.size(), true, to < all.size()
                ? java.util.Optional.of(new org.programmeregistry.application.readmodel.SearchCursor(0, all.get(to - 1).id()).token())
                : java.util.Optional.empty());
    }

    private static FactSheet sheet(String id, int i, Random random) {
        LocalDate start = LocalDate.of(2002 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate end = start.plusMonths(12 + random.nextInt(36)).minusDays(1);
        ProgrammeStatus status = ProgrammeStatus.values()[random.nextInt(ProgrammeStatus.values().length)];
        boolean started = status != ProgrammeStatus.PIPELINE;
        Period actual = started ? new Period(start.plusDays(random.nextInt(60)),
                status == ProgrammeStatus.CLOSED ? end.plusDays(random.nextInt(90)) : null) : Period.unknown();

        List<TerritoryName> beneficiaries = pick(TERRITORIES, 3 + random.nextInt(4), random);
        List<ProgrammeView.Contribution> contributions = new ArrayList<>();
        for (String[] donor : pick(List.of(DONORS), 1 + random.nextInt(2), random)) {
            contributions.add(new ProgrammeView.Contribution(donor[0], donor[1],
                    random.nextBoolean() ? Optional.of("Regional Programme " + start.getYear()) : Optional.empty(),
                    random.nextBoolean() ? Optional.of(BigDecimal.valueOf(100_000L * (1 + random.nextInt(40)))) : Optional.empty(),
                    Optional.of("EUR")));
        }
        List<ProgrammeView.Partner> partners = List.of(new ProgrammeView.Partner("IOM", PARTNERS[0][1],
                EnumSet.of(PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING)));
        List<ProgrammeView.Module> modules = new ArrayList<>();
        String[] moduleNames = {"Migration", "Asylum", "Visa"};
        for (int m = 0; m < 3; m++) {
            modules.add(new ProgrammeView.Module(m + 1, moduleNames[m], PARTNERS[m][0], PARTNERS[m][1]));
        }
        List<ProgrammeView.Deliverable> deliverables = new ArrayList<>();
        deliverables.add(new ProgrammeView.Deliverable(1, DeliverableKind.STRATEGY, DeliverableScope.REGIONAL,
                "Regional strategy based upon benchmarks of EU standards", Optional.empty()));
        for (TerritoryName t : beneficiaries) {
            deliverables.add(new ProgrammeView.Deliverable(deliverables.size() + 1, DeliverableKind.STRATEGY, DeliverableScope.NATIONAL,
                    "National model EU Alignment Strategy, with its implementation action plan", Optional.of(t)));
        }
        ProgrammeView programme = new ProgrammeView(id, "Regional Programme on " + TOPICS[i % TOPICS.length] + " No " + i,
                SUMMARY, status, new Period(start, end), actual,
                Optional.of(new ProgrammeView.Office("IOM", PARTNERS[0][1], new TerritoryName("HU", "Hungary"), LocalDate.of(1992, 1, 1))),
                beneficiaries, contributions, partners, modules, deliverables, List.of("10.7", "16.6"), 1);

        List<EventView> events = new ArrayList<>();
        if (started) {
            LocalDate day = actual.start().plusDays(30 + random.nextInt(200));
            List<EventView.Delegation> delegations = beneficiaries.stream().map(t -> new EventView.Delegation(t,
                    new EventView.Person("Head " + t.code(), "Head of delegation", "Ministry of Interior of " + t.name()),
                    List.of(new EventView.Person("Official " + t.code(), "High official", "Ministry of Foreign Affairs of " + t.name()),
                            new EventView.Person("Representative " + t.code(), "Representative", "Ministry of Labour of " + t.name()))))
                    .toList();
            List<EventView.Signature> signatures = new ArrayList<>();
            for (int d = 1; d < deliverables.size(); d++) {
                ProgrammeView.Deliverable deliverable = deliverables.get(d);
                signatures.add(new EventView.Signature(deliverable.number(), deliverable.title(), deliverable.territory().orElseThrow(),
                        delegations.get(d - 1).head()));
            }
            events.add(new EventView(id, 1, Optional.of(1), Optional.of("Migration"), EventKind.CONSULTATION_EVENT,
                    "Final Consultation Event of the Migration Module", "Vienna", new TerritoryName("AT", "Austria"), day, day.plusDays(1),
                    EventStatus.HELD, List.of("high-level officials", "civil servants", "parliamentarians"), delegations, signatures, 1));
        }
        return new FactSheet(programme, events);
    }

    private static <T> List<T> pick(List<T> from, int count, Random random) {
        List<T> pool = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        for (int k = 0; k < count && !pool.isEmpty(); k++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }
}

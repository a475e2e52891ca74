package org.programmeregistry.adapters.site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.programmeregistry.application.port.in.event.EventView;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.domain.Period;

/**
 * Turns the query views into page models: every text is composed here, in the words of the seed fact sheets, so the
 * templates only lay pages out. Territories keep the names the views give them, those valid during the programme
 * (T1). A person appears by position and institution unless names are asked for.
 */
public final class PageModels {

    private static final int WIDTH = 800;
    private static final int LEFT = 96;
    private static final int RIGHT = 12;
    private static final int TOP = 26;
    private static final int LANE = 30;

    private PageModels() {
    }

    /**
     * The fact sheet page of one programme.
     *
     * @param standalone true for a page on its own (printed by {@code programme factsheet --format html}): its
     *                   stylesheets inline and no links to pages that do not exist
     */
    public static ProgrammePage programme(FactSheetQuery.FactSheet sheet, boolean withNames, boolean standalone) {
        ProgrammeView p = sheet.programme();
        Period period = effective(p);
        List<Link> coverage = new ArrayList<>();
        p.coordinatingOffice().ifPresent(o -> coverage.add(Link.plain(o.territory().name() + " coordinating " + o.organisation() + " Mission")));
        p.beneficiaries().forEach(t -> coverage.add(new Link(t.name(), standalone ? null : "../" + SiteFiles.territory(t.code()))));
        List<ProgrammePage.Donor> donors = p.contributions().stream()
                .map(c -> new ProgrammePage.Donor(c.donor(), c.donorName(), c.instrument().orElse(""),
                        c.amount().map(a -> (c.currency().map(cur -> cur + " ").orElse("")) + a.toPlainString()).orElse("")))
                .toList();
        List<String> partners = p.partners().stream()
                .map(partner -> partner.name() + " (" + partner.organisation() + "): " + partner.roles().stream().sorted()
                        .map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))
                .toList();
        List<String> modules = p.modules().stream()
                .map(m -> m.number() + ") " + m.name() + " Module - under the responsibility of " + m.lead()
                        + (m.leadName().equals(m.lead()) ? "" : " (" + m.leadName() + ")"))
                .toList();
        List<String> deliverables = p.deliverables().stream()
                .map(d -> d.number() + ". " + d.title() + d.territory().map(t -> " - " + t.name()).orElse(" - regional"))
                .toList();
        List<ProgrammePage.Event> events = sheet.events().stream().map(e -> event(e, withNames)).toList();
        return new ProgrammePage(standalone ? "" : "../", standalone, p.id(), p.title() + FactSheetDates.years(period), coverage,
                FactSheetDates.period(period), donors,
                new Link(p.status().label(), standalone ? null : "../" + SiteFiles.status(p.status().name())),
                p.summary(), partners, modules, deliverables, p.sdgTargets(), events, timeline(sheet));
    }

    /** A line of an index: the facts a reader scans a portfolio by. */
    public static ListingPage.Row row(ProgrammeView p, String root) {
        Period period = effective(p);
        return new ListingPage.Row(p.id(), new Link(p.title() + FactSheetDates.years(period), root + SiteFiles.programme(p.id())),
                p.status().label(), FactSheetDates.period(period),
                p.beneficiaries().stream().map(t -> t.name()).collect(Collectors.joining(", ")),
                p.contributions().stream().map(c -> c.donorName()).distinct().collect(Collectors.joining(", ")));
    }

    private static ProgrammePage.Event event(EventView e, boolean withNames) {
        List<ProgrammePage.Delegation> delegations = e.delegations().stream()
                .map(d -> new ProgrammePage.Delegation(d.territory().name(), describe(d.head(), withNames),
                        d.members().stream().map(m -> describe(m, withNames)).toList()))
                .toList();
        List<String> signatures = e.signatures().stream()
                .map(s -> s.territory().name() + ": the head of delegation signed " + s.deliverableTitle() + " (deliverable "
                        + s.deliverable() + ")")
                .toList();
        String kind = e.kind().label() + e.moduleName().map(m -> " of the " + m + " Module").orElse("") + "; "
                + e.status().name().toLowerCase(Locale.ROOT);
        return new ProgrammePage.Event(e.title(), e.city() + " (" + e.venue().name() + ")", FactSheetDates.days(e.start(), e.end()),
                kind, e.targetGroups(), delegations, signatures);
    }

    /** By position and institution; the name too only when asked for and when it says more than the role. */
    private static String describe(EventView.Person p, boolean withName) {
        String role = Stream.of(p.position(), p.institution()).filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(", "));
        if (withName && !p.name().equals(role)) {
            return p.name() + (role.isEmpty() ? "" : " (" + role + ")");
        }
        return role.isEmpty() ? p.name() : role;
    }

    /** Actual dates where known, planned otherwise, per end: the period the seed pages print. */
    static Period effective(ProgrammeView p) {
        return p.actualPeriod().orElse(p.plannedPeriod());
    }

    /** The timeline: a lane each for the planned period, the actual period, the events and the signatures. */
    static Timeline timeline(FactSheetQuery.FactSheet sheet) {
        ProgrammeView p = sheet.programme();
        List<LocalDate> days = new ArrayList<>();
        Stream.of(p.plannedPeriod(), p.actualPeriod()).forEach(period -> {
            Optional.ofNullable(period.start()).ifPresent(days::add);
            Optional.ofNullable(period.end()).ifPresent(days::add);
        });
        sheet.events().forEach(e -> {
            days.add(e.start());
            days.add(e.end());
        });
        String title = "Timeline of " + p.title();
        if (days.isEmpty()) {
            return new Timeline(title, "No dates are recorded for this programme yet.", WIDTH, TOP + 10, List.of(), List.of(),
                    List.of(), List.of());
        }
        LocalDate from = LocalDate.of(days.stream().min(LocalDate::compareTo).orElseThrow().getYear(), 1, 1);
        LocalDate to = LocalDate.of(days.stream().max(LocalDate::compareTo).orElseThrow().getYear() + 1, 1, 1);
        Scale scale = new Scale(from, to);

        List<Timeline.Tick> ticks = new ArrayList<>();
        int years = to.getYear() - from.getYear();
        int step = Math.max(1, (years + 11) / 12);
        for (int year = from.getYear(); year < to.getYear(); year += step) {
            int x = scale.x(LocalDate.of(year, 1, 1));
            int next = scale.x(LocalDate.of(Math.min(year + step, to.getYear()), 1, 1));
            ticks.add(new Timeline.Tick(x, (x + next) / 2, Integer.toString(year)));
        }
        ticks.add(new Timeline.Tick(scale.x(to), scale.x(to), ""));
        List<Timeline.Lane> lanes = new ArrayList<>();
        List<Timeline.Bar> bars = new ArrayList<>();
        List<Timeline.Mark> marks = new ArrayList<>();
        List<String> description = new ArrayList<>();

        int y = TOP;
        lanes.add(new Timeline.Lane(y, "Planned"));
        periodBar(p.plannedPeriod(), "planned", "Planned period", y, scale, bars, description);
        y += LANE;
        if (p.actualPeriod().start() != null) {
            lanes.add(new Timeline.Lane(y, "Actual"));
            periodBar(p.actualPeriod(), "actual", "Actual period", y, scale, bars, description);
            y += LANE;
        } else {
            description.add("Not started yet.");
        }
        if (!sheet.events().isEmpty()) {
            lanes.add(new Timeline.Lane(y, "Events"));
            for (EventView e : sheet.events()) {
                String label = e.title() + ", " + e.city() + ", " + FactSheetDates.days(e.start(), e.end())
                        + (e.status().name().equals("CANCELLED") ? " (cancelled)" : "");
                int x = scale.x(e.start());
                int width = Math.max(4, scale.x(e.end().plusDays(1)) - x);
                bars.add(new Timeline.Bar(x, y, width, 16, e.status().name().equals("CANCELLED") ? "cancelled" : "event", label));
            }
            description.add(sheet.events().size() + (sheet.events().size() == 1 ? " event: " : " events: ")
                    + sheet.events().stream().map(e -> e.title() + ", " + e.city() + ", " + FactSheetDates.days(e.start(), e.end()))
                            .collect(Collectors.joining("; ")) + ".");
            y += LANE;
        }
        List<EventView> signed = sheet.events().stream().filter(e -> !e.signatures().isEmpty()).toList();
        if (!signed.isEmpty()) {
            lanes.add(new Timeline.Lane(y, "Signatures"));
            for (EventView e : signed) {
                String label = e.signatures().size() + (e.signatures().size() == 1 ? " signature" : " signatures") + " at " + e.title()
                        + ", " + FactSheetDates.days(e.start(), e.end()) + ": "
                        + e.signatures().stream().map(s -> s.territory().name()).distinct().collect(Collectors.joining(", "));
                marks.add(new Timeline.Mark(scale.x(e.end()), y + 8, label));
                description.add(label + ".");
            }
            y += LANE;
        }
        return new Timeline(title, String.join(" ", description), WIDTH, y + 4, ticks, lanes, bars, marks);
    }

    private static void periodBar(Period period, String kind, String what, int y, Scale scale, List<Timeline.Bar> bars,
            List<String> description) {
        if (period.start() == null) {
            description.add(what + ": not set.");
            return;
        }
        boolean open = period.end() == null;
        int x = scale.x(period.start());
        int end = open ? WIDTH - RIGHT : scale.x(period.end().plusDays(1));
        String label = what + ": " + FactSheetDates.period(period) + (open ? " (end not known yet)" : "");
        bars.add(new Timeline.Bar(x, y, Math.max(2, end - x), 16, open ? kind + " open" : kind, label));
        description.add(label + ".");
    }

    /** Days to SVG units, from the first of January of the first year to that of the year after the last. */
    private record Scale(LocalDate from, LocalDate to) {

        int x(LocalDate day) {
            double span = ChronoUnit.DAYS.between(from, to);
            double offset = ChronoUnit.DAYS.between(from, day);
            return LEFT + (int) Math.round(offset / span * (WIDTH - LEFT - RIGHT));
        }
    }
}

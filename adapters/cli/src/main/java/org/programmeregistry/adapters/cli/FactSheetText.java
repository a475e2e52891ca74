package org.programmeregistry.adapters.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.programmeregistry.application.port.in.event.EventView;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.domain.Period;

/**
 * A programme printed the way the seed fact sheets present it: title with its years,
 * geographical coverage (coordinating office first), duration, donors, status and summary;
 * then modules, deliverables and consultation events with their outcomes. Territory names
 * are those valid during the programme. Participants appear by position and institution.
 */
final class FactSheetText {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private FactSheetText() {
    }

    static void factSheet(FactSheetQuery.FactSheet sheet, PrintWriter out, boolean withNames) {
        ProgrammeView p = sheet.programme();
        programme(p, out);
        if (!p.modules().isEmpty()) {
            out.println();
            out.println("Modules:");
            p.modules().forEach(m -> out.println("  " + m.number() + ") " + m.name() + " Module - under the responsibility of " + m.lead()
                    + (m.leadName().equals(m.lead()) ? "" : " (" + m.leadName() + ")")));
        }
        if (!p.deliverables().isEmpty()) {
            out.println();
            out.println("Deliverables:");
            p.deliverables().forEach(d -> out.println("  " + d.number() + ". " + d.title()
                    + d.territory().map(t -> " - " + t.name()).orElse(" - regional")));
        }
        if (!sheet.events().isEmpty()) {
            out.println();
            out.println("Events:");
            sheet.events().forEach(e -> event(e, out, withNames));
        }
        if (!p.sdgTargets().isEmpty()) {
            out.println();
            out.println("SDG targets: " + String.join(", ", p.sdgTargets()));
        }
    }

    /** The head of the fact sheet: the facts the seed pages list. */
    static void programme(ProgrammeView p, PrintWriter out) {
        Period period = p.actualPeriod().orElse(p.plannedPeriod());
        out.println(p.title() + years(period));
        List<String> coverage = new ArrayList<>();
        p.coordinatingOffice().ifPresent(o -> coverage.add(o.territory().name() + " coordinating " + o.organisation() + " Mission"));
        p.beneficiaries().forEach(t -> coverage.add(t.name()));
        out.println("Geographical Coverage: " + (coverage.isEmpty() ? "-" : joinWithAnd(coverage)));
        out.println("Duration: " + (period.start() == null && period.end() == null ? "-" : Dates.factSheet(period)));
        out.println("Donor: " + (p.contributions().isEmpty() ? "-" : p.contributions().stream()
                .map(c -> c.instrument().map(i -> c.donor() + " " + i).orElse(c.donorName())
                        + c.amount().map(a -> " (" + Amounts.of(c.currency().orElse(null), a) + ")").orElse(""))
                .collect(Collectors.joining(", "))));
        out.println("Status: " + p.status().label());
        out.println("Summary: " + (p.summary().isEmpty() ? "-" : p.summary()));
        String partners = p.partners().stream().map(partner -> partner.organisation() + " (" + partner.roles().stream().sorted()
                .map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")").collect(Collectors.joining(", "));
        if (!partners.isEmpty()) {
            out.println("Partners: " + partners);
        }
        out.println("Identifier: " + p.id());
    }

    static void event(EventView e, PrintWriter out, boolean withNames) {
        out.println("  " + e.title() + ", " + e.city() + " (" + e.venue().name() + "), " + days(e.start(), e.end()));
        out.println("    " + e.kind().label() + e.moduleName().map(m -> " of the " + m + " Module").orElse("") + "; event " + e.number()
                + "; " + e.status().name().toLowerCase(Locale.ROOT));
        if (!e.targetGroups().isEmpty()) {
            out.println("    Target groups: " + String.join(", ", e.targetGroups()));
        }
        if (!e.delegations().isEmpty()) {
            out.println("    Delegations:");
            for (EventView.Delegation d : e.delegations()) {
                List<String> members = d.members().stream().map(m -> describe(m, withNames)).toList();
                out.println("      " + d.territory().name() + ": " + describe(d.head(), withNames) + " (head)"
                        + (members.isEmpty() ? "" : "; " + String.join("; ", members)));
            }
        }
        if (!e.signatures().isEmpty()) {
            out.println("    Signatures:");
            e.signatures().forEach(s -> out.println("      " + s.territory().name() + ": the head of delegation signed deliverable "
                    + s.deliverable() + " \"" + s.deliverableTitle() + "\""));
        }
    }

    private static String describe(EventView.Person p, boolean withName) {
        String role = List.of(p.position(), p.institution()).stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        if (withName && !p.name().equals(role)) {
            return p.name() + (role.isEmpty() ? "" : " (" + role + ")");
        }
        return role.isEmpty() ? p.name() : role;
    }

    /** {@code 29/30 Sep 2005}, {@code 3-5 Mar 2010}, or a full range across months. */
    static String days(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return Dates.factSheet(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            String separator = end.getDayOfMonth() - start.getDayOfMonth() == 1 ? "/" : "-";
            return start.getDayOfMonth() + separator + end.getDayOfMonth() + " " + MONTH_YEAR.format(start);
        }
        return Dates.factSheet(start) + " - " + Dates.factSheet(end);
    }

    private static String years(Period period) {
        if (period.start() == null) {
            return "";
        }
        return " (" + period.start().getYear() + " - " + (period.end() == null ? "" : period.end().getYear()) + ")";
    }

    /** {@code a, b and c}, as the seed's coverage line. */
    static String joinWithAnd(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

}

package org.programmeregistry.adapters.site;

import java.util.List;

/**
 * One programme's fact sheet page, every text ready to print: the facts the seed pages list, then the modules,
 * deliverables, SDG targets and events, and the timeline. Built by {@link PageModels#programme}; the template
 * only lays it out and escapes it.
 *
 * @param root       the way from this page back to the site's folder ({@code ../}); empty for a standalone page
 * @param standalone true when the page stands alone (its stylesheets inline, no links to other pages)
 */
public record ProgrammePage(
        String root,
        boolean standalone,
        String identifier,
        String heading,
        List<Link> coverage,
        String duration,
        List<Donor> donors,
        Link status,
        String summary,
        List<String> partners,
        List<String> modules,
        List<String> deliverables,
        List<String> sdgTargets,
        List<Event> events,
        Timeline timeline) {

    public ProgrammePage {
        coverage = List.copyOf(coverage);
        donors = List.copyOf(donors);
        partners = List.copyOf(partners);
        modules = List.copyOf(modules);
        deliverables = List.copyOf(deliverables);
        sdgTargets = List.copyOf(sdgTargets);
        events = List.copyOf(events);
    }

    /** What follows the i-th place of the coverage: {@code , }, {@code  and } before the last, as on the seed pages. */
    public String separatorAfter(int i) {
        int last = coverage.size() - 1;
        return i == last ? "" : (i == last - 1 ? " and " : ", ");
    }

    /** A donor: its acronym, spelled out in {@code name}, then its instrument; or its name alone. */
    public record Donor(String acronym, String name, String instrument, String amount) {

        public boolean withInstrument() {
            return !instrument.isEmpty();
        }
    }

    /** An event: where and when, who came from where, and what they signed. */
    public record Event(String title, String place, String days, String kind, List<String> targetGroups,
            List<Delegation> delegations, List<String> signatures) {

        public Event {
            targetGroups = List.copyOf(targetGroups);
            delegations = List.copyOf(delegations);
            signatures = List.copyOf(signatures);
        }
    }

    /** A delegation by its territory (named as on the event's first day), its head and members by role and institution. */
    public record Delegation(String territory, String head, List<String> members) {

        public Delegation {
            members = List.copyOf(members);
        }
    }
}

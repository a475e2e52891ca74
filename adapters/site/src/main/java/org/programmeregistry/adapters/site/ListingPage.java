package org.programmeregistry.adapters.site;

import java.util.List;

/**
 * A list of programmes: the site's index, or the index of one status or one beneficiary territory.
 *
 * @param root       the way from this page back to the site's folder: empty for the index, {@code ../} below it
 * @param byStatus   the index pages per status, with their counts (on the index only)
 * @param byTerritory the index pages per beneficiary territory, with their counts (on the index only)
 */
public record ListingPage(String root, String heading, String description, List<Link> byStatus, List<Link> byTerritory,
        List<Row> rows) {

    public ListingPage {
        byStatus = List.copyOf(byStatus);
        byTerritory = List.copyOf(byTerritory);
        rows = List.copyOf(rows);
    }

    public boolean isIndex() {
        return root.isEmpty();
    }

    /** One programme: its title with years (linking to its page), status, period, beneficiaries and donors. */
    public record Row(String identifier, Link title, String status, String period, String beneficiaries, String donors) {
    }
}

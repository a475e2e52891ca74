package org.programmeregistry.adapters.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.application.port.in.programme.SearchProgrammesQuery;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/**
 * Writes the portfolio as a static web site over the query ports: {@code index.html}, an index per status and
 * per beneficiary territory, and a fact sheet page per programme with its timeline. Pages link to each other by
 * relative paths, so the site works from a file system and from any path of a web server; it needs no script and
 * loads nothing from another host.
 */
public final class StaticSite {

    private static final int SEARCH_PAGE = 1000;

    private final SearchProgrammesQuery search;
    private final FactSheetQuery factSheets;

    public StaticSite(SearchProgrammesQuery search, FactSheetQuery factSheets) {
        this.search = search;
        this.factSheets = factSheets;
    }

    /** What was written: the index, and how many programmes and pages in all. */
    public record Published(Path index, int programmes, int pages) {
    }

    /**
     * Writes the site into {@code folder} (created if missing; pages of the same names are replaced, others left).
     *
     * @param programmeIds the programmes to publish, in this order; all of them, by identifier, when empty
     * @param withNames    whether people are named; otherwise they appear by position and institution only
     */
    public Published write(Path folder, List<String> programmeIds, boolean withNames) {
        return write(folder, programmeIds, withNames, id -> {
        });
    }

    /** As {@link #write(Path, List, boolean)}, telling {@code progress} the identifier of each programme written. */
    public Published write(Path folder, List<String> programmes, boolean withNames, Consumer<String> progress) {
        List<String> programmeIds;
        Map<String, FactSheetQuery.FactSheet> named = new HashMap<>();
        if (programmes.isEmpty()) {
            programmeIds = allProgrammes();
        } else {
            // programmes named by the caller are all read before anything is written: an unknown one writes nothing
            programmeIds = new ArrayList<>(new LinkedHashSet<>(programmes));
            programmeIds.forEach(id -> named.put(id, factSheets.factSheet(id)));
        }
        try {
            for (String sub : List.of("programme", "status", "territory")) {
                Files.createDirectories(folder.resolve(sub));
            }
            write(folder, SiteFiles.STYLESHEET, Stylesheets.SCREEN);
            write(folder, SiteFiles.PRINT_STYLESHEET, Stylesheets.PRINT);
            Map<ProgrammeStatus, List<ListingPage.Row>> byStatus = new EnumMap<>(ProgrammeStatus.class);
            Map<String, Territory> byTerritory = new TreeMap<>();
            List<ListingPage.Row> rows = new ArrayList<>(programmeIds.size());
            for (String id : programmeIds) {
                FactSheetQuery.FactSheet sheet = named.isEmpty() ? factSheets.factSheet(id) : named.get(id);
                ProgrammeView p = sheet.programme();
                write(folder, SiteFiles.programme(p.id()), Templates.programme(PageModels.programme(sheet, withNames, false)));
                ListingPage.Row row = PageModels.row(p, "../");
                rows.add(row);
                byStatus.computeIfAbsent(p.status(), s -> new ArrayList<>()).add(row);
                p.beneficiaries().forEach(t -> {
                    Territory territory = byTerritory.computeIfAbsent(t.code(), Territory::new);
                    territory.names.add(t.name());
                    territory.rows.add(row);
                });
                progress.accept(id);
            }
            List<Link> statusLinks = new ArrayList<>();
            byStatus.forEach((status, listed) -> {
                statusLinks.add(new Link(status.label() + " (" + listed.size() + ")", SiteFiles.status(status.name())));
                write(folder, SiteFiles.status(status.name()), Templates.listing(new ListingPage("../", "Programmes: " + status.label(),
                        listed.size() + " of " + rows.size() + " programmes have the status " + status.label() + ".",
                        List.of(), List.of(), listed)));
            });
            List<Link> territoryLinks = new ArrayList<>();
            byTerritory.values().forEach(t -> {
                String name = String.join(" / ", t.names);
                territoryLinks.add(new Link(name + " (" + t.rows.size() + ")", SiteFiles.territory(t.code)));
                write(folder, SiteFiles.territory(t.code), Templates.listing(new ListingPage("../", "Programmes in " + name,
                        t.rows.size() + " of " + rows.size() + " programmes have " + name + " (" + t.code
                                + ") as a beneficiary, named as it was during each programme.",
                        List.of(), List.of(), t.rows)));
            });
            List<ListingPage.Row> indexRows = rows.stream().map(StaticSite::fromIndex).toList();
            write(folder, SiteFiles.INDEX, Templates.listing(new ListingPage("", "Programme portfolio",
                    rows.size() + (rows.size() == 1 ? " programme" : " programmes") + ", each with its fact sheet and timeline.",
                    statusLinks, territoryLinks, indexRows)));
            return new Published(folder.resolve(SiteFiles.INDEX), rows.size(), 1 + rows.size() + byStatus.size() + byTerritory.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** One programme's fact sheet as a page on its own: stylesheets inline, no links to other pages. */
    public static String factSheetPage(FactSheetQuery.FactSheet sheet, boolean withNames) {
        return Templates.programme(PageModels.programme(sheet, withNames, true));
    }

    private List<String> allProgrammes() {
        List<String> ids = new ArrayList<>();
        SearchProgrammesQuery.Criteria criteria = new SearchProgrammesQuery.Criteria(null, null, null, null, null, null, null, SEARCH_PAGE,
                false);
        while (true) {
            Page<ProgrammeSummary> page = search.search(criteria);
            page.items().forEach(s -> ids.add(s.id()));
            if (page.next().isEmpty()) {
                return ids;
            }
            criteria = criteria.after(page.next().get());
        }
    }

    /** The same row as seen from the index, one folder up. */
    private static ListingPage.Row fromIndex(ListingPage.Row row) {
        return new ListingPage.Row(row.identifier(), new Link(row.title().text(), row.title().href().substring("../".length())),
                row.status(), row.period(), row.beneficiaries(), row.donors());
    }

    private static void write(Path folder, String file, String content) {
        try {
            Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(file) + ": " + e.getMessage(), e);
        }
    }

    /** A beneficiary territory: the names it had during the programmes listed, and those programmes. */
    private static final class Territory {
        final String code;
        final Set<String> names = new LinkedHashSet<>();
        final List<ListingPage.Row> rows = new ArrayList<>();

        Territory(String code) {
            this.code = code;
        }
    }
}

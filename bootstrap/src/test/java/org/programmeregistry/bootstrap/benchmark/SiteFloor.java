package org.programmeregistry.bootstrap.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.programmeregistry.adapters.site.Link;
import org.programmeregistry.adapters.site.ListingPage;
import org.programmeregistry.adapters.site.PageModels;
import org.programmeregistry.adapters.site.ProgrammePage;
import org.programmeregistry.adapters.site.SiteFiles;
import org.programmeregistry.adapters.site.Stylesheets;
import org.programmeregistry.adapters.site.Timeline;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/**
 * The floor of the site benchmark: the same pages as the site adapter writes, from the same page models, built by
 * plain {@link StringBuilder} appends with a hand-written escape and written the same way. What the adapter spends
 * beyond this is the template engine's cost.
 */
final class SiteFloor {

    private SiteFloor() {
    }

    static int write(Path folder, List<String> ids, FactSheetQuery factSheets) throws IOException {
        for (String sub : List.of("programme", "status", "territory")) {
            Files.createDirectories(folder.resolve(sub));
        }
        write(folder, SiteFiles.STYLESHEET, Stylesheets.SCREEN);
        write(folder, SiteFiles.PRINT_STYLESHEET, Stylesheets.PRINT);
        Map<ProgrammeStatus, List<ListingPage.Row>> byStatus = new EnumMap<>(ProgrammeStatus.class);
        Map<String, Set<String>> names = new TreeMap<>();
        Map<String, List<ListingPage.Row>> byTerritory = new TreeMap<>();
        List<ListingPage.Row> rows = new ArrayList<>();
        StringBuilder html = new StringBuilder(64 * 1024);
        for (String id : ids) {
            FactSheetQuery.FactSheet sheet = factSheets.factSheet(id);
            ProgrammeView p = sheet.programme();
            html.setLength(0);
            programme(PageModels.programme(sheet, false, false), html);
            write(folder, SiteFiles.programme(p.id()), html.toString());
            ListingPage.Row row = PageModels.row(p, "../");
            rows.add(row);
            byStatus.computeIfAbsent(p.status(), s -> new ArrayList<>()).add(row);
            p.beneficiaries().forEach(t -> {
                names.computeIfAbsent(t.code(), c -> new LinkedHashSet<>()).add(t.name());
                byTerritory.computeIfAbsent(t.code(), c -> new ArrayList<>()).add(row);
            });
        }
        List<Link> statusLinks = new ArrayList<>();
        for (Map.Entry<ProgrammeStatus, List<ListingPage.Row>> e : byStatus.entrySet()) {
            ProgrammeStatus status = e.getKey();
            statusLinks.add(new Link(status.label() + " (" + e.getValue().size() + ")", SiteFiles.status(status.name())));
            html.setLength(0);
            listing(new ListingPage("../", "Programmes: " + status.label(), e.getValue().size() + " of " + rows.size()
                    + " programmes have the status " + status.label() + ".", List.of(), List.of(), e.getValue()), html);
            write(folder, SiteFiles.status(status.name()), html.toString());
        }
        List<Link> territoryLinks = new ArrayList<>();
        for (Map.Entry<String, List<ListingPage.Row>> e : byTerritory.entrySet()) {
            String name = String.join(" / ", names.get(e.getKey()));
            territoryLinks.add(new Link(name + " (" + e.getValue().size() + ")", SiteFiles.territory(e.getKey())));
            html.setLength(0);
            listing(new ListingPage("../", "Programmes in " + name, e.getValue().size() + " of " + rows.size() + " programmes have " + name
                    + " (" + e.getKey() + ") as a beneficiary, named as it was during each programme.", List.of(), List.of(), e.getValue()), html);
            write(folder, SiteFiles.territory(e.getKey()), html.toString());
        }
        List<ListingPage.Row> indexRows = rows.stream().map(r -> new ListingPage.Row(r.identifier(),
                new Link(r.title().text(), r.title().href().substring(3)), r.status(), r.period(), r.beneficiaries(), r.donors())).toList();
        html.setLength(0);
        listing(new ListingPage("", "Programme portfolio", rows.size() + (rows.size() == 1 ? " programme" : " programmes")
                + ", each with its fact sheet and timeline.", statusLinks, territoryLinks, indexRows), html);
        write(folder, SiteFiles.INDEX, html.toString());
        return 1 + rows.size() + byStatus.size() + byTerritory.size();
    }

    private static void head(String root, String title, StringBuilder h) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Programme Registry\">\n<title>");
        esc(title, h).append("</title>\n<link rel=\"stylesheet\" href=\"");
        esc(root, h).append("site.css\">\n<link rel=\"stylesheet\" href=\"");
        esc(root, h).append("print.css\" media=\"print\">\n</head>\n<body>\n<nav class=\"site\"><a href=\"");
        esc(root, h).append("index.html\">Programme portfolio</a></nav>\n<main>\n\n");
    }

    private static void foot(StringBuilder h) {
        h.append("\n</main>\n<footer><p>Published from the Programme Registry. Territories are named as they were during each programme.</p>"
                + "</footer>\n</body>\n</html>\n\n");
    }

    static void programme(ProgrammePage page, StringBuilder h) {
        head(page.root(), page.heading(), h);
        h.append("<article class=\"fact-sheet\">\n<h1>");
        esc(page.heading(), h).append("</h1>\n<dl class=\"facts\">\n<dt>Geographical Coverage</dt>\n<dd>");
        if (page.coverage().isEmpty()) {
            h.append('-');
        }
        for (int i = 0; i < page.coverage().size(); i++) {
            link(page.coverage().get(i), h);
            h.append(page.separatorAfter(i));
        }
        h.append("</dd>\n<dt>Duration</dt>\n<dd>");
        esc(page.duration(), h).append("</dd>\n<dt>").append(page.donors().size() == 1 ? "Donor" : "Donors").append("</dt>\n<dd>");
        if (page.donors().isEmpty()) {
            h.append('-');
        } else {
            h.append("\n<ul class=\"donors\">\n");
            for (ProgrammePage.Donor d : page.donors()) {
                h.append("<li>");
                if (d.withInstrument()) {
                    h.append("<abbr title=\"");
                    esc(d.name(), h).append("\">");
                    esc(d.acronym(), h).append("</abbr> ");
                    esc(d.instrument(), h);
                } else {
                    esc(d.name(), h);
                }
                if (!d.amount().isEmpty()) {
                    h.append(" (");
                    esc(d.amount(), h).append(')');
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</dd>\n<dt>Status</dt>\n<dd>");
        link(page.status(), h).append("</dd>\n");
        if (!page.partners().isEmpty()) {
            h.append("<dt>Partners</dt>\n<dd><ul>\n");
            items(page.partners(), h);
            h.append("</ul></dd>\n");
        }
        h.append("<dt>Summary</dt>\n<dd class=\"summary\">");
        esc(page.summary().isEmpty() ? "-" : page.summary(), h).append("</dd>\n<dt>Identifier</dt>\n<dd><code>");
        esc(page.identifier(), h).append("</code></dd>\n</dl>\n\n");
        timeline(page.timeline(), h);
        section("modules-heading", "Modules", "modules", page.modules(), h);
        section("deliverables-heading", "Deliverables", "deliverables", page.deliverables(), h);
        if (!page.sdgTargets().isEmpty()) {
            h.append("<section aria-labelledby=\"sdg-heading\">\n<h2 id=\"sdg-heading\">SDG targets</h2>\n<p>");
            esc(String.join(", ", page.sdgTargets()), h).append("</p>\n</section>\n");
        }
        if (!page.events().isEmpty()) {
            h.append("<section aria-labelledby=\"events-heading\">\n<h2 id=\"events-heading\">Events</h2>\n");
            for (ProgrammePage.Event e : page.events()) {
                h.append("<article class=\"event\">\n<h3>");
                esc(e.title(), h).append("</h3>\n<p class=\"when\">");
                esc(e.place(), h).append(", ");
                esc(e.days(), h).append("</p>\n<p class=\"kind\">");
                esc(e.kind(), h).append("</p>\n");
                if (!e.targetGroups().isEmpty()) {
                    h.append("<p>Target groups: ");
                    esc(String.join(", ", e.targetGroups()), h).append("</p>\n");
                }
                if (!e.delegations().isEmpty()) {
                    h.append("<h4>Delegations</h4>\n<ul class=\"delegations\">\n");
                    for (ProgrammePage.Delegation d : e.delegations()) {
                        h.append("<li><strong>");
                        esc(d.territory(), h).append("</strong>: ");
                        esc(d.head(), h).append(" (head of delegation)");
                        for (String member : d.members()) {
                            h.append("; ");
                            esc(member, h);
                        }
                        h.append("</li>\n");
                    }
                    h.append("</ul>\n");
                }
                if (!e.signatures().isEmpty()) {
                    h.append("<h4>Signatures</h4>\n<ul class=\"signatures\">\n");
                    items(e.signatures(), h);
                    h.append("</ul>\n");
                }
                h.append("</article>\n");
            }
            h.append("</section>\n");
        }
        h.append("</article>\n");
        foot(h);
    }

    private static void timeline(Timeline t, StringBuilder h) {
        h.append("<section aria-labelledby=\"timeline-heading\">\n<h2 id=\"timeline-heading\">Timeline</h2>\n<svg class=\"timeline\" viewBox=\"0 0 ")
                .append(t.width()).append(' ').append(t.height()).append("\" width=\"").append(t.width()).append("\" height=\"")
                .append(t.height()).append("\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\">\n<title id=\"timeline-title\">");
        esc(t.title(), h).append("</title>\n<desc id=\"timeline-desc\">");
        esc(t.description(), h).append("</desc>\n");
        for (Timeline.Tick tick : t.ticks()) {
            h.append("<line class=\"tick\" x1=\"").append(tick.x()).append("\" y1=\"16\" x2=\"").append(tick.x()).append("\" y2=\"")
                    .append(t.height()).append("\"></line>\n");
            if (!tick.label().isEmpty()) {
                h.append("<text class=\"year\" x=\"").append(tick.labelX()).append("\" y=\"12\" text-anchor=\"middle\">");
                esc(tick.label(), h).append("</text>\n");
            }
        }
        for (Timeline.Lane lane : t.lanes()) {
            h.append("<text class=\"lane\" x=\"4\" y=\"").append(lane.y() + 12).append("\">");
            esc(lane.label(), h).append("</text>\n");
        }
        for (Timeline.Bar bar : t.bars()) {
            h.append("<rect class=\"");
            esc(bar.kind(), h).append("\" x=\"").append(bar.x()).append("\" y=\"").append(bar.y()).append("\" width=\"").append(bar.width())
                    .append("\" height=\"").append(bar.height()).append("\"><title>");
            esc(bar.label(), h).append("</title></rect>\n");
        }
        for (Timeline.Mark mark : t.marks()) {
            h.append("<polygon class=\"signature\" points=\"").append(mark.points()).append("\"><title>");
            esc(mark.label(), h).append("</title></polygon>\n");
        }
        h.append("</svg>\n<p class=\"timeline-text\">");
        esc(t.description(), h).append("</p>\n</section>\n\n");
    }

    static void listing(ListingPage page, StringBuilder h) {
        head(page.root(), page.heading(), h);
        h.append("<h1>");
        esc(page.heading(), h).append("</h1>\n<p>");
        esc(page.description(), h).append("</p>\n");
        links("by-status", "By status", page.byStatus(), h);
        links("by-territory", "By beneficiary territory", page.byTerritory(), h);
        h.append("<section aria-labelledby=\"programmes\">\n<h2 id=\"programmes\">Programmes</h2>\n<table class=\"programmes\">\n<thead>\n"
                + "<tr><th scope=\"col\">Programme</th><th scope=\"col\">Status</th><th scope=\"col\">Period</th>"
                + "<th scope=\"col\">Beneficiaries</th><th scope=\"col\">Donors</th></tr>\n</thead>\n<tbody>\n");
        for (ListingPage.Row row : page.rows()) {
            h.append("<tr><td>");
            link(row.title(), h).append("</td><td>");
            esc(row.status(), h).append("</td><td>");
            esc(row.period(), h).append("</td><td>");
            esc(row.beneficiaries(), h).append("</td><td>");
            esc(row.donors(), h).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
        foot(h);
    }

    private static void links(String id, String heading, List<Link> links, StringBuilder h) {
        if (links.isEmpty()) {
            return;
        }
        h.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">").append(heading)
                .append("</h2>\n<ul class=\"index-links\">\n");
        for (Link link : links) {
            h.append("<li>");
            link(link, h).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static void section(String id, String heading, String css, List<String> items, StringBuilder h) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">").append(heading)
                .append("</h2>\n<ul class=\"").append(css).append("\">\n");
        items(items, h);
        h.append("</ul>\n</section>\n");
    }

    private static void items(List<String> items, StringBuilder h) {
        for (String item : items) {
            h.append("<li>");
            esc(item, h).append("</li>\n");
        }
    }

    private static StringBuilder link(Link link, StringBuilder h) {
        if (link.linked()) {
            h.append("<a href=\"");
            esc(link.href(), h).append("\">");
            esc(link.text(), h).append("</a>");
        } else {
            esc(link.text(), h);
        }
        return h;
    }

    /** The five characters that matter in HTML text and quoted attributes, as jte escapes them. */
    static StringBuilder esc(String s, StringBuilder h) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> h.append("&amp;");
                case '<' -> h.append("&lt;");
                case '>' -> h.append("&gt;");
                case '"' -> h.append("&#34;");
                case '\'' -> h.append("&#39;");
                default -> h.append(c);
            }
        }
        return h;
    }

    private static void write(Path folder, String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
    }
}

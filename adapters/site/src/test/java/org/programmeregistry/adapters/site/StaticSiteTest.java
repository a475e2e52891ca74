package org.programmeregistry.adapters.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.adapters.persistence.memory.InMemoryPersistence;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.fixtures.SeedScenario;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.application.port.in.TerritoryName;
import org.programmeregistry.application.port.in.event.EventView;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.programme.EventStatus;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/** The site of the two seed programmes, read as a browser and a reader would. */
class StaticSiteTest {

    private static final String IBM = "IOM-HU-IBM-2009";
    private static final String CARDS = "EC-CARDS-2002-2003-AMV";

    @TempDir
    static Path site;
    private static StaticSite.Published published;

    @BeforeAll
    static void publishTheSeeds() {
        TestRegistry registry = TestRegistry.over(new InMemoryPersistence().ports());
        SeedScenario.all(registry);
        published = new StaticSite(registry.queries(), registry.queries()).write(site, List.of(), false);
    }

    private static String read(String file) throws IOException {
        return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the site holds the index, a page per seed programme, per status and per beneficiary territory")
    void writesEveryPage() throws IOException {
        assertThat(published.programmes()).isEqualTo(2);
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve(SiteFiles.programme(IBM))).isRegularFile();
        assertThat(site.resolve(SiteFiles.programme(CARDS))).isRegularFile();
        assertThat(site.resolve("status/closed.html")).isRegularFile();
        assertThat(site.resolve("territory/cs.html")).isRegularFile();
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(f -> f.toString().endsWith(".html")).count()).isEqualTo(published.pages());
        }
        Document index = HtmlChecks.checkPage(read("index.html"), "index.html");
        assertThat(index.select("table.programmes tbody tr")).hasSize(2);
        assertThat(index.text()).contains("Completed", "Serbia and Montenegro", "European Commission");
    }

    @Test
    @DisplayName("the IBM page reads like its seed: Hungary's mission first, Macedonia and Kosovo by their names of 2009-2011")
    void integratedBorderManagementPage() throws IOException {
        Document page = HtmlChecks.checkPage(read(SiteFiles.programme(IBM)), IBM);
        String text = page.text();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Strengthening Integrated Border Management in the Western Balkans and Turkey (2009 - 2011)");
        assertThat(text).contains("Hungary coordinating IOM Mission, Albania", "The former Yugoslav Republic of Macedonia", "Kosovo",
                "Netherlands", "15 Jun 2009 - 14 Jun 2011", "Completed");
        assertThat(text).doesNotContain("North Macedonia");
        Element svg = page.selectFirst("svg.timeline");
        assertThat(svg).isNotNull();
        assertThat(svg.selectFirst("title").text()).startsWith("Timeline of Strengthening Integrated Border Management");
        assertThat(svg.selectFirst("desc").text()).contains("Planned period: 15 Jun 2009 - 14 Jun 2011");
        assertThat(svg.select("rect.planned, rect.actual")).hasSize(2);
    }

    @Test
    @DisplayName("the CARDS page names Serbia and Montenegro, Vienna, UNHCR, ICMPD, the Migration module and the strategies signed")
    void cardsPage() throws IOException {
        Document page = HtmlChecks.checkPage(read(SiteFiles.programme(CARDS)), CARDS);
        String text = page.text();
        assertThat(text).contains("Serbia and Montenegro", "Vienna", "UNHCR", "ICMPD", "Migration Module - under the responsibility of IOM",
                "29/30 Sep 2005", "Final Consultation Event of the Migration Module");
        assertThat(page.select("ul.signatures li")).hasSize(5)
                .allSatisfy(li -> assertThat(li.text()).contains("signed National model EU Alignment Strategy"));
        assertThat(page.select("svg.timeline rect.event")).hasSize(1);
        assertThat(page.select("svg.timeline polygon.signature title").text()).contains("5 signatures");
    }

    @Test
    @DisplayName("every page is HTML5 without a parse error, with one h1, headings in order, print styles, links that resolve")
    void everyPageIsValidAndSelfContained() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(5);
        for (Path page : pages) {
            Document document = HtmlChecks.checkPage(Files.readString(page), site.relativize(page).toString());
            HtmlChecks.checkLinksResolve(document, page, site);
        }
        HtmlChecks.checkStylesheet(read("site.css"), "site.css");
        HtmlChecks.checkStylesheet(read("print.css"), "print.css");
    }

    @Test
    @DisplayName("a title holding <script> shows as text, in the page and in the timeline")
    void textIsEscaped() {
        String html = StaticSite.factSheetPage(sheet("P/1", "<script>alert('x')</script> & \"quoted\"", "Jane Doe"), false);
        Document page = HtmlChecks.checkPage(html, "escaped page");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("h1").text()).startsWith("<script>alert('x')</script> & \"quoted\"");
        assertThat(page.selectFirst("svg title").text()).contains("<script>");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    @DisplayName("a person's name appears only when names are asked for; otherwise position and institution")
    void namesOnlyWhenAsked() {
        FactSheetQuery.FactSheet sheet = sheet("P-1", "Programme", "Jane Doe");
        assertThat(StaticSite.factSheetPage(sheet, false)).doesNotContain("Jane Doe").contains("Head of delegation, Ministry of Interior");
        assertThat(StaticSite.factSheetPage(sheet, true)).contains("Jane Doe (Head of delegation, Ministry of Interior)");
    }

    @Test
    @DisplayName("a standalone fact sheet carries its styles inline and links nowhere")
    void standalonePage() {
        String html = StaticSite.factSheetPage(sheet("P-1", "Programme", "Jane Doe"), false);
        Document page = HtmlChecks.checkPage(html, "standalone");
        assertThat(page.select("link")).isEmpty();
        assertThat(page.select("a[href]")).isEmpty();
        assertThat(page.select("style[media=print]")).hasSize(1);
    }

    @Test
    @DisplayName("identifiers holding / get their own file, and the index links to it")
    void slashInIdentifier(@TempDir Path folder) throws IOException {
        FactSheetQuery.FactSheet sheet = sheet("XM-DAC-47066/HU-0001", "Programme with a slash", "Jane Doe");
        StaticSite.Published written = new StaticSite(criteria -> {
            throw new AssertionError("not searched when programmes are named");
        }, id -> sheet).write(folder, List.of("XM-DAC-47066/HU-0001"), false);
        assertThat(written.programmes()).isOne();
        Path page = folder.resolve("programme/XM-DAC-47066~2FHU-0001.html");
        assertThat(page).isRegularFile();
        Document index = HtmlChecks.checkPage(Files.readString(folder.resolve("index.html")), "index");
        assertThat(index.select("a[href=programme/XM-DAC-47066~2FHU-0001.html]")).hasSize(1);
        HtmlChecks.checkLinksResolve(index, folder.resolve("index.html"), folder);
        HtmlChecks.checkLinksResolve(HtmlChecks.checkPage(Files.readString(page), "page"), page, folder);
    }

    @Test
    @DisplayName("an unknown programme among those named fails with the query's not-found error, and nothing is written")
    void unknownProgramme(@TempDir Path folder) throws IOException {
        TestRegistry registry = TestRegistry.over(new InMemoryPersistence().ports());
        SeedScenario.all(registry);
        assertThatThrownBy(() -> new StaticSite(registry.queries(), registry.queries()).write(folder, List.of(IBM, "NOPE"), false))
                .isInstanceOf(NotFoundException.class);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    @DisplayName("a programme without dates still has a timeline that says so")
    void programmeWithoutDates() {
        FactSheetQuery.FactSheet sheet = new FactSheetQuery.FactSheet(new ProgrammeView("P-0", "Idea", "", ProgrammeStatus.PIPELINE,
                Period.unknown(), Period.unknown(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0),
                List.of());
        Document page = HtmlChecks.checkPage(StaticSite.factSheetPage(sheet, false), "no dates");
        assertThat(page.selectFirst("svg desc").text()).isEqualTo("No dates are recorded for this programme yet.");
    }

    /** A programme with one event and one delegation whose head is a named person. */
    static FactSheetQuery.FactSheet sheet(String id, String title, String person) {
        TerritoryName albania = new TerritoryName("AL", "Albania");
        ProgrammeView programme = new ProgrammeView(id, title, "Summary with <b>markup</b>.", ProgrammeStatus.IMPLEMENTATION,
                new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)), new Period(LocalDate.of(2020, 2, 1), null),
                Optional.empty(), List.of(albania), List.of(), List.of(), List.of(), List.of(), List.of(), 1);
        EventView event = new EventView(id, 1, Optional.empty(), Optional.empty(), EventKind.SEMINAR, "Seminar <i>one</i>", "Tirana",
                albania, LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 6), EventStatus.HELD, List.of("civil servants"),
                List.of(new EventView.Delegation(albania, new EventView.Person(person, "Head of delegation", "Ministry of Interior"),
                        List.of())), List.of(), 1);
        return new FactSheetQuery.FactSheet(programme, List.of(event));
    }
}

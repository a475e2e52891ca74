package org.programmeregistry.bootstrap.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.programmeregistry.adapters.iati.IatiFileGenerator;
import org.programmeregistry.adapters.iati.StaxIatiActivityReader;
import org.programmeregistry.adapters.iati.StaxIatiActivityWriter;
import org.programmeregistry.adapters.site.GeneratedPortfolio;
import org.programmeregistry.adapters.site.StaticSite;
import org.programmeregistry.application.ProgrammeRegistry;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.SearchProgrammesQuery;

/**
 * The static site of 10,000 programmes ({@code bench.programmes}), written by the site adapter (jte templates) against
 * its floor, {@link SiteFloor}: the same pages from the same page models by plain StringBuilder appends. Both read
 * the fact sheets from memory ({@link GeneratedPortfolio}: programmes of the size of the CARDS seed, one event with
 * delegations and signatures each where started), so the comparison is of page making and writing alone. They
 * alternate, each into an emptied folder, after {@code bench.warmups} (2) warm-up rounds; {@code bench.runs} (5)
 * measured runs each. The harness checks that both wrote byte-identical files.
 *
 * <p>With {@code bench.db=h2} it then measures the whole command's work over the embedded database: 10,000 generated
 * IATI activities imported into H2 through the jOOQ adapter, and the site written over the registry's query ports
 * (a fact sheet query per programme), next to the fact sheet queries alone.
 */
public final class SiteBenchmark {

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int programmes = Integer.getInteger("bench.programmes", 10_000);
        int runs = Integer.getInteger("bench.runs", 5);
        int warmups = Integer.getInteger("bench.warmups", 2);
        Path root = Files.createTempDirectory("programmes-site-bench-");
        GeneratedPortfolio portfolio = new GeneratedPortfolio(programmes, 2026);
        List<String> ids = portfolio.ids();
        StaticSite site = new StaticSite(portfolio, portfolio);
        Path siteFolder = root.resolve("site");
        Path floorFolder = root.resolve("floor");
        System.out.printf(Locale.ROOT, "site benchmark: %,d programmes, %d warm-up and %d measured runs each, Java %s, %d cores%n",
                programmes, warmups, runs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < warmups; i++) {
            time(() -> site.write(empty(siteFolder), ids, false).pages());
            time(() -> SiteFloor.write(empty(floorFolder), ids, portfolio));
        }
        List<Double> siteSeconds = new ArrayList<>();
        List<Double> floorSeconds = new ArrayList<>();
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            double[] s = time(() -> site.write(empty(siteFolder), ids, false).pages());
            double[] f = time(() -> SiteFloor.write(empty(floorFolder), ids, portfolio));
            siteSeconds.add(s[0]);
            floorSeconds.add(f[0]);
            pages = (int) s[1];
            System.out.printf(Locale.ROOT, "run %d: site %.2f s, floor %.2f s%n", i + 1, s[0], f[0]);
        }
        int[] compared = compare(siteFolder, floorFolder);
        Stats site1 = Stats.of(siteSeconds);
        Stats floor1 = Stats.of(floorSeconds);
        System.out.printf(Locale.ROOT, "%n%,d pages (%,d programme pages), %.1f MB; byte-identical files: %d of %d%n", pages, programmes,
                size(siteFolder) / 1e6, compared[0], compared[1]);
        System.out.printf(Locale.ROOT, "site (jte):          %.2f ± %.2f s  (%,.0f programme pages/s)%n", site1.mean(), site1.stdev(),
                programmes / site1.mean());
        System.out.printf(Locale.ROOT, "floor (StringBuilder): %.2f ± %.2f s  (%,.0f programme pages/s)%n", floor1.mean(), floor1.stdev(),
                programmes / floor1.mean());
        System.out.printf(Locale.ROOT, "site / floor time: %.2f; the site's throughput is %.0f %% of the floor's%n",
                site1.mean() / floor1.mean(), 100 * floor1.mean() / site1.mean());
        if (System.getProperty("bench.db", "").equalsIgnoreCase("h2")) {
            overH2(programmes, root);
        }
        delete(root);
    }

    /** The whole work of {@code programmes site} over an embedded H2 database of {@code programmes} imported activities. */
    private static void overH2(int programmes, Path root) throws Exception {
        Path file = root.resolve("activities.xml");
        IatiFileGenerator.importable(2026).write(file, programmes);
        try (BenchDatabase db = BenchDatabase.create(BenchDatabase.Kind.H2, "site", 2, ";QUERY_CACHE_SIZE=32")) {
            ProgrammeRegistry registry = ProgrammeRegistry.over(db.persistence.ports())
                    .iati(new StaxIatiActivityReader(), new StaxIatiActivityWriter()).build();
            ImportIatiActivitiesUseCase.Report report;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                report = registry.port(ImportIatiActivitiesUseCase.class)
                        .importActivities(new ImportIatiActivitiesUseCase.Command("bench", in, false, false, n -> { }));
            }
            System.out.printf(Locale.ROOT, "%nover H2: %,d programmes imported%n", report.created());
            StaticSite site = new StaticSite(registry.port(SearchProgrammesQuery.class), registry.port(FactSheetQuery.class));
            FactSheetQuery queries = registry.port(FactSheetQuery.class);
            Path folder = root.resolve("h2-site");
            site.write(empty(folder), List.of(), false);
            List<Double> whole = new ArrayList<>();
            List<Double> queriesOnly = new ArrayList<>();
            Work queriesAlone = () -> {
                int n = 0;
                SearchProgrammesQuery.Criteria criteria = SearchProgrammesQuery.Criteria.everything();
                while (criteria != null) {
                    var page = registry.port(SearchProgrammesQuery.class).search(criteria);
                    for (var summary : page.items()) {
                        queries.factSheet(summary.id());
                        n++;
                    }
                    criteria = page.next().map(criteria::after).orElse(null);
                }
                return n;
            };
            for (int i = 0; i < 3; i++) {
                // alternating, queries first, so that neither always follows the other
                queriesOnly.add(time(queriesAlone)[0]);
                whole.add(time(() -> site.write(empty(folder), List.of(), false).pages())[0]);
                System.out.printf(Locale.ROOT, "run %d: fact sheet queries alone %.2f s, site over H2 %.2f s%n", i + 1, queriesOnly.get(i),
                        whole.get(i));
            }
            System.out.printf(Locale.ROOT, "site over H2: %.2f ± %.2f s; queries alone %.2f ± %.2f s%n", Stats.of(whole).mean(),
                    Stats.of(whole).stdev(), Stats.of(queriesOnly).mean(), Stats.of(queriesOnly).stdev());
            registry.close();
        }
    }

    private interface Work {
        long run() throws Exception;
    }

    /** Seconds taken and what the work returned. */
    private static double[] time(Work work) throws Exception {
        long start = System.nanoTime();
        long result = work.run();
        return new double[] {(System.nanoTime() - start) / 1e9, result};
    }

    private static Path empty(Path folder) throws IOException {
        delete(folder);
        Files.createDirectories(folder);
        return folder;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** How many files of the site the floor wrote byte for byte, of how many; prints the first that differs. */
    private static int[] compare(Path site, Path floor) throws IOException {
        int same = 0;
        int all = 0;
        boolean shown = false;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all++;
                Path other = floor.resolve(site.relativize(f));
                if (Files.exists(other) && Files.mismatch(f, other) == -1) {
                    same++;
                } else if (!shown) {
                    shown = true;
                    long at = Files.exists(other) ? Files.mismatch(f, other) : 0;
                    String a = Files.readString(f);
                    System.out.printf(Locale.ROOT, "differs: %s at byte %d: site ...%s...%n", site.relativize(f), at,
                            a.substring((int) Math.max(0, at - 80), (int) Math.min(a.length(), at + 80)));
                    if (Files.exists(other)) {
                        String b = Files.readString(other);
                        System.out.printf(Locale.ROOT, "  floor ...%s...%n", b.substring((int) Math.max(0, at - 80), (int) Math.min(b.length(), at + 80)));
                    }
                }
            }
        }
        return new int[] {same, all};
    }
}

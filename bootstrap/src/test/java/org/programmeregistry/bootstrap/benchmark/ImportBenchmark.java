package org.programmeregistry.bootstrap.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.programmeregistry.adapters.iati.IatiFileGenerator;
import org.programmeregistry.adapters.iati.StaxIatiActivityReader;
import org.programmeregistry.adapters.iati.StaxIatiActivityWriter;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase;
import org.programmeregistry.application.service.IatiExchangeService;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * Import of a generated IATI file ({@link IatiFileGenerator#importable}, 10,000 activities by default)
 * into PostgreSQL and H2, against a floor measured in the same run ({@link ImportFloor}: a
 * bare StAX loop and plain JDBC batches of the same rows). Each run starts from empty tables;
 * the floor and the import alternate, so a drift of the machine favours neither. Reports
 * activities per second, the ratio to the floor, the peak heap of each run (the sum of the
 * heap pools' peaks, reset before the run, so garbage not yet collected counts too), and a
 * re-import of the same file, which changes nothing.
 *
 * <p>System properties: {@code bench.db} (postgres,h2), {@code bench.activities} (10000),
 * {@code bench.runs} (5), {@code bench.seed} (2026). Run it with a small heap to see that
 * memory does not grow with the file (see docs/benchmarks.md).
 */
public final class ImportBenchmark {

    private static final String ACTOR = "benchmark";
    private static final List<String> TABLES = List.of("audit_entry", "event_signature", "event_participant", "event_target_group",
            "event", "programme_search_text", "programme_organisation", "programme_sdg_target", "programme_deliverable",
            "programme_module", "programme_role", "programme_contribution", "programme_beneficiary", "programme", "office", "organisation");
    /** H2 keeps a word table and bitmaps where PostgreSQL has its full-text index; the bitmaps' numbers refer to the programmes. */
    private static final List<String> H2_TABLES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("programme_search_bits", "programme_search_number", "programme_search_word"), TABLES.stream()).toList();

    /** PostgreSQL keeps its words' starts (migration V9) beside its full-text index. */
    private static final List<String> POSTGRES_TABLES = java.util.stream.Stream.concat(java.util.stream.Stream.of("programme_search_starts"),
            TABLES.stream()).toList();

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> dbs = Arrays.asList(System.getProperty("bench.db", "postgres,h2").split(","));
        int activities = Integer.getInteger("bench.activities", 10_000);
        int runs = Integer.getInteger("bench.runs", 5);
        long seed = Long.getLong("bench.seed", 2026);
        Path folder = Files.createTempDirectory("programmes-import-bench-");
        Path file = folder.resolve("activities.xml");
        Path warmupFile = folder.resolve("warm-up.xml");
        IatiFileGenerator.importable(seed).write(file, activities);
        IatiFileGenerator.importable(seed + 1).write(warmupFile, 2_000);
        System.out.printf(Locale.ROOT, "ImportBenchmark: %d cores, Java %s, max heap %d MB; %,d activities, %.1f MB; %d runs per variant%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                activities, Files.size(file) / 1e6, runs);
        parsing(file, warmupFile);
        List<String> summary = new ArrayList<>();
        for (String db : dbs) {
            BenchDatabase.Kind kind = BenchDatabase.Kind.valueOf(db.strip().toUpperCase(Locale.ROOT));
            try (BenchDatabase database = BenchDatabase.create(kind, "import", 4)) {
                summary.add(bench(database, file, warmupFile, activities, runs));
            }
        }
        Files.delete(file);
        Files.delete(warmupFile);
        Files.delete(folder);
        System.out.println();
        System.out.println("| database | import s (mean ± sd) | import activities/s | floor s (mean ± sd) | floor activities/s | ratio | peak heap import / floor | re-import (unchanged) s |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        summary.forEach(System.out::println);
    }

    /** How much of each path is parsing: the bare loop and the import's reader, nothing written. */
    private static void parsing(Path file, Path warmupFile) throws Exception {
        StaxIatiActivityReader reader = new StaxIatiActivityReader();
        for (int i = 0; i < 5; i++) {
            ImportFloor.parseOnly(warmupFile);
            readAll(reader, warmupFile);
        }
        List<Double> bare = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            ImportFloor.parseOnly(file);
            bare.add((System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            readAll(reader, file);
            ours.add((System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "parsing only: bare StAX loop %.2f s, the import's reader %.2f s (mean of 3)%n", Stats.of(bare).mean(),
                Stats.of(ours).mean());
    }

    private static int readAll(StaxIatiActivityReader reader, Path file) throws Exception {
        int[] n = {0};
        try (var in = Files.newInputStream(file)) {
            reader.read(in, a -> n[0]++);
        }
        return n[0];
    }

    private static String bench(BenchDatabase db, Path file, Path warmupFile, int activities, int runs) throws Exception {
        System.out.printf(Locale.ROOT, "%n=== %s ===%n", db.kind);
        JooqPersistence p = db.persistence;
        IatiExchangeService service = new IatiExchangeService(p.programmes(), p.organisations(), TerritoryCatalogue.bundled(),
                p.transactions(), p.auditLog(), TestRegistry.CLOCK, new StaxIatiActivityReader(), new StaxIatiActivityWriter());
        ImportFloor floor = new ImportFloor(ACTOR, TestRegistry.CLOCK.instant().atOffset(ZoneOffset.UTC));
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("import", f -> {
            ImportIatiActivitiesUseCase.Report report = importing(service, f);
            if (!report.refused().isEmpty() || report.created() != report.read()) {
                throw new IllegalStateException("the import did not create every activity: " + report);
            }
            return report.read();
        });
        variants.put("floor", f -> floor.run(db.dataSource, f));
        // warm-up: JIT and statement caches, on a smaller file
        for (int i = 0; i < 3; i++) {
            for (Variant v : variants.values()) {
                reset(db);
                v.run(warmupFile);
            }
        }
        // the floor writes the same rows as the import
        reset(db);
        variants.get("import").run(file);
        Map<String, Long> imported = counts(db);
        reset(db);
        variants.get("floor").run(file);
        Map<String, Long> floored = counts(db);
        if (!imported.equals(floored)) {
            throw new IllegalStateException("the floor wrote other rows than the import:\n import: " + imported + "\n floor:  " + floored);
        }
        System.out.println("check: the floor writes as many rows to each table as the import: " + imported);
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, Long> peakHeap = new LinkedHashMap<>();
        variants.keySet().forEach(k -> {
            seconds.put(k, new ArrayList<>());
            peakHeap.put(k, 0L);
        });
        List<String> names = new ArrayList<>(variants.keySet());
        for (int run = 0; run < runs; run++) {
            List<String> order = new ArrayList<>(names);
            if (run % 2 == 1) {
                Collections.reverse(order);
            }
            for (String name : order) {
                reset(db);
                System.gc();
                resetPeaks();
                long t0 = System.nanoTime();
                int n = variants.get(name).run(file);
                double s = (System.nanoTime() - t0) / 1e9;
                long peak = peakHeapBytes();
                if (n != activities) {
                    throw new IllegalStateException(name + " read " + n + " activities, not " + activities);
                }
                seconds.get(name).add(s);
                peakHeap.merge(name, peak, Math::max);
                System.out.printf(Locale.ROOT, "run %d %-6s %.2f s = %,.0f activities/s, peak heap %d MB%n", run + 1, name, s, n / s,
                        peak >> 20);
            }
        }
        // a second import of the same file finds every programme unchanged
        reset(db);
        variants.get("import").run(file);
        long t0 = System.nanoTime();
        ImportIatiActivitiesUseCase.Report again = importing(service, file);
        double reimport = (System.nanoTime() - t0) / 1e9;
        if (again.unchanged() != activities) {
            throw new IllegalStateException("a re-import changed something: " + again);
        }
        System.out.printf(Locale.ROOT, "re-import of the same file: %.2f s, %d unchanged%n", reimport, again.unchanged());
        Stats im = Stats.of(seconds.get("import"));
        Stats fl = Stats.of(seconds.get("floor"));
        double ratio = fl.mean() / im.mean();
        System.out.printf(Locale.ROOT, "import %.2f ± %.2f s, floor %.2f ± %.2f s: the import runs at %.0f%% of the floor's throughput "
                + "(target >= 50%% %s); %s %.2f s into this database (target <= 5 s into PostgreSQL)%n", im.mean(), im.stdev(), fl.mean(),
                fl.stdev(), 100 * ratio, ratio >= 0.5 ? "MET" : "NOT MET", im.mean() <= 5 ? "within" : "over", im.mean());
        return String.format(Locale.ROOT, "| %s | %.2f ± %.2f | %,.0f | %.2f ± %.2f | %,.0f | %.0f%% | %d MB / %d MB | %.2f |", db.kind,
                im.mean(), im.stdev(), activities / im.mean(), fl.mean(), fl.stdev(), activities / fl.mean(), 100 * ratio,
                peakHeap.get("import") >> 20, peakHeap.get("floor") >> 20, reimport);
    }

    @FunctionalInterface
    private interface Variant {
        int run(Path file) throws Exception;
    }

    private static void reset(BenchDatabase db) throws Exception {
        if (db.kind == BenchDatabase.Kind.POSTGRES) {
            db.execute("truncate table " + String.join(", ", POSTGRES_TABLES));
        } else {
            db.execute(H2_TABLES.stream().map(t -> "delete from " + t).toArray(String[]::new));
            // numbered from 0 again, so the import and the floor fill the same rows of bitmaps
            db.execute("alter sequence programme_search_number_seq restart with 0");
        }
    }

    private static Map<String, Long> counts(BenchDatabase db) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            for (String table : db.kind == BenchDatabase.Kind.POSTGRES ? POSTGRES_TABLES : H2_TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static ImportIatiActivitiesUseCase.Report importing(IatiExchangeService service, Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return service.importActivities(new ImportIatiActivitiesUseCase.Command(ACTOR, in, false, false, n -> { }));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

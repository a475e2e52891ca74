package org.programmeregistry.bootstrap.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.RecordContributionUseCase;

/**
 * Throughput of write use cases on PostgreSQL and H2, each against a floor measured in the same
 * run: the same statements sent by hand over JDBC in one transaction ({@link JdbcFloor}). A
 * third variant, "minimal", sends by hand only the statements the change strictly needs, to
 * show what the statement count costs.
 *
 * <p>Each operation changes a programme nobody changed since the last reset, so every
 * iteration does the same work: the pool holds identical programmes (three beneficiaries, two
 * contributions, three roles, one module, one SDG target), each caller walks its own slice of
 * it, and between phases the added rows and the audit trail are deleted (and, on PostgreSQL,
 * the tables vacuumed, as autovacuum may be off). Versions keep growing, which costs nothing.
 *
 * <p>System properties: {@code bench.db} (postgres,h2), {@code bench.callers} (1,8),
 * {@code bench.useCases} (addBeneficiary,recordContribution), {@code bench.runs} (5),
 * {@code bench.seconds} (3), {@code bench.warmupSeconds} (40: single-threaded, for the use case; a quarter of it for the floors), {@code bench.pool} (150000: H2 runs through a pool quickly).
 */
public final class WriteBenchmark {

    static final String ACTOR = "benchmark";
    static final OffsetDateTime NOW = TestRegistry.CLOCK.instant().atOffset(ZoneOffset.UTC);

    /** One write use case as the benchmark drives it. */
    private record UseCase(String name, String description, String reset, List<String> criteria, Op call, Minimal minimal) {
    }

    @FunctionalInterface
    private interface Op {
        void run(TestRegistry registry, String programmeId);
    }

    @FunctionalInterface
    private interface Minimal {
        void run(DataSource dataSource, String programmeId) throws SQLException;
    }

    @FunctionalInterface
    private interface Action {
        void run(String programmeId) throws Exception;
    }

    private static final List<UseCase> USE_CASES = List.of(
            new UseCase("addBeneficiary", "AddBeneficiaryUseCase: add RS to a programme with AL, BA, MK",
                    "delete from programme_beneficiary where territory = 'RS'", List.of("t:RS"),
                    (r, id) -> r.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command(ACTOR, id, "RS")),
                    (ds, id) -> minimal(ds, id, "select territory from programme_beneficiary where programme_id = ? order by seq",
                            "insert into programme_beneficiary (programme_id, territory, seq) values (?, ?, ?)", "RS",
                            "beneficiary added", "RS")),
            new UseCase("recordContribution", "RecordContributionUseCase: USAID, IPA II, EUR 250000 to a programme with two contributions",
                    "delete from programme_contribution where seq >= 2", List.of("d:USAID", "o:USAID"),
                    (r, id) -> r.programmes().recordContribution(new RecordContributionUseCase.Command(ACTOR, id, "USAID", "IPA II",
                            new BigDecimal("250000"), "EUR")),
                    null));

    private WriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> dbs = list("bench.db", "postgres,h2");
        List<Integer> callerCounts = list("bench.callers", "1,8").stream().map(Integer::parseInt).toList();
        List<String> useCases = list("bench.useCases", "addBeneficiary");
        int runs = Integer.getInteger("bench.runs", 5);
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "3"));
        double warmup = Double.parseDouble(System.getProperty("bench.warmupSeconds", "40"));
        int pool = Integer.getInteger("bench.pool", 150_000);
        System.out.printf(Locale.ROOT, "WriteBenchmark: %d cores, Java %s (%s); %d runs x %.1f s per variant and caller count, after %.0f s of single-threaded warm-up%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"), runs,
                seconds, warmup);
        List<String> summary = new ArrayList<>();
        for (String db : dbs) {
            BenchDatabase.Kind kind = BenchDatabase.Kind.valueOf(db.toUpperCase(Locale.ROOT));
            try (BenchDatabase database = BenchDatabase.create(kind, "write", 10)) {
                long t0 = System.nanoTime();
                Corpus.loadOrganisations(database);
                Corpus.load(database, Corpus::poolProgramme, 0, pool + 100);
                // the rows went around the adapter: H2's search bitmaps are derived from them afterwards
                database.persistence.rebuildSearchBitmaps();
                if (kind == BenchDatabase.Kind.POSTGRES) {
                    database.execute("vacuum analyze");
                }
                System.out.printf(Locale.ROOT, "%n=== %s: loaded %,d pool programmes in %.1f s%n", kind, pool + 100,
                        (System.nanoTime() - t0) / 1e9);
                TestRegistry registry = TestRegistry.over(database.ports(database.persistence));
                TestRegistry capturingRegistry = TestRegistry.over(database.ports(database.observed));
                for (UseCase u : USE_CASES) {
                    if (useCases.contains(u.name())) {
                        summary.addAll(bench(database, registry, capturingRegistry, u, pool, callerCounts, runs, seconds, warmup));
                    }
                }
            }
        }
        System.out.println();
        System.out.println("| database | use case | callers | use case ops/s (mean ± sd) | floor ops/s (mean ± sd) | ratio | minimal ops/s |");
        System.out.println("|---|---|---|---|---|---|---|");
        summary.forEach(System.out::println);
    }

    private static List<String> bench(BenchDatabase db, TestRegistry registry, TestRegistry capturingRegistry, UseCase u, int pool,
            List<Integer> callerCounts, int runs, double seconds, double warmup) throws Exception {
        System.out.printf(Locale.ROOT, "%n--- %s on %s ---%n", u.description(), db.kind);
        // 1. What the use case really sends (single thread, which also warms jOOQ up before any concurrency).
        String capturedId = Corpus.poolId(pool);
        List<SqlCapture.Captured> captured = db.capture.during(() -> u.call().run(capturingRegistry, capturedId));
        System.out.printf("the use case sent %d statements in one transaction:%n", captured.size());
        captured.forEach(c -> System.out.println("  " + c.shape() + "   binds " + c.binds().size() + "   " + abbreviate(c.sql())));
        JdbcFloor floor = new JdbcFloor(captured, capturedId);
        // 2. The floor leaves the same rows as the use case.
        String floorId = Corpus.poolId(pool + 1);
        floor.run(db.dataSource, floorId);
        String a = childRows(db, capturedId);
        String b = childRows(db, floorId).replace(floorId, capturedId);
        if (!a.equals(b)) {
            throw new IllegalStateException("the floor wrote other rows than the use case:\n use case: " + a + "\n floor:    " + b);
        }
        System.out.println("check: the floor leaves the same rows as the use case (children, version, audit entry)");
        if (u.minimal() != null) {
            String minimalId = Corpus.poolId(pool + 2);
            u.minimal().run(db.dataSource, minimalId);
            String m = childRows(db, minimalId).replace(minimalId, capturedId);
            if (!a.equals(m)) {
                throw new IllegalStateException("the minimal variant wrote other rows than the use case:\n use case: " + a + "\n minimal:  " + m);
            }
        }
        Map<String, Action> variants = new LinkedHashMap<>();
        variants.put("use case", id -> u.call().run(registry, id));
        variants.put("floor", id -> floor.run(db.dataSource, id));
        if (u.minimal() != null) {
            variants.put("minimal", id -> u.minimal().run(db.dataSource, id));
        }
        reset(db, u);
        // 3. Single-threaded warm-up of every variant (JIT, statement caches): jOOQ's code paths
        // take tens of thousands of operations to be compiled on 2 cores, the floor far fewer.
        for (Map.Entry<String, Action> v : variants.entrySet()) {
            double left = v.getKey().equals("use case") ? warmup : warmup / 4;
            List<Long> warm = new ArrayList<>();
            while (left > 0) {
                warm.add(Math.round(phase(1, Math.min(5, left), pool, v.getValue())));
                reset(db, u);
                left -= 5;
            }
            System.out.printf(Locale.ROOT, "warm-up %-9s ops/s per 5 s: %s%n", v.getKey(), warm);
        }
        List<String> rows = new ArrayList<>();
        for (int callers : callerCounts) {
            int slice = pool / callers;
            for (Action v : variants.values()) {
                phase(callers, seconds, slice, v);
                reset(db, u);
            }
            Map<String, List<Double>> results = new LinkedHashMap<>();
            variants.keySet().forEach(k -> results.put(k, new ArrayList<>()));
            List<String> names = new ArrayList<>(variants.keySet());
            for (int run = 0; run < runs; run++) {
                // alternate the order, so a drift of the machine does not favour one variant
                List<String> order = new ArrayList<>(names);
                if (run % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (String name : order) {
                    double opsPerSecond = phase(callers, seconds, slice, variants.get(name));
                    results.get(name).add(opsPerSecond);
                    reset(db, u);
                }
            }
            Stats uc = Stats.of(results.get("use case"));
            Stats fl = Stats.of(results.get("floor"));
            System.out.printf(Locale.ROOT, "%d caller(s):%n", callers);
            results.forEach((name, values) -> System.out.printf(Locale.ROOT, "  %-9s %s ops/s   runs %s%n", name,
                    Stats.of(values).opsPerSecond(), values.stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).toList()));
            double[] ratios = new double[runs];
            for (int i = 0; i < runs; i++) {
                ratios[i] = results.get("use case").get(i) / results.get("floor").get(i);
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "  ratio use case / floor: %.0f%% (per run pair: %.0f%%..%.0f%%); target >= 80%% %s%n",
                    100 * uc.mean() / fl.mean(), 100 * ratios[0], 100 * ratios[runs - 1], uc.mean() / fl.mean() >= 0.8 ? "MET" : "NOT MET");
            String minimal = results.containsKey("minimal") ? String.format(Locale.ROOT, "%,.0f ± %.0f", Stats.of(results.get("minimal")).mean(),
                    Stats.of(results.get("minimal")).stdev()) : "-";
            rows.add(String.format(Locale.ROOT, "| %s | %s (%d stmts) | %d | %,.0f ± %.0f | %,.0f ± %.0f | %.0f%% (%.0f%%..%.0f%%) | %s |",
                    db.kind, u.name(), captured.size(), callers, uc.mean(), uc.stdev(), fl.mean(), fl.stdev(), 100 * uc.mean() / fl.mean(),
                    100 * ratios[0], 100 * ratios[runs - 1], minimal));
        }
        return rows;
    }

    /**
     * {@code callers} threads, each changing the programmes of its own slice of the pool in
     * turn, for {@code seconds}; returns operations per second over the wall time.
     */
    private static double phase(int callers, double seconds, int slice, Action action) throws Exception {
        CyclicBarrier start = new CyclicBarrier(callers + 1);
        long[] done = new long[callers];
        AtomicBoolean exhausted = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] deadline = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    int i = 0;
                    while (System.nanoTime() < deadline[0]) {
                        if (i >= slice) {
                            exhausted.set(true);
                            break;
                        }
                        action.run(Corpus.poolId(caller * slice + i));
                        i++;
                    }
                    done[caller] = i;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "caller-" + c);
            threads.add(t);
            t.start();
        }
        deadline[0] = System.nanoTime() + (long) (seconds * 1e9);
        long begin = System.nanoTime();
        start.await();
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - begin;
        if (failure.get() != null) {
            throw new IllegalStateException("an operation failed", failure.get());
        }
        if (exhausted.get()) {
            throw new IllegalStateException("a caller used up its " + slice + " programmes; raise -Dbench.pool");
        }
        return Arrays.stream(done).sum() / (elapsed / 1e9);
    }

    /** Deletes what the last phase added, so every phase starts from the same rows. */
    private static void reset(BenchDatabase db, UseCase u) throws SQLException {
        db.execute(u.reset(), "delete from audit_entry");
        if (db.kind == BenchDatabase.Kind.H2) {
            // H2's search bitmaps: the bits and stored keys of the criteria the use case adds (SearchBitmaps), so it sets them again
            for (String criterion : u.criteria()) {
                db.execute("update programme_search_number set criteria = replace(criteria, ' " + criterion + "', '') where criteria like '% "
                        + criterion + "%'", "delete from programme_search_bits where criterion = '" + criterion + "'");
            }
        }
        if (db.kind == BenchDatabase.Kind.POSTGRES) {
            db.execute("vacuum analyze programme, programme_beneficiary, programme_contribution, audit_entry");
        }
    }

    /**
     * What a hand-written change strictly needs: the root row (status, periods, version), the
     * children it checks and appends to, a version bump, the new child row and the audit entry.
     */
    private static void minimal(DataSource ds, String id, String childSelect, String childInsert, String childValue, String action,
            String detail) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                long version;
                try (PreparedStatement ps = c.prepareStatement(
                        "select status, planned_start, planned_end, actual_start, actual_end, version from programme where id = ?")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("no programme " + id);
                        }
                        for (int k = 1; k <= 5; k++) {
                            rs.getObject(k);
                        }
                        version = rs.getLong(6);
                    }
                }
                int seq = 0;
                try (PreparedStatement ps = c.prepareStatement(childSelect)) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(1);
                            seq++;
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("update programme set version = ? where id = ? and version = ?")) {
                    ps.setLong(1, version + 1);
                    ps.setString(2, id);
                    ps.setLong(3, version);
                    if (ps.executeUpdate() != 1) {
                        throw new IllegalStateException("concurrent change of " + id);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(childInsert)) {
                    ps.setString(1, id);
                    ps.setString(2, childValue);
                    ps.setInt(3, seq);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("insert into audit_entry (occurred_at, actor, aggregate_type, aggregate_id, "
                        + "programme_id, action, detail) values (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setObject(1, NOW);
                    ps.setString(2, ACTOR);
                    ps.setString(3, "programme");
                    ps.setString(4, id);
                    ps.setString(5, id);
                    ps.setString(6, action);
                    ps.setString(7, detail);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The rows a change leaves for one programme, as text: root version, children, audit entries. */
    private static String childRows(BenchDatabase db, String id) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.connection()) {
            for (String sql : List.of("select status, planned_start, planned_end, actual_start, actual_end, period_start, period_end, version from programme where id = ?",
                    "select * from programme_beneficiary where programme_id = ? order by seq",
                    "select * from programme_contribution where programme_id = ? order by seq",
                    "select * from programme_role where programme_id = ? order by organisation_key, role",
                    "select * from programme_module where programme_id = ? order by module_number",
                    "select * from programme_sdg_target where programme_id = ? order by target",
                    "select occurred_at, actor, aggregate_type, aggregate_id, programme_id, action, detail from audit_entry "
                            + "where programme_id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int k = 1; k <= n; k++) {
                                Object v = rs.getObject(k);
                                out.append(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v)).append('|');
                            }
                            out.append(" / ");
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 150 ? sql : sql.substring(0, 110) + " ... " + sql.substring(sql.length() - 35);
    }

    private static List<String> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package org.programmeregistry.bootstrap.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;
import org.programmeregistry.adapters.iati.IatiFileGenerator;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;

/**
 * {@code programmes iati import} of a generated file (10,000 activities by default) into PostgreSQL, end to end
 * as a user runs it (the launcher, a new JVM, the schema check, the import, the exit), against its floor in the
 * same run: a new JVM that reads the file with a bare StAX loop and writes the same rows with JDBC batches in
 * one transaction ({@link ImportFloor}). Both start from the same empty, migrated database, created anew before
 * every run; they run alternately, after one warm-up run each, and the medians are compared.
 * Run by bootstrap/benchmarks/import.sh.
 *
 * <p>Arguments: the launcher, then optionally the number of activities and of runs. {@code floor <url> <file>}
 * runs the floor alone (the process the benchmark starts).
 */
public final class ProgramImportBenchmark {

    private static final String DATABASE = "programmes_import_bench";
    private static final String PG_URL = env("PROGRAMMES_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = env("PROGRAMMES_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = env("PROGRAMMES_TEST_PG_PASSWORD", "");

    private ProgramImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("floor")) {
            floor(args[1], Path.of(args[2]));
            return;
        }
        Path launcher = Path.of(args[0]);
        int activities = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path folder = Files.createTempDirectory("programmes-import-bench-");
        Path file = folder.resolve("activities.xml");
        IatiFileGenerator.importable(2026).write(file, activities);
        String url = PG_URL.replaceFirst("/[^/?]*(\\?.*)?$", "/" + DATABASE);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> program = List.of(launcher.toString(), "--db", url, "--db-user", PG_USER, "iati", "import", file.toString());
        List<String> floor = List.of(java, "-cp", classPath, ProgramImportBenchmark.class.getName(), "floor", url, file.toString());
        System.out.printf(Locale.ROOT, "ProgramImportBenchmark: %d cores, load average %s; %,d activities, %.1f MB; %d runs each, alternating%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), activities, Files.size(file) / 1e6, runs);
        run("warm-up program", program, url, folder);
        run("warm-up floor", floor, url, folder);
        List<Double> programSeconds = new ArrayList<>();
        List<Double> floorSeconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            programSeconds.add(run("program", program, url, folder));
            floorSeconds.add(run("floor", floor, url, folder));
        }
        double p = median(programSeconds);
        double f = median(floorSeconds);
        System.out.printf(Locale.ROOT, "programmes iati import: median %.2f s %s%n", p, programSeconds);
        System.out.printf(Locale.ROOT, "floor (StAX + JDBC):    median %.2f s %s%n", f, floorSeconds);
        System.out.printf(Locale.ROOT, "ratio: %.2f; load average after: %s%n", p / f, loadAverage());
        recreate(url);
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        }
        Files.delete(file);
        Files.deleteIfExists(folder.resolve("out.txt"));
        Files.delete(folder);
    }

    /** Runs one process on a new, empty database of the current schema; its wall time in seconds. */
    private static double run(String name, List<String> command, String url, Path folder) throws Exception {
        recreate(url);
        Path out = folder.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("PROGRAMMES_DB_PASSWORD", PG_PASSWORD);
        long start = System.nanoTime();
        int code = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String said = Files.readString(out).strip();
        if (code != 0) {
            throw new IllegalStateException(name + " exited with " + code + ": " + said);
        }
        System.out.printf(Locale.ROOT, "%-16s %.2f s  %s%n", name, seconds, said.lines().reduce((a, b) -> b).orElse(""));
        return seconds;
    }

    private static void recreate(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        }
        try (JooqPersistence persistence = JooqPersistence.open(url, PG_USER, PG_PASSWORD, 2)) {
            persistence.migrate();
        }
    }

    private static void floor(String url, Path file) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(PG_USER);
        dataSource.setPassword(PG_PASSWORD);
        dataSource.setReWriteBatchedInserts(true);
        int activities = new ImportFloor("benchmark", OffsetDateTime.now(ZoneOffset.UTC)).run(dataSource, file);
        System.out.println(activities + " activities written");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** As {@link BenchDatabase} reads them; not through it, which needs the persistence adapter's test classes. */
    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}

package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.adapters.iati.IatiFileGenerator;

/**
 * The program killed with SIGKILL: what it reported before dying is on disk, and an import
 * killed at any moment leaves all of its file or none of it.
 */
class KillIT {

    private static final int ACTIVITIES = 2_000;
    private static final int KILLS = 10;

    @TempDir
    static Path folder;

    private static Path file;

    @BeforeAll
    static void generateFile() {
        file = folder.resolve("activities.xml");
        IatiFileGenerator.importable(7).write(file, ACTIVITIES);
    }

    @Test
    @DisplayName("200 commands each killed right after their success line: every reported change is found (H2 writes at commit)")
    void whatACommandReportsIsOnDisk() throws Exception {
        Map<String, String> env = Map.of("PROGRAMMES_HOME", folder.resolve("reported").toString());
        int commands = 200;
        for (int i = 0; i < commands; i++) {
            String id = "KILLED-" + i;
            Process process = ProgrammesProcess.startJar(env, "programme", "register", id, "--title", "Reported before the kill " + i,
                    "--planned-start", "2020-01-01");
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as(id).isEqualTo("registered programme " + id);
                process.destroyForcibly();
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        ProgrammesProcess.Result list = ProgrammesProcess.runJar(env, "programme", "list", "--limit", "1000", "--format", "csv");
        assertThat(list.code()).as(list.err()).isZero();
        for (int i = 0; i < commands; i++) {
            assertThat(list.out()).contains("KILLED-" + i + ",");
        }
    }

    @Test
    @DisplayName("an import into H2 killed at 10 moments: each time all activities or none, no organisation, no audit entry")
    void importKilledOnH2() throws Exception {
        killImports(trial -> {
            Path home = folder.resolve("h2-" + trial);
            return new Store(Map.of("PROGRAMMES_HOME", home.toString()),
                    () -> DriverManager.getConnection("jdbc:h2:file:" + home.resolve("registry") + ";TRACE_LEVEL_FILE=0", "sa", ""));
        });
    }

    @Test
    @DisplayName("an import into PostgreSQL killed at 10 moments: each time all activities or none, no organisation, no audit entry")
    void importKilledOnPostgres() throws Exception {
        List<String> schemas = new ArrayList<>();
        try {
            killImports(trial -> {
                String schema = EndToEndPostgres.createSchema("kill" + trial);
                schemas.add(schema);
                return new Store(EndToEndPostgres.env(schema), () -> {
                    Connection c = EndToEndPostgres.connection();
                    c.setSchema(schema);
                    return c;
                });
            });
        } finally {
            schemas.forEach(EndToEndPostgres::dropSchema);
        }
    }

    private interface Opener {
        Connection open() throws SQLException;
    }

    private record Store(Map<String, String> env, Opener database) {
    }

    private interface Stores {
        Store fresh(int trial) throws Exception;
    }

    private void killImports(Stores stores) throws Exception {
        Store timed = stores.fresh(0);
        assertThat(ProgrammesProcess.runJar(timed.env(), "organisation", "list").code()).isZero();
        long started = System.nanoTime();
        ProgrammesProcess.Result whole = ProgrammesProcess.runJar(timed.env(), "iati", "import", file.toString());
        long duration = System.nanoTime() - started;
        assertThat(whole.code()).as(whole.err()).isZero();
        assertThat(counts(timed).programmes()).isEqualTo(ACTIVITIES);

        int none = 0;
        int all = 0;
        for (int trial = 1; trial <= KILLS; trial++) {
            Store store = stores.fresh(trial);
            // the schema exists before the import starts: the kill is to hit the import, not the first migration
            assertThat(ProgrammesProcess.runJar(store.env(), "organisation", "list").code()).isZero();
            Process importing = ProgrammesProcess.startJar(store.env(), "iati", "import", file.toString());
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(duration * trial / (KILLS + 1)));
            importing.destroyForcibly();
            assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();

            Counts after = counts(store);
            if (after.programmes() == 0) {
                assertThat(after).as("trial %d", trial).isEqualTo(new Counts(0, 0, 0));
                none++;
            } else {
                assertThat(after.programmes()).as("trial %d", trial).isEqualTo(ACTIVITIES);
                assertThat(after.organisations()).isPositive();
                assertThat(after.auditEntries()).isGreaterThanOrEqualTo(ACTIVITIES);
                all++;
            }
        }
        assertThat(none + all).isEqualTo(KILLS);
        assertThat(none).as("kills that hit the import before its commit").isPositive();
    }

    private record Counts(long programmes, long organisations, long auditEntries) {
    }

    private static Counts counts(Store store) throws SQLException {
        try (Connection c = store.database().open(); Statement s = c.createStatement()) {
            return new Counts(count(s, "programme"), count(s, "organisation"), count(s, "audit_entry"));
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.adapters.iati.IatiFileGenerator;

/** Several programmes processes on one embedded home: they wait for each other, and the home stays private. */
class EmbeddedHomeIT {

    private static final String WAITING = "waiting for another programmes process to finish...";

    @TempDir
    Path folder;

    private Map<String, String> env(Path home) {
        return Map.of("PROGRAMMES_HOME", home.toString());
    }

    @Test
    @DisplayName("while an import holds the embedded database, list, show and register in other processes wait and succeed")
    void otherCommandsWaitForAnImport() throws Exception {
        Path home = folder.resolve("home");
        assertThat(ProgrammesProcess.runJar(env(home), "examples", "load").code()).isZero();
        Path file = folder.resolve("activities.xml");
        int activities = 3_000;
        IatiFileGenerator.importable(12).write(file, activities);

        Process importing = ProgrammesProcess.startJar(env(home), "iati", "import", file.toString());
        awaitHeld(home.resolve("registry.lock"), importing);
        List<Process> others = new ArrayList<>();
        others.add(ProgrammesProcess.startJar(env(home), "programme", "list", "--wait", "300"));
        others.add(ProgrammesProcess.startJar(env(home), "programme", "show", "IOM-HU-IBM-2009", "--wait", "300"));
        others.add(ProgrammesProcess.startJar(env(home), "programme", "register", "WAITED-1", "--title", "Registered while importing",
                "--planned-start", "2020-01-01", "--wait", "300"));

        assertThat(importing.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(importing.exitValue()).as(text(importing.getErrorStream())).isZero();
        assertThat(text(importing.getInputStream())).contains(activities + " created");
        List<String> errs = new ArrayList<>();
        for (Process other : others) {
            assertThat(other.waitFor(300, TimeUnit.SECONDS)).isTrue();
            String err = text(other.getErrorStream());
            assertThat(other.exitValue()).as(err).isZero();
            assertThat(err).isIn("", WAITING + "\n");
            errs.add(err);
        }
        assertThat(errs).as("the commands started while the import held the home").contains(WAITING + "\n");
        // --count: above 200 matches the list otherwise gives an estimate ("of about ...")
        assertThat(ProgrammesProcess.runJar(env(home), "programme", "list", "--limit", "1", "--count").out())
                .contains(String.format(Locale.ROOT, "of %,d programme(s)", 2 + activities + 1)); // the text output groups digits
    }

    @Test
    @DisplayName("a process that waits past --wait exits 75 with one line, never with H2's text")
    void waitingHasALimit() throws Exception {
        Path home = folder.resolve("held");
        assertThat(ProgrammesProcess.runJar(env(home), "organisation", "list").code()).isZero();
        try (FileChannel channel = FileChannel.open(home.resolve("registry.lock"), StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            ProgrammesProcess.Result waited = ProgrammesProcess.runJar(env(home), "programme", "list", "--wait", "1");

            assertThat(waited.code()).isEqualTo(75);
            assertThat(waited.err().lines().toList()).hasSize(2);
            assertThat(waited.err()).startsWith(WAITING + "\nerror: another programmes process has held the registry")
                    .contains("--wait SECONDS").doesNotContain("Database may be already in use");
            assertThat(waited.out()).isEmpty();
        }
    }

    @Test
    @DisplayName("the data folder is private (0700) and its files too (0600); H2 leaves no trace file")
    void theHomeIsPrivate() throws Exception {
        Path home = folder.resolve("private");
        assertThat(ProgrammesProcess.runJar(env(home), "examples", "load").code()).isZero();
        assertThat(ProgrammesProcess.runJar(env(home), "programme", "beneficiary", "IOM-HU-IBM-2009", "--add", "AL").code()).isEqualTo(65);
        assertThat(ProgrammesProcess.runJar(env(home), "programme", "list").code()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(home)) {
            List<Path> all = files.toList();
            assertThat(all).extracting(f -> f.getFileName().toString()).contains("registry.mv.db")
                    .noneMatch(name -> name.endsWith(".trace.db"));
            assertThat(all).allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .as(f.toString()).isEqualTo("rw-------"));
        }
    }

    /** Waits until {@code process} holds the lock file, as another programmes process would find it. */
    private static void awaitHeld(Path lockFile, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(lockFile)) {
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                    FileLock probe = channel.tryLock();
                    if (probe == null) {
                        return;
                    }
                    probe.release();
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the import never held the embedded home");
    }

    private static String text(java.io.InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}

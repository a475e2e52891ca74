package org.programmeregistry.bootstrap.endtoend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged program, or the repository's launcher, as a separate process. */
final class ProgrammesProcess {

    record Result(int code, String out, String err) {
    }

    private ProgrammesProcess() {
    }

    static Path jar() {
        return Path.of(System.getProperty("programmes.jar", "target/programmes.jar"));
    }

    static Path launcher() {
        return Path.of(System.getProperty("programmes.launcher", "../programmes"));
    }

    static Result runJar(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return run(jarCommand(args), environment);
    }

    static Result runLauncher(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher().toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    /** The packaged program started in the background; the caller reads, waits for or kills it. */
    static Process startJar(Map<String, String> environment, String... args) throws IOException {
        return builder(jarCommand(args), environment).start();
    }

    /** The packaged program with the launcher's settings for a short command: C1 only, the serial collector, the CDS archive. */
    private static List<String> jarCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        Path archive = jar().resolveSibling("programmes.jsa");
        if (Files.exists(archive)) {
            command.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static ProcessBuilder builder(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("PROGRAMMES_DB");
        builder.environment().remove("PROGRAMMES_HOME");
        builder.environment().putAll(environment);
        return builder;
    }

    private static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = Files.createTempFile("programmes-out", ".txt");
        Path err = Files.createTempFile("programmes-err", ".txt");
        try {
            Process process = builder(command, environment).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}

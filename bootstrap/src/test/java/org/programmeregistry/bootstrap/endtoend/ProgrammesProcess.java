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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar().toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    static Result runLauncher(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher().toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    private static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = Files.createTempFile("programmes-out", ".txt");
        Path err = Files.createTempFile("programmes-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().remove("PROGRAMMES_DB");
            builder.environment().remove("PROGRAMMES_HOME");
            builder.environment().putAll(environment);
            Process process = builder.start();
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

package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code programmes completion}: a bash completion script for the whole command tree. */
class CompletionCommandTest {

    private final Cli cli = new Cli(options -> {
        throw new AssertionError("the completion script needs no registry");
    });

    @TempDir
    Path folder;

    @Test
    @DisplayName("completion prints a script that completes every command, without opening the registry")
    void script() {
        String script = cli.ok("completion");
        assertThat(script)
                .contains("complete -F _complete_programmes")
                .contains("_picocli_programmes_programme()", "_picocli_programmes_event()", "_picocli_programmes_programme_register()",
                        "_picocli_programmes_iati_export()")
                .contains("--planned-start", "--skip-invalid")
                .contains("CONSULTATION_EVENT");
    }

    @Test
    @DisplayName("bash accepts the script (bash -n) and, sourced, completes 'programmes ev' to 'event'")
    void bashAcceptsIt() throws Exception {
        Optional<Path> bash = bash();
        assumeTrue(bash.isPresent(), "bash is not installed here: the completion script's syntax is not checked");
        Path script = folder.resolve("programmes-completion.bash");
        Files.writeString(script, cli.ok("completion"), StandardCharsets.UTF_8);

        Result syntax = run(bash.get().toString(), "-n", script.toString());
        assertThat(syntax.code()).as("bash -n: %s", syntax.output()).isZero();
        assertThat(syntax.output()).isEmpty();

        Result completed = run(bash.get().toString(), "-c", "source \"$1\" && complete -p programmes && "
                + "COMP_WORDS=(programmes ev) COMP_CWORD=1 COMP_LINE='programmes ev' COMP_POINT=13 && "
                + "_complete_programmes programmes ev programmes 2>/dev/null; printf 'reply:%s\\n' \"${COMPREPLY[@]}\"",
                "completion-test", script.toString());
        assertThat(completed.code()).as("sourcing: %s", completed.output()).isZero();
        assertThat(completed.output()).contains("complete -o default -F _complete_programmes programmes").contains("reply:event");
    }

    private static Optional<Path> bash() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(dir -> Path.of(dir, "bash")).filter(Files::isExecutable).findFirst();
    }

    private record Result(int code, String output) {
    }

    private Result run(String... command) throws IOException, InterruptedException {
        Path output = folder.resolve("bash-output.txt");
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bash did not finish within 60 s: " + List.of(command));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}

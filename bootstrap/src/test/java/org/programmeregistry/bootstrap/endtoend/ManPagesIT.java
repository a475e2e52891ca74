package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.adapters.cli.CommandFactory;
import org.programmeregistry.adapters.cli.ProgrammesCommand;
import picocli.CommandLine;

/** The man pages that 'package' generates next to programmes.jar, and the completion script of the packaged program. */
class ManPagesIT {

    private static Path target() {
        return ProgrammesProcess.jar().toAbsolutePath().getParent();
    }

    private static Path manPages() {
        return target().resolve("man").resolve("man1");
    }

    @Test
    @DisplayName("package writes a troff man page for programmes and for every command under it")
    void onePagePerCommand() throws Exception {
        List<String> expected = new ArrayList<>();
        commands(new CommandLine(ProgrammesCommand.class, new CommandFactory()), expected);
        assertThat(expected).contains("programmes", "programmes-programme", "programmes-programme-register", "programmes-event-schedule",
                "programmes-completion");
        try (Stream<Path> pages = Files.list(manPages())) {
            assertThat(pages.map(p -> p.getFileName().toString())).containsAll(expected.stream().map(name -> name + ".1").toList());
        }

        String top = Files.readString(manPages().resolve("programmes.1"), StandardCharsets.UTF_8);
        assertThat(top).contains(".TH \"PROGRAMMES\" \"1\"").contains("completion");
        String register = Files.readString(manPages().resolve("programmes-programme-register.1"), StandardCharsets.UTF_8);
        assertThat(register).contains(".TH \"PROGRAMMES\\-PROGRAMME\\-REGISTER\" \"1\"")
                .contains("\\-\\-planned\\-start")
                .contains("YYYY\\-MM\\-DD");
    }

    private static void commands(CommandLine command, List<String> names) {
        if (!command.getCommandSpec().usageMessage().hidden()) {
            names.add(command.getCommandSpec().qualifiedName("-"));
        }
        command.getSubcommands().values().stream().distinct().forEach(sub -> commands(sub, names));
    }

    @Test
    @DisplayName("man -l renders a page with its options and formats, where man is installed")
    void manRendersIt(@TempDir Path folder) throws Exception {
        Path man = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).map(dir -> Path.of(dir, "man"))
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(man != null, "man is not installed here: the pages are not rendered");
        Path out = folder.resolve("man.txt");
        ProcessBuilder builder = new ProcessBuilder(man.toString(), "-l", manPages().resolve("programmes-event-schedule.1").toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(Map.of("MANPAGER", "cat", "PAGER", "cat", "MANWIDTH", "100"));
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(page).isZero();
        assertThat(page).contains("programmes event schedule", "--city=<city>", "--start=<date>", "YYYY-MM-DD", "CONSULTATION_EVENT");
    }

    @Test
    @DisplayName("picocli-codegen builds the pages but is no part of the program: not in lib/, not in the jar's Class-Path")
    void codegenNotShipped() throws Exception {
        try (Stream<Path> lib = Files.list(target().resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("picocli-4"))
                    .noneMatch(name -> name.startsWith("picocli-codegen"));
        }
        try (JarFile jar = new JarFile(ProgrammesProcess.jar().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Class-Path")).contains("picocli-").doesNotContain("codegen");
        }
    }

    @Test
    @DisplayName("the packaged program prints its completion script without touching a database")
    void completion(@TempDir Path home) throws Exception {
        ProgrammesProcess.Result result = ProgrammesProcess.runJar(Map.of("PROGRAMMES_HOME", home.toString()), "completion");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("complete -F _complete_programmes", "_picocli_programmes_programme()");
        assertThat(result.err()).isEmpty();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).as("no database created").isEmpty();
        }
    }
}

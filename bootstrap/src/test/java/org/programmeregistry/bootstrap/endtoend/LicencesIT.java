package org.programmeregistry.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every third-party jar the packaged program ships is named in NOTICE, with a licence that allows redistribution. */
class LicencesIT {

    private static final Pattern VERSIONED_JAR = Pattern.compile("(.+?)-\\d[^-]*(?:\\.(?:Final|RELEASE))?\\.jar");
    private static final List<String> ALLOWED = List.of("Apache-2.0", "MIT", "MIT-0 / CC0", "MPL-2.0 or EPL-1.0", "BSD-2-Clause");

    @Test
    @DisplayName("each library in lib/ is listed in NOTICE under an allowed licence")
    void everyShippedLibraryHasAnAllowedLicence() throws IOException {
        String notice = Files.readString(Path.of("..", "NOTICE"));
        List<String> libraries;
        try (Stream<Path> jars = Files.list(ProgrammesProcess.jar().toAbsolutePath().getParent().resolve("lib"))) {
            libraries = jars.map(jar -> jar.getFileName().toString())
                    .filter(name -> !name.startsWith("programme-registry-"))
                    .map(LicencesIT::artifact)
                    .sorted()
                    .toList();
        }

        assertThat(libraries).contains("jooq", "picocli", "h2");
        assertThat(libraries).allSatisfy(library -> {
            Matcher row = Pattern.compile("^\\| " + Pattern.quote(library) + " \\| (.+) \\|$", Pattern.MULTILINE).matcher(notice);
            assertThat(row.find()).as("%s is listed in NOTICE", library).isTrue();
            assertThat(ALLOWED).as("the licence of %s", library).contains(row.group(1));
        });
    }

    private static String artifact(String jar) {
        Matcher m = VERSIONED_JAR.matcher(jar);
        return m.matches() ? m.group(1) : jar;
    }
}

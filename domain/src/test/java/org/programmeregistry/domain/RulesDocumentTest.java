package org.programmeregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md and {@link Rule} say the same: every rule, and only those, with the same
 * sentence; every domain method the table names exists; every test class it names exists.
 */
class RulesDocumentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z][0-9]+) \\| (.+?) \\| (.+?) \\| (.+?) \\|$");
    private static final Pattern METHOD = Pattern.compile("`([A-Z][A-Za-z]+)\\.([a-z][A-Za-z]+)`");
    private static final List<String> DOMAIN_PACKAGES = List.of("", ".programme", ".event", ".organisation", ".territory");

    private record Row(String sentence, String enforcedBy, String shownBy) {
    }

    private static Map<String, Row> rows() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/rules.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                assertThat(rows.put(row.group(1), new Row(row.group(2), row.group(3), row.group(4)))).as("row %s twice", row.group(1))
                        .isNull();
            }
        }
        return rows;
    }

    @Test
    @DisplayName("docs/rules.md lists every rule of the Rule enum, in its order, with the enum's sentence")
    void documentAndEnumAgree() throws IOException {
        Map<String, Row> rows = rows();
        assertThat(rows.keySet()).containsExactlyElementsOf(Arrays.stream(Rule.values()).map(Rule::name).toList());
        for (Rule rule : Rule.values()) {
            assertThat(rows.get(rule.name()).sentence()).as(rule.name()).isEqualTo(rule.statement());
        }
    }

    @Test
    @DisplayName("every domain method docs/rules.md names as enforcing a rule exists")
    void enforcingMethodsExist() throws IOException {
        for (Map.Entry<String, Row> row : rows().entrySet()) {
            Matcher method = METHOD.matcher(row.getValue().enforcedBy());
            while (method.find()) {
                Optional<Class<?>> type = domainClass(method.group(1));
                if (type.isEmpty()) {
                    continue; // an application service: the registry's rules
                }
                String name = method.group(2);
                assertThat(Arrays.stream(type.get().getDeclaredMethods()).anyMatch(m -> m.getName().equals(name)))
                        .as("%s: %s.%s", row.getKey(), method.group(1), name).isTrue();
            }
        }
    }

    @Test
    @DisplayName("every test class docs/rules.md names as showing a rule exists in the repository")
    void showingTestsExist() throws IOException {
        Set<String> named = rows().values().stream().flatMap(r -> Arrays.stream(r.shownBy().split(",\\s*"))).collect(Collectors.toSet());
        Set<String> existing;
        try (Stream<Path> files = Files.walk(ROOT)) {
            existing = files.filter(p -> p.toString().contains("src" + java.io.File.separator + "test"))
                    .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).collect(Collectors.toSet());
        }
        assertThat(existing).containsAll(named);
    }

    private static Optional<Class<?>> domainClass(String simpleName) {
        for (String suffix : DOMAIN_PACKAGES) {
            try {
                return Optional.of(Class.forName("org.programmeregistry.domain" + suffix + "." + simpleName));
            } catch (ClassNotFoundException notHere) {
                // try the next package
            }
        }
        return Optional.empty();
    }
}

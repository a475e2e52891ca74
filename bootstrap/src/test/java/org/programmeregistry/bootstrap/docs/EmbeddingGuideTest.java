package org.programmeregistry.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedding guide quotes only code that compiles: every Java block in it stands, line for
 * line (indentation aside), in the example project docs/examples/embedding, which .ci/run
 * builds, tests and runs against the installed artifacts.
 */
class EmbeddingGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "embedding-guide.md");
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "embedding", "src");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheGuideIsQuotedFromTheExampleProject() throws IOException {
        String example;
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            example = files.filter(f -> f.toString().endsWith(".java")).sorted().map(EmbeddingGuideTest::read)
                    .map(EmbeddingGuideTest::unindented).collect(Collectors.joining("\n"));
        }
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(Files.readString(GUIDE));
        while (m.find()) {
            blocks.add(unindented(m.group(1)).strip());
        }

        assertThat(blocks).as("Java blocks in the guide").hasSizeGreaterThanOrEqualTo(3);
        assertThat(blocks).allSatisfy(block -> assertThat(example).as("the example project").contains(block));
    }

    private static String unindented(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining("\n"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.programmeregistry.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.adapters.cli.ProgrammesCommand;

/**
 * The documentation's command examples run as written and print what the text shows.
 *
 * <p>Every {@code ./programmes} command in the fenced {@code sh} and console blocks of README.md,
 * docs/user-guide.md and docs/examples/README.md, and in their inline code spans, runs in the
 * order of its document, in-process through the real command line and wiring ({@link ProgrammesCommand}
 * over {@link CommandLineRegistry}) on a fresh embedded H2 home per document. What the text says is checked:
 *
 * <ul>
 *   <li>a command exits 0, unless its comment says {@code # exit N};</li>
 *   <li>in a console block, the lines after {@code $ ./programmes ...} are its output (standard output, then
 *       standard error), and a shown {@code error:} line means it must fail; {@code ...} stands for any text
 *       within a line, or for any lines on a line of its own;</li>
 *   <li>an untagged or {@code text} block right after an {@code sh} block is the output of that block's last
 *       command.</li>
 * </ul>
 *
 * <p>Commands that cannot run here (a PostgreSQL password, Maven builds, man pages) say so with the visible
 * marker {@code # not run: <reason>}, on their line or as the first line of their block, which then holds
 * for the whole block. Besides {@code ./programmes}, the blocks may use {@code mkdir -p}, {@code > file},
 * {@code source <(./programmes ...)} and {@code export PROGRAMMES_HOME=<dir>} (a new home); paths are
 * relative to a scratch folder, {@code ~} is a scratch home, and {@code docs/examples} holds a copy of the
 * example files. Anything else fails the test until it is marked.
 */
class DocumentedExamplesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    private static final Pattern INLINE = Pattern.compile("`((?:source <\\()?\\./programmes [^`]+)`");
    private static final String NOT_RUN = "not run:";

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandRunsAndPrintsWhatTheTextShows() {
        return Stream.of("README.md", "docs/user-guide.md", "docs/examples/README.md")
                .map(document -> DynamicTest.dynamicTest(document, () -> runDocument(document)));
    }

    private void runDocument(String document) throws IOException {
        Path work = Files.createDirectories(scratch.resolve(document.replace('/', '_')));
        Files.createDirectories(work.resolve("docs/examples"));
        try (Stream<Path> examples = Files.list(ROOT.resolve("docs/examples"))) {
            for (Path file : examples.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, work.resolve("docs/examples").resolve(file.getFileName()));
            }
        }
        Session session = new Session(document, work);
        List<Example> examples = examples(document, Files.readAllLines(ROOT.resolve(document)));
        assertThat(examples).as("command examples in %s", document).isNotEmpty();
        for (Example example : examples) {
            session.run(example);
        }
        assertThat(session.failures).as("examples of %s that do not do what the text says", document).isEmpty();
        assertThat(session.ran).as("commands run from %s", document).isPositive();
    }

    /** A shell line of the documentation, what it must print (null: not checked) and how it must end. */
    record Example(int line, String shell, String expectedOutput, Integer expectedExit, String notRun) {
    }

    static List<Example> examples(String document, List<String> lines) {
        List<Example> examples = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                Matcher inline = INLINE.matcher(lines.get(i));
                while (inline.find()) {
                    examples.add(new Example(i + 1, inline.group(1), null, null, null));
                }
                i++;
                continue;
            }
            String info = fence.group(1);
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            List<String> block = lines.subList(start, end);
            i = end + 1;
            if (info.equals("sh")) {
                List<Example> commands = shellBlock(block, start + 1);
                // an output block right after: the output of the last command
                int next = i;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                Matcher output = next < lines.size() ? FENCE.matcher(lines.get(next)) : null;
                if (output != null && output.matches() && (output.group(1).isEmpty() || output.group(1).equals("text")) && !commands.isEmpty()) {
                    int outEnd = next + 1;
                    while (outEnd < lines.size() && !lines.get(outEnd).startsWith("```")) {
                        outEnd++;
                    }
                    Example last = commands.remove(commands.size() - 1);
                    commands.add(new Example(last.line(), last.shell(), String.join("\n", lines.subList(next + 1, outEnd)), last.expectedExit(),
                            last.notRun()));
                    i = outEnd + 1;
                }
                examples.addAll(commands);
            } else if ((info.isEmpty() || info.equals("console")) && block.stream().anyMatch(l -> l.startsWith("$ "))) {
                examples.addAll(consoleBlock(block, start + 1));
            }
        }
        return examples;
    }

    private static List<Example> shellBlock(List<String> block, int firstLine) {
        List<Example> commands = new ArrayList<>();
        String blockNotRun = null;
        StringBuilder logical = new StringBuilder();
        int logicalStart = firstLine;
        for (int k = 0; k < block.size(); k++) {
            String line = block.get(k);
            if (logical.isEmpty()) {
                logicalStart = firstLine + k;
            }
            if (line.endsWith("\\")) {
                logical.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            logical.append(line);
            String text = logical.toString();
            logical.setLength(0);
            String[] split = splitComment(text);
            String command = split[0].strip();
            String comment = split[1];
            if (command.isEmpty()) {
                if (comment != null && comment.startsWith(NOT_RUN) && commands.isEmpty()) {
                    blockNotRun = comment.substring(NOT_RUN.length()).strip();
                }
                continue;
            }
            String notRun = blockNotRun != null ? blockNotRun
                    : comment != null && comment.startsWith(NOT_RUN) ? comment.substring(NOT_RUN.length()).strip() : null;
            commands.add(new Example(logicalStart, command, null, exitOf(comment), notRun));
        }
        return commands;
    }

    private static List<Example> consoleBlock(List<String> block, int firstLine) {
        List<Example> commands = new ArrayList<>();
        int k = 0;
        while (k < block.size()) {
            if (!block.get(k).startsWith("$ ")) {
                k++;
                continue;
            }
            int line = firstLine + k;
            StringBuilder shell = new StringBuilder(block.get(k).substring(2));
            while (shell.toString().endsWith("\\") && k + 1 < block.size()) {
                shell.setLength(shell.length() - 1);
                shell.append(' ').append(block.get(++k));
            }
            k++;
            List<String> output = new ArrayList<>();
            while (k < block.size() && !block.get(k).startsWith("$ ")) {
                output.add(block.get(k++));
            }
            String[] split = splitComment(shell.toString());
            Integer exit = exitOf(split[1]);
            if (exit == null && output.stream().noneMatch(l -> l.startsWith("error:"))) {
                exit = 0;
            }
            String notRun = split[1] != null && split[1].startsWith(NOT_RUN) ? split[1].substring(NOT_RUN.length()).strip() : null;
            commands.add(new Example(line, split[0].strip(), String.join("\n", output), exit == null ? -1 : exit, notRun));
        }
        return commands;
    }

    /** The command and its comment (after a {@code #} outside quotes that starts a word), or null. */
    private static String[] splitComment(String text) {
        char quote = 0;
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '#' && (c == 0 || Character.isWhitespace(text.charAt(c - 1)))) {
                return new String[] {text.substring(0, c), text.substring(c + 1).strip()};
            }
        }
        return new String[] {text, null};
    }

    private static Integer exitOf(String comment) {
        if (comment == null) {
            return null;
        }
        Matcher m = Pattern.compile("^exit (\\d+)").matcher(comment);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** One document's run: its scratch folder, the home its commands use, what failed. */
    static final class Session {
        final String document;
        final Path work;
        Path home;
        final List<String> failures = new ArrayList<>();
        int ran;

        Session(String document, Path work) {
            this.document = document;
            this.work = work;
            this.home = work.resolve("home");
        }

        void run(Example example) throws IOException {
            if (example.notRun() != null) {
                return;
            }
            List<List<String>> segments = segments(example.shell());
            for (int s = 0; s < segments.size(); s++) {
                boolean last = s == segments.size() - 1;
                if (!runSegment(example, segments.get(s), last)) {
                    return;
                }
            }
        }

        private boolean runSegment(Example example, List<String> words, boolean last) throws IOException {
            String where = document + ":" + example.line() + " `" + String.join(" ", words) + "`";
            if (words.size() >= 2 && words.get(0).equals("mkdir") && words.get(1).equals("-p")) {
                for (String dir : words.subList(2, words.size())) {
                    Files.createDirectories(path(dir));
                }
                return true;
            }
            if (words.size() == 2 && words.get(0).equals("export") && words.get(1).startsWith("PROGRAMMES_HOME=")) {
                home = path(words.get(1).substring("PROGRAMMES_HOME=".length()));
                return true;
            }
            boolean sourced = words.size() >= 2 && words.get(0).equals("source") && words.get(1).startsWith("<(");
            if (sourced) {
                List<String> inner = new ArrayList<>(words.subList(1, words.size()));
                inner.set(0, inner.get(0).substring(2));
                String lastWord = inner.get(inner.size() - 1);
                inner.set(inner.size() - 1, lastWord.substring(0, lastWord.length() - 1));
                words = inner;
            }
            if (words.isEmpty() || !words.get(0).equals("./programmes")) {
                failures.add(where + ": not a command the documentation test runs; mark it '# not run: <reason>'");
                return false;
            }
            List<String> args = new ArrayList<>(words.subList(1, words.size()));
            Path redirect = null;
            int arrow = args.indexOf(">");
            if (arrow >= 0) {
                redirect = path(args.get(arrow + 1));
                args = new ArrayList<>(args.subList(0, arrow));
            }
            for (int a = 0; a < args.size(); a++) {
                String arg = args.get(a);
                if (arg.contains("...") || arg.startsWith("[")) {
                    failures.add(where + ": '" + arg + "' is elided or optional; write the example as it runs or mark it '# not run: <reason>'");
                    return false;
                }
                if ((arg.equals("--output") || arg.equals("--from")) && a + 1 < args.size()) {
                    args.set(a + 1, path(args.get(a + 1)).toString());
                }
                if (a == 1 && args.get(0).equals("iati") && arg.equals("import") && a + 1 < args.size()) {
                    args.set(a + 1, path(args.get(a + 1)).toString());
                }
            }
            List<String> line = new ArrayList<>(List.of("--home", home.toString()));
            line.addAll(args);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try (CommandLineRegistry registry = new CommandLineRegistry()) {
                code = ProgrammesCommand.run(registry, new PrintWriter(out), new PrintWriter(err), line.toArray(String[]::new));
            } catch (Exception e) {
                failures.add(where + ": the program failed to close: " + e);
                return false;
            }
            ran++;
            if (redirect != null) {
                Files.createDirectories(redirect.toAbsolutePath().getParent());
                Files.writeString(redirect, out.toString());
            }
            int expectedExit = last && example.expectedExit() != null ? example.expectedExit() : 0;
            boolean exitOk = expectedExit == -1 ? code != 0 : code == expectedExit;
            if (!exitOk) {
                failures.add(where + ": exit " + code + ", the text says " + (expectedExit == -1 ? "it fails" : expectedExit) + "\n"
                        + out + err);
                return false;
            }
            if (last && example.expectedOutput() != null) {
                String actual = trimmed(redirect == null ? out + err.toString() : err.toString());
                if (!matches(example.expectedOutput(), actual)) {
                    failures.add(where + ": prints\n" + actual + "\n--- where the text shows ---\n" + trimmed(example.expectedOutput()));
                }
            }
            return code == 0;
        }

        private Path path(String text) {
            if (text.startsWith("~/")) {
                return work.resolve("~").resolve(text.substring(2));
            }
            Path path = Path.of(text);
            return path.isAbsolute() ? path : work.resolve(path);
        }
    }

    /** The line split at {@code &&} and {@code ;} outside quotes, each part into words as a shell would, quotes removed. */
    static List<List<String>> segments(String shell) {
        List<List<String>> segments = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int c = 0; c < shell.length(); c++) {
            char ch = shell.charAt(c);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else if (ch == '\\' && quote == '"' && c + 1 < shell.length() && "\"\\$`".indexOf(shell.charAt(c + 1)) >= 0) {
                    word.append(shell.charAt(++c));
                } else {
                    word.append(ch);
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
                inWord = true;
            } else if (Character.isWhitespace(ch) || ch == ';' || (ch == '&' && c + 1 < shell.length() && shell.charAt(c + 1) == '&')) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                if (ch == ';' || ch == '&') {
                    if (ch == '&') {
                        c++;
                    }
                    if (!words.isEmpty()) {
                        segments.add(words);
                    }
                    words = new ArrayList<>();
                }
            } else {
                word.append(ch);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            segments.add(words);
        }
        return segments;
    }

    private static String trimmed(String text) {
        return text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").stripTrailing();
    }

    /** {@code ...} within a line stands for any text, on a line of its own for any lines. */
    static boolean matches(String expected, String actual) {
        List<String> parts = new ArrayList<>();
        for (String line : trimmed(expected).split("\n", -1)) {
            if (line.strip().equals("...")) {
                parts.add("(?s:.*)");
            } else {
                List<String> pieces = new ArrayList<>();
                for (String piece : line.split("\\.\\.\\.", -1)) {
                    pieces.add(piece.isEmpty() ? "" : Pattern.quote(piece));
                }
                parts.add(String.join(".*", pieces));
            }
        }
        return Pattern.compile(String.join("\n", parts)).matcher(actual).matches();
    }
}

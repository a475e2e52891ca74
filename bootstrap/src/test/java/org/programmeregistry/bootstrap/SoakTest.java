package org.programmeregistry.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.adapters.cli.ProgrammesCommand;

/**
 * 2,000 mixed commands in sequence against one embedded home, each opening and closing the
 * database as a process of its own would. After each, what it reported is read back by another
 * command; half-way and at the end, everything reported so far is.
 * The mix is seeded (soak.seed) so that a failure can be replayed.
 */
class SoakTest {

    private static final int COMMANDS = 2_000;
    private static final List<String> TERRITORIES = List.of("AL", "BA", "HR", "MK", "ME", "RS");
    /** Their names during 2020-2024, as a fact sheet shows them. */
    private static final Map<String, String> NAMES = Map.of("AL", "Albania", "BA", "Bosnia and Herzegovina", "HR", "Croatia",
            "MK", "North Macedonia", "ME", "Montenegro", "RS", "Serbia");

    @TempDir
    Path home;

    private record Run(int code, String out, String err) {
    }

    /** What the commands reported so far, and how to see each fact again. */
    private record Fact(List<String> command, String shownBy, String expected) {
    }

    @Test
    @DisplayName("2,000 mixed commands on one embedded home: nothing reported is ever lost")
    void nothingReportedIsLost() {
        long seed = Long.getLong("soak.seed", 20261129L);
        Random random = new Random(seed);
        assertThat(run("examples", "load").code()).isZero();
        List<String> programmes = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        int events = 0;
        for (int step = 0; step < COMMANDS; step++) {
            int choice = programmes.isEmpty() ? 0 : random.nextInt(7);
            String programme = programmes.isEmpty() ? null : programmes.get(random.nextInt(programmes.size()));
            String territory = TERRITORIES.get(random.nextInt(TERRITORIES.size()));
            Fact fact = switch (choice) {
                case 0 -> {
                    String id = "SOAK-" + programmes.size();
                    programmes.add(id);
                    yield new Fact(List.of("programme", "register", id, "--title", "Soak programme " + id, "--planned-start", "2020-01-01",
                            "--planned-end", "2024-12-31"), "programme show " + id, "Soak programme " + id);
                }
                case 1 -> new Fact(List.of("programme", "beneficiary", programme, "--add", territory), "programme show " + programme,
                        NAMES.get(territory));
                case 2 -> new Fact(List.of("programme", "fund", programme, "--donor", "EC", "--instrument", "Soak " + step),
                        "programme show " + programme, "Soak " + step);
                case 3 -> {
                    events++;
                    yield new Fact(List.of("event", "schedule", programme, "--title", "Soak event " + step, "--city", "Vienna",
                            "--territory", "AT", "--start", "2021-03-0" + (1 + random.nextInt(9))), "event list " + programme,
                            "Soak event " + step);
                }
                case 4 -> new Fact(List.of("event", "delegation", programme, "1", "--territory", territory, "--name", "Head " + step,
                        "--position", "Head of delegation"), "event show " + programme + " 1", "Head " + step);
                case 5 -> new Fact(List.of("event", "participant", programme, "1", "--territory", territory, "--name", "Member " + step),
                        "event show " + programme + " 1", "Member " + step);
                default -> new Fact(List.of("programme", "list", "--limit", "1000"), null, null);
            };
            Run result = run(fact.command().toArray(String[]::new));
            // a refusal (say, a delegation for a territory that is not a beneficiary) reports nothing, and is not a fact
            assertThat(result.code()).as("step %d %s: %s", step, fact.command(), result.err()).isIn(0, 65);
            if (result.code() == 0 && fact.shownBy() != null) {
                facts.add(fact);
                assertThat(run(fact.shownBy().split(" ")).out()).as("step %d, seed %d", step, seed).contains(fact.expected());
            }
            if (step == COMMANDS / 2 || step == COMMANDS - 1) {
                everythingReportedIsThere(facts, seed);
            }
        }
        assertThat(facts.size()).as("commands that reported a change").isGreaterThan(COMMANDS / 2);
        assertThat(events).isPositive();
    }

    /** Each view once, holding every fact it shows. */
    private void everythingReportedIsThere(List<Fact> facts, long seed) {
        Map<String, List<String>> byView = new LinkedHashMap<>();
        facts.forEach(fact -> byView.computeIfAbsent(fact.shownBy(), view -> new ArrayList<>()).add(fact.expected()));
        byView.forEach((view, expected) -> assertThat(run(view.split(" ")).out()).as("%s, seed %d", view, seed).contains(expected));
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", home.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (CommandLineRegistry registry = new CommandLineRegistry()) {
            code = ProgrammesCommand.run(registry, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Run(code, out.toString(), err.toString());
    }
}

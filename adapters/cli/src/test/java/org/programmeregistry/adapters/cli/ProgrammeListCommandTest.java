package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code programme list} as a script meets it: every match unless limited, a limited list says so, filters are checked (Q1). */
class ProgrammeListCommandTest {

    private final Cli cli = new Cli();

    @BeforeEach
    void programmes() {
        for (int i = 0; i < 150; i++) {
            cli.ok("programme", "register", String.format("P-%03d", i), "--title", "Programme " + i, "--planned-start", "2020-01-01");
        }
    }

    private static String next(String text) {
        Matcher m = Pattern.compile("--after (\\S+)").matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @Test
    @DisplayName("CSV and JSON hold every match when no --limit is given")
    void everyMatchWithoutLimit() {
        assertThat(cli.ok("programme", "list", "--format", "csv").lines()).hasSize(151);
        String json = cli.ok("programme", "list", "--format", "json");
        assertThat(json).contains("\"id\" : \"P-149\"", "\"total\" : 150").doesNotContain("\"next\"");
    }

    @Test
    @DisplayName("a limited JSON list carries the total, whether it is exact, and the cursor of the next page")
    void limitedJson() {
        String first = cli.ok("programme", "list", "--format", "json", "--limit", "100");
        assertThat(first).contains("\"id\" : \"P-099\"", "\"total\" : 150", "\"totalExact\" : true").doesNotContain("P-100");
        Matcher cursor = Pattern.compile("\"next\" : \"([^\"]+)\"").matcher(first);
        assertThat(cursor.find()).isTrue();
        String second = cli.ok("programme", "list", "--format", "json", "--limit", "100", "--after", cursor.group(1));
        assertThat(second).contains("\"id\" : \"P-100\"", "\"id\" : \"P-149\"", "\"next\" : null").doesNotContain("P-099");
    }

    @Test
    @DisplayName("a limited CSV list is complete on standard output; the count and the cursor go to standard error")
    void limitedCsv() {
        Cli.Result result = cli.run("programme", "list", "--format", "csv", "--limit", "20");
        assertThat(result.code()).isZero();
        assertThat(result.out().lines()).hasSize(21);
        assertThat(result.err()).startsWith("20 of 150 programme(s); next page: --after ");
        Cli.Result rest = cli.run("programme", "list", "--format", "csv", "--after", next(result.err()));
        assertThat(rest.out().lines()).hasSize(131).element(1).asString().startsWith("P-020,");
    }

    @Test
    @DisplayName("text pages say how to reach the next page")
    void textPages() {
        String first = cli.ok("programme", "list");
        assertThat(first).contains("100 of 150 programme(s); next page: --after ");
        assertThat(cli.ok("programme", "list", "--after", next(first))).contains("P-149", "50 of 150 programme(s)").doesNotContain("P-099");
    }

    @Test
    @DisplayName("--offset is refused with a pointer to --after (exit 2)")
    void offsetRefused() {
        Cli.Result result = cli.run("programme", "list", "--offset", "100");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--after");
    }

    @Test
    @DisplayName("Q1 an unknown territory code or an unregistered organisation in a filter is refused, exit 65")
    void unknownFilterValues() {
        Cli.Result territory = cli.run("programme", "list", "--territory", "ZZ");
        assertThat(territory.code()).isEqualTo(65);
        assertThat(territory.err()).startsWith("error: [Q1] territory ZZ is not a territory of the catalogue");
        Cli.Result organisation = cli.run("programme", "list", "--organisation", "NOPE");
        assertThat(organisation.code()).isEqualTo(65);
        assertThat(organisation.err()).startsWith("error: [Q1] organisation NOPE is not a registered organisation");
    }

    @Test
    @DisplayName("--text ignores case and accents and finds words of the summary")
    void text() {
        cli.ok("programme", "register", "TR", "--title", "Border management in Türkiye", "--summary", "Fragmented agencies.",
                "--planned-start", "2020-01-01");
        assertThat(cli.ok("programme", "list", "--text", "turkiye")).contains("TR ", "1 of 1 programme(s)");
        assertThat(cli.ok("programme", "list", "--text", "FRAGM")).contains("TR ", "1 of 1 programme(s)");
    }
}

package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Corrections and identity through the command line: the grammar, the rule ids and the exit codes. */
class CorrectionCommandTest {

    private final Cli cli = new Cli();

    @BeforeEach
    void programmeWithAnEvent() {
        cli.ok("organisation", "add", "EC", "--name", "European Commission", "--type", "OTHER_PUBLIC_SECTOR");
        cli.ok("organisation", "add", "NL-GOV", "--name", "Government of the Netherlands", "--type", "GOVERNMENT");
        cli.ok("programme", "register", "P-1", "--title", "Programme", "--planned-start", "2004-01-01", "--planned-end", "2005-12-31");
        cli.ok("programme", "beneficiary", "P-1", "--add", "AL");
        cli.ok("programme", "beneficiary", "P-1", "--add", "BA");
        cli.ok("programme", "fund", "P-1", "--donor", "EC", "--instrument", "CARDS");
        cli.ok("programme", "deliverable", "P-1", "--title", "Regional strategy");
        cli.ok("programme", "deliverable", "P-1", "--title", "Report", "--kind", "OTHER");
        cli.ok("event", "schedule", "P-1", "--title", "Seminar", "--city", "Tirana", "--territory", "AL", "--start", "2005-03-01");
        cli.ok("event", "delegation", "P-1", "1", "--territory", "AL", "--name", "Ana Head", "--position", "Head of delegation",
                "--institution", "Ministry of Interior");
        cli.ok("event", "participant", "P-1", "1", "--territory", "AL", "--name", "Ben Member", "--position", "Adviser",
                "--institution", "Ministry of Interior");
        cli.ok("event", "delegation", "P-1", "1", "--territory", "BA", "--name", "Cleo Head", "--position", "Head of delegation",
                "--institution", "Ministry of Security");
    }

    private void assertFails(int code, String message, String... args) {
        Cli.Result result = cli.run(args);
        assertThat(result.code()).as(String.join(" ", args)).isEqualTo(code);
        assertThat(result.err()).startsWith("error: " + message).doesNotContain("\tat ");
    }

    @Test
    @DisplayName("P9 fund --change gives a contribution recorded without an amount its amount; --no-amount and --new-instrument correct it again")
    void contributionChanged() {
        assertThat(cli.ok("programme", "fund", "P-1", "--donor", "EC", "--instrument", "cards", "--change", "--amount", "1500000",
                "--currency", "EUR")).isEqualTo("changed the contribution of EC (cards) to P-1\n");
        assertThat(cli.ok("programme", "show", "P-1")).contains("EUR");
        cli.ok("programme", "fund", "P-1", "--donor", "EC", "--instrument", "CARDS", "--change", "--no-amount", "--new-instrument", "CARDS 2002");
        assertThat(cli.ok("programme", "show", "P-1", "--format", "json")).contains("\"instrument\" : \"CARDS 2002\"");
        assertThat(cli.ok("programme", "audit", "P-1")).contains("contribution changed: EC (CARDS) -> EC (CARDS) EUR 1500000",
                "contribution changed: EC (CARDS) EUR 1500000 -> EC (CARDS 2002) without amount");
    }

    @Test
    @DisplayName("P13 fund --remove removes a recorded contribution; an unknown one is refused with 65")
    void contributionRemoved() {
        cli.ok("programme", "fund", "P-1", "--donor", "NL-GOV");
        assertThat(cli.ok("programme", "fund", "P-1", "--donor", "NL-GOV", "--remove")).isEqualTo("removed the contribution of NL-GOV from P-1\n");
        assertFails(65, "[P13] no contribution of NL-GOV is recorded", "programme", "fund", "P-1", "--donor", "NL-GOV", "--remove");
    }

    @Test
    @DisplayName("fund: --change and --remove together, --no-amount without --change, a change that names nothing: usage errors or invalid input")
    void fundGrammar() {
        assertThat(cli.run("programme", "fund", "P-1", "--donor", "EC", "--change", "--remove").code()).isEqualTo(2);
        assertThat(cli.run("programme", "fund", "P-1", "--donor", "EC", "--no-amount").code()).isEqualTo(2);
        assertThat(cli.run("programme", "fund", "P-1", "--donor", "EC", "--remove", "--amount", "5", "--currency", "EUR").code()).isEqualTo(2);
        Cli.Result nothing = cli.run("programme", "fund", "P-1", "--donor", "EC", "--instrument", "CARDS", "--change");
        assertThat(nothing.code()).isEqualTo(65);
        assertThat(nothing.err()).contains("name a correction");
    }

    @Test
    @DisplayName("P10 deliverable --change makes a deliverable national and back, keeping its number; --remove removes one")
    void deliverableChangedAndRemoved() {
        assertThat(cli.ok("programme", "deliverable", "P-1", "--change", "2", "--territory", "BA", "--title", "National report"))
                .isEqualTo("changed deliverable 2 of P-1\n");
        assertThat(cli.ok("programme", "show", "P-1", "--format", "json")).contains("\"title\" : \"National report\"", "\"kind\" : \"OTHER\"");
        cli.ok("programme", "deliverable", "P-1", "--change", "2", "--regional");
        assertFails(65, "[P10]", "programme", "deliverable", "P-1", "--change", "2", "--territory", "HR");
        assertThat(cli.ok("programme", "deliverable", "P-1", "--remove", "2")).isEqualTo("removed deliverable 2 from P-1\n");
        assertFails(65, "[P13] programme P-1 has no deliverable 2", "programme", "deliverable", "P-1", "--remove", "2");
        assertThat(cli.run("programme", "deliverable", "P-1", "--remove", "1", "--title", "x").code()).isEqualTo(2);
        assertThat(cli.run("programme", "deliverable", "P-1", "--regional").code()).isEqualTo(2);
        assertThat(cli.run("programme", "deliverable", "P-1", "--kind", "OTHER").code()).isEqualTo(2);
    }

    @Test
    @DisplayName("P13 a deliverable signed at an event is neither changed nor removed, exit 65")
    void signedDeliverableStays() {
        cli.ok("event", "held", "P-1", "1");
        cli.ok("event", "sign", "P-1", "1", "--deliverable", "1", "--territory", "AL");
        assertFails(65, "[P13] deliverable 1 was signed at event 1", "programme", "deliverable", "P-1", "--remove", "1");
        assertFails(65, "[P13] deliverable 1 was signed at event 1", "programme", "deliverable", "P-1", "--change", "1", "--title", "Other");
    }

    @Test
    @DisplayName("P13 sdg --remove removes a tagged target; a target not tagged is refused")
    void sdgRemoved() {
        cli.ok("programme", "sdg", "P-1", "10.7");
        assertThat(cli.ok("programme", "sdg", "P-1", "10.7", "--remove")).isEqualTo("removed SDG target 10.7 from P-1\n");
        assertFails(65, "[P13] programme P-1 is not tagged with SDG target 10.7", "programme", "sdg", "P-1", "--remove", "10.7");
    }

    @Test
    @DisplayName("E10 participant --correct corrects a person by name, --remove removes a member; the head stays (E4)")
    void participantCorrectedAndRemoved() {
        assertThat(cli.ok("event", "participant", "P-1", "1", "--territory", "AL", "--correct", "ben member", "--position", "Senior adviser"))
                .isEqualTo("corrected a participant of the AL delegation at event 1 of P-1\n");
        assertThat(cli.ok("event", "show", "P-1", "1")).contains("Ben Member (Senior adviser, Ministry of Interior)");
        cli.ok("event", "participant", "P-1", "1", "--territory", "AL", "--correct", "Ana Head", "--name", "Anna Head");
        assertThat(cli.ok("event", "show", "P-1", "1")).contains("Anna Head (Head of delegation, Ministry of Interior) (head)");
        assertFails(65, "[E10]", "event", "participant", "P-1", "1", "--territory", "AL", "--correct", "Nobody", "--position", "x");
        assertFails(65, "[E4]", "event", "participant", "P-1", "1", "--territory", "AL", "--remove", "Anna Head");
        assertThat(cli.ok("event", "participant", "P-1", "1", "--territory", "AL", "--remove", "Ben Member"))
                .isEqualTo("removed a participant from the AL delegation at event 1 of P-1\n");
        assertThat(cli.ok("event", "show", "P-1", "1")).doesNotContain("Ben Member");
        assertThat(cli.ok("programme", "audit", "P-1")).contains("participant removed: AL delegation: Senior adviser, Ministry of Interior")
                .doesNotContain("Ben");
        assertThat(cli.run("event", "participant", "P-1", "1", "--territory", "AL", "--correct", "Anna Head").code()).isEqualTo(2);
        assertThat(cli.run("event", "participant", "P-1", "1", "--territory", "AL").code()).isEqualTo(2);
    }

    @Test
    @DisplayName("E4 delegation --remove removes a delegation whole; E7 nothing is corrected once the event is held")
    void delegationRemoved() {
        assertThat(cli.ok("event", "delegation", "P-1", "1", "--territory", "BA", "--remove"))
                .isEqualTo("removed the BA delegation from event 1 of P-1\n");
        assertThat(cli.ok("event", "show", "P-1", "1")).doesNotContain("Cleo");
        assertFails(65, "[E4] event 1 of programme P-1 has no delegation from BA", "event", "delegation", "P-1", "1", "--territory", "BA",
                "--remove");
        assertThat(cli.run("event", "delegation", "P-1", "1", "--territory", "AL", "--remove", "--name", "x").code()).isEqualTo(2);
        assertThat(cli.run("event", "delegation", "P-1", "1", "--territory", "AL").code()).isEqualTo(2);
        cli.ok("event", "held", "P-1", "1");
        assertFails(65, "[E7]", "event", "delegation", "P-1", "1", "--territory", "AL", "--remove");
        assertFails(65, "[E7]", "event", "participant", "P-1", "1", "--territory", "AL", "--remove", "Ben Member");
    }

    @Test
    @DisplayName("P1 an identifier that differs only in case is refused with 65; a programme is shown and changed by its identifier in any case")
    void identityRegardlessOfCase() {
        assertFails(65, "[P1] a programme P-1 is already registered; identifiers are unique regardless of case",
                "programme", "register", "p-1", "--title", "Again");
        assertThat(cli.ok("programme", "show", "p-1")).contains("P-1");
        cli.ok("programme", "sdg", "p-1", "16.9");
        assertThat(cli.ok("event", "show", "p-1", "1")).contains("Seminar");
        assertThat(cli.ok("programme", "audit", "p-1")).contains("P-1  SDG target tagged: 16.9");
    }
}

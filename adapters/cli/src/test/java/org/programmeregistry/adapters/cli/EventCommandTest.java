package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventCommandTest {

    private final Cli cli = new Cli();

    @BeforeEach
    void programmeInImplementation() {
        cli.ok("organisation", "add", "EC", "--name", "European Commission", "--type", "OTHER_PUBLIC_SECTOR");
        cli.ok("organisation", "add", "IOM", "--name", "IOM", "--type", "MULTILATERAL");
        cli.ok("programme", "register", "P", "--title", "Programme", "--planned-start", "2004-01-01", "--planned-end", "2005-12-31");
        cli.ok("programme", "beneficiary", "P", "--add", "AL");
        cli.ok("programme", "beneficiary", "P", "--add", "CS");
        cli.ok("programme", "fund", "P", "--donor", "EC");
        cli.ok("programme", "module", "P", "--add", "1", "--name", "Migration", "--lead", "IOM");
        cli.ok("programme", "deliverable", "P", "--title", "National strategy", "--territory", "AL");
        cli.ok("programme", "start", "P", "--on", "2004-01-01");
    }

    @Test
    @DisplayName("schedule, delegation, participant, held, sign, show and list")
    void eventLife() {
        assertThat(cli.ok("event", "schedule", "P", "--title", "Final Consultation Event", "--module", "1", "--city", "Vienna", "--territory", "AT",
                "--start", "2005-09-29", "--end", "2005-09-30", "--target-group", "civil servants", "--target-group", "parliamentarians"))
                .contains("scheduled event 1 of P");
        cli.ok("event", "delegation", "P", "1", "--territory", "AL", "--name", "Head of delegation, Ministry of Interior of Albania",
                "--position", "Head of delegation", "--institution", "Ministry of Interior of Albania");
        cli.ok("event", "participant", "P", "1", "--territory", "AL", "--name", "Jane Official", "--position", "High official",
                "--institution", "Ministry of Foreign Affairs of Albania");
        cli.ok("event", "delegation", "P", "1", "--territory", "CS", "--name", "Head CS", "--position", "Head of delegation",
                "--institution", "Ministry of Interior of Serbia and Montenegro");
        cli.ok("event", "held", "P", "1");
        assertThat(cli.ok("event", "sign", "P", "1", "--deliverable", "1", "--territory", "AL")).contains("recorded the AL signature of deliverable 1");
        String shown = cli.ok("event", "show", "P", "1");
        assertThat(shown).contains("Final Consultation Event, Vienna (Austria), 29/30 Sep 2005", "Consultation event of the Migration Module",
                "Target groups: civil servants, parliamentarians", "Serbia and Montenegro: Head CS (Head of delegation, Ministry of Interior of Serbia and Montenegro) (head)",
                "Jane Official (High official, Ministry of Foreign Affairs of Albania)", "Albania: the head of delegation signed deliverable 1");
        assertThat(cli.ok("event", "list", "P")).contains("1  HELD");
        assertThat(cli.ok("event", "list", "P", "--format", "csv")).contains("1,CONSULTATION_EVENT,Final Consultation Event,Vienna,AT,2005-09-29,2005-09-30,HELD,1");
        assertThat(cli.ok("event", "show", "P", "1", "--format", "json")).contains("\"status\" : \"HELD\"", "\"deliverable\" : 1");
        assertThat(cli.ok("programme", "audit", "P")).contains("participant added: AL delegation: High official, Ministry of Foreign Affairs of Albania")
                .doesNotContain("Jane");
    }

    @Test
    @DisplayName("E4 a delegation from a territory that is not a beneficiary, as in cli.md, exit 65")
    void delegationFromNonBeneficiary() {
        cli.ok("event", "schedule", "P", "--title", "Seminar", "--city", "Tirana", "--territory", "AL", "--start", "2005-03-01");
        Cli.Result result = cli.run("event", "delegation", "P", "1", "--territory", "TR", "--name", "Head");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).isEqualTo("error: [E4] Turkey (TR) is not a beneficiary of programme P; delegations come only from beneficiary territories\n");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    @DisplayName("E5 a signature before the event is held, E6 cancelling a signed event; cancel an unsigned one")
    void signaturesAndCancellation() {
        cli.ok("event", "schedule", "P", "--title", "Seminar", "--city", "Tirana", "--territory", "AL", "--start", "2005-03-01");
        cli.ok("event", "delegation", "P", "1", "--territory", "AL", "--name", "Head AL");
        Cli.Result early = cli.run("event", "sign", "P", "1", "--deliverable", "1", "--territory", "AL");
        assertThat(early.code()).isEqualTo(65);
        assertThat(early.err()).startsWith("error: [E5]");
        cli.ok("event", "held", "P", "1");
        cli.ok("event", "sign", "P", "1", "--deliverable", "1", "--territory", "AL");
        Cli.Result cancel = cli.run("event", "cancel", "P", "1");
        assertThat(cancel.code()).isEqualTo(65);
        assertThat(cancel.err()).startsWith("error: [E6]");
        cli.ok("event", "schedule", "P", "--title", "Workshop", "--city", "Tirana", "--territory", "AL", "--start", "2005-04-01");
        assertThat(cli.ok("event", "cancel", "P", "2")).contains("cancelled event 2 of P");
    }

    @Test
    @DisplayName("E1 an event outside the programme period, and an unknown event number")
    void outsideAndUnknown() {
        Cli.Result outside = cli.run("event", "schedule", "P", "--title", "Late", "--city", "Tirana", "--territory", "AL", "--start", "2006-03-01");
        assertThat(outside.code()).isEqualTo(65);
        assertThat(outside.err()).startsWith("error: [E1]");
        Cli.Result unknown = cli.run("event", "show", "P", "9");
        assertThat(unknown.code()).isEqualTo(65);
        assertThat(unknown.err()).isEqualTo("error: event 9 of programme P is not registered; see 'event list P' for its events\n");
    }
}

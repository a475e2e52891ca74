package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgrammeCommandTest {

    private final Cli cli = new Cli();

    @BeforeEach
    void organisations() {
        cli.ok("organisation", "add", "IOM", "--name", "International Organization for Migration", "--type", "MULTILATERAL");
        cli.ok("organisation", "office", "IOM", "--territory", "HU", "--since", "1992-01-01");
        cli.ok("organisation", "add", "EC", "--name", "European Commission", "--type", "OTHER_PUBLIC_SECTOR");
        cli.ok("organisation", "add", "UNHCR", "--name", "UNHCR", "--type", "MULTILATERAL");
    }

    private void registerIbm() {
        cli.ok("programme", "register", "IBM", "--title", "Strengthening Integrated Border Management", "--summary", "Borders.",
                "--planned-start", "2009-06-15", "--planned-end", "2011-06-14");
    }

    @Test
    @DisplayName("a programme goes through its whole life from the command line")
    void wholeLife() {
        registerIbm();
        assertThat(cli.ok("programme", "beneficiary", "IBM", "--add", "al")).contains("added beneficiary AL to IBM");
        cli.ok("programme", "beneficiary", "IBM", "--add", "TR");
        cli.ok("programme", "beneficiary", "IBM", "--add", "BA");
        assertThat(cli.ok("programme", "beneficiary", "IBM", "--remove", "BA")).contains("removed beneficiary BA");
        cli.ok("programme", "role", "IBM", "--organisation", "IOM", "--role", "accountable");
        cli.ok("programme", "office", "IBM", "--organisation", "IOM", "--territory", "HU");
        cli.ok("programme", "fund", "IBM", "--donor", "EC", "--instrument", "IPA Regional Programme 2007", "--amount", "1500000", "--currency", "eur");
        cli.ok("programme", "module", "IBM", "--add", "1", "--name", "Borders", "--lead", "IOM");
        cli.ok("programme", "module", "IBM", "--add", "2", "--name", "Visa", "--lead", "UNHCR");
        assertThat(cli.ok("programme", "module", "IBM", "--remove", "2")).contains("removed module 2");
        assertThat(cli.ok("programme", "deliverable", "IBM", "--title", "Regional strategy")).contains("added deliverable 1 to IBM");
        assertThat(cli.ok("programme", "deliverable", "IBM", "--title", "National strategy", "--territory", "AL")).contains("added deliverable 2");
        cli.ok("programme", "sdg", "IBM", "10.7");
        cli.ok("programme", "revise", "IBM", "--title", "Strengthening Integrated Border Management in the Western Balkans and Turkey");
        cli.ok("programme", "start", "IBM", "--on", "2009-06-15");
        cli.ok("programme", "suspend", "IBM");
        cli.ok("programme", "resume", "IBM");
        cli.ok("programme", "finalise", "IBM", "--on", "2011-06-14");
        cli.ok("programme", "close", "IBM");
        String shown = cli.ok("programme", "show", "IBM");
        assertThat(shown).contains("Geographical Coverage: Hungary coordinating IOM Mission, Albania and Turkey", "Status: Completed",
                "Donor: EC IPA Regional Programme 2007 (EUR 1,500,000)", "Partners: EC (funding), IOM (accountable, implementing)");
        assertThat(cli.ok("programme", "show", "IBM", "--format", "json")).contains("\"sdgTargets\" : [ \"10.7\" ]", "\"amount\" : 1500000",
                "\"currency\" : \"EUR\"", "\"status\" : \"CLOSED\"");
        assertThat(cli.ok("programme", "audit", "IBM")).contains("registered", "beneficiary added: AL", "status changed: CLOSE");
        assertThat(cli.ok("programme", "audit", "IBM", "--format", "csv")).startsWith("at,actor,aggregateType,aggregateId,action,detail");
        assertThat(cli.ok("programme", "portfolio")).contains("Programmes: 1", "\nstatus           programmes\nCLOSED                    1\n",
                "\nterritory        programmes\nAL                        1\n", "\ndonor            programmes\nEC                        1\n").doesNotContain("{");
        assertThat(cli.ok("programme", "portfolio", "--format", "json")).contains("\"programmes\" : 1");
    }

    @Test
    @DisplayName("reschedule replaces the dates; cancel ends the life cycle")
    void rescheduleAndCancel() {
        registerIbm();
        cli.ok("programme", "reschedule", "IBM", "--planned-start", "2009-07-01", "--planned-end", "2011-12-31");
        assertThat(cli.ok("programme", "show", "IBM")).contains("Duration: 1 Jul 2009 - 31 Dec 2011");
        cli.ok("programme", "cancel", "IBM");
        Cli.Result refused = cli.run("programme", "beneficiary", "IBM", "--add", "AL");
        assertThat(refused.code()).isEqualTo(65);
        assertThat(refused.err()).isEqualTo("error: [P4] programme IBM is CANCELLED and therefore read-only\n");
    }

    @Test
    @DisplayName("programme list filters by territory, organisation, donor, status, active day and title words; CSV and JSON")
    void listFilters() {
        registerIbm();
        cli.ok("programme", "beneficiary", "IBM", "--add", "AL");
        cli.ok("programme", "fund", "IBM", "--donor", "EC");
        cli.ok("programme", "register", "OTHER", "--title", "Labour migration", "--planned-start", "2020-01-01");
        assertThat(cli.ok("programme", "list")).contains("IBM", "OTHER", "2 of 2 programme(s)");
        assertThat(cli.ok("programme", "list", "--territory", "AL")).contains("IBM").doesNotContain("OTHER ");
        assertThat(cli.ok("programme", "list", "--organisation", "ec")).contains("1 of 1");
        assertThat(cli.ok("programme", "list", "--donor", "EC")).contains("IBM");
        assertThat(cli.ok("programme", "list", "--status", "pipeline")).contains("2 of 2");
        assertThat(cli.ok("programme", "list", "--active-on", "2010-01-01")).contains("IBM").contains("1 of 1");
        assertThat(cli.ok("programme", "list", "--text", "border manag")).contains("IBM").contains("1 of 1");
        assertThat(cli.ok("programme", "list", "--format", "csv")).startsWith("id,title,status,plannedStart,plannedEnd,actualStart,actualEnd")
                .contains("IBM,Strengthening Integrated Border Management,PIPELINE,2009-06-15,2011-06-14,,");
        assertThat(cli.ok("programme", "list", "--format", "json")).contains("\"total\" : 2", "\"id\" : \"IBM\"");
    }

    @Test
    @DisplayName("T1 an unknown territory code has its own message, exit 65")
    void unknownTerritory() {
        registerIbm();
        Cli.Result result = cli.run("programme", "beneficiary", "IBM", "--add", "QQ");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).isEqualTo("error: [T1] QQ is not a territory of the catalogue; see 'territory list' for the known codes\n");
    }

    @Test
    @DisplayName("P6 Serbia and Montenegro in a 2009 programme: exit 65 naming the rule")
    void historicalTerritory() {
        registerIbm();
        Cli.Result result = cli.run("programme", "beneficiary", "IBM", "--add", "CS");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).startsWith("error: [P6] Serbia and Montenegro (CS) did not exist during 2009-06-15 .. 2011-06-14");
    }

    @Test
    @DisplayName("an unknown programme has its own message, exit 65")
    void unknownProgramme() {
        Cli.Result result = cli.run("programme", "show", "NOPE");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).isEqualTo("error: programme NOPE is not registered; see 'programme list' for the registered programmes\n");
    }

    @Test
    @DisplayName("a wrong date says how to write one, exit 2")
    void wrongDate() {
        Cli.Result result = cli.run("programme", "register", "X", "--title", "X", "--planned-start", "15/06/2009");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("'15/06/2009' is not a date; write it as YYYY-MM-DD, e.g. 2009-06-15");
    }

    @Test
    @DisplayName("P1 a malformed identifier and a blank title are named field by field, exit 65")
    void invalidRegistration() {
        Cli.Result result = cli.run("programme", "register", "IBM 2009", "--title", " ");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).isEqualTo("error: invalid input: programmeId: must be 1-100 letters, digits, '.', '_', '/' or '-' (P1); "
                + "title: must not be blank\n");
    }

    @Test
    @DisplayName("P5 start without beneficiaries, and module without --add or --remove")
    void refusals() {
        registerIbm();
        Cli.Result start = cli.run("programme", "start", "IBM", "--on", "2009-06-15");
        assertThat(start.code()).isEqualTo(65);
        assertThat(start.err()).startsWith("error: [P5]");
        assertThat(cli.run("programme", "module", "IBM").code()).isEqualTo(2);
        assertThat(cli.run("programme", "beneficiary", "IBM").code()).isEqualTo(2);
    }
}

package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fact sheets of the loaded examples carry every fact of both seed texts. */
class FactSheetTest {

    private final Cli cli = new Cli();

    @BeforeEach
    void loadExamples() {
        cli.ok("examples", "load");
    }

    @Test
    @DisplayName("IBM fact sheet: title, years, coverage with the names of 2009-2011, duration, donors, status, summary")
    void integratedBorderManagement() {
        String sheet = cli.ok("programme", "factsheet", "IOM-HU-IBM-2009");
        assertThat(sheet).contains(
                "Strengthening Integrated Border Management in the Western Balkans and Turkey (2009 - 2011)",
                "Geographical Coverage: Hungary coordinating IOM Mission, Albania, Bosnia and Herzegovina, Croatia, Kosovo under UNSCR 1244, "
                        + "The former Yugoslav Republic of Macedonia, Montenegro, Serbia and Turkey",
                "Duration: 15 Jun 2009 - 14 Jun 2011",
                "Donor: EC IPA Regional Programme 2007, Government of the Netherlands",
                "Status: Completed",
                "Summary: The European Union has introduced the candidate countries and potential candidate countries of the Western Balkans and Turkey",
                "increasing international trade and transportation.");
        assertThat(sheet).doesNotContain("North Macedonia", "Türkiye");
        assertThat(cli.ok("organisation", "show", "IOM")).contains("International Organization for Migration", "Office: Hungary (HU) since 1 Jan 1992");
    }

    @Test
    @DisplayName("CARDS fact sheet: title, donor, modules with partners, beneficiaries of 2005, strategies, the Vienna event, delegations, signatures")
    void cards() {
        String sheet = cli.ok("programme", "factsheet", "EC-CARDS-2002-2003-AMV");
        assertThat(sheet).contains(
                "CARDS Regional Programme 2002/2003: Establishment of EU compatible legal, regulatory and institutional frameworks in the fields of asylum, migration and visa matters",
                "Donor: EC CARDS Regional Programme 2002/2003",
                "Geographical Coverage: Albania, Bosnia and Herzegovina, Croatia, Serbia and Montenegro and The former Yugoslav Republic of Macedonia",
                "1) Migration Module - under the responsibility of IOM",
                "2) Asylum Module - under the responsibility of UNHCR",
                "3) Visa Module - under the responsibility of ICMPD",
                "Regional strategy",
                "Benchmarks translating into a set of commonly accepted EU technical standards, practices and principles",
                "National model EU Alignment Strategy in the area of migration, with its implementation action plan - Albania",
                "Final Consultation Event of the Migration Module, Vienna (Austria), 29/30 Sep 2005",
                "Target groups: high-level officials, civil servants, politicians, parliamentarians, middle-high ranking officials",
                "Albania: Head of delegation, Ministry of Interior of Albania (head)",
                "High official, Ministry of Foreign Affairs of Albania",
                "High official, Ministry of Labour, Social Affairs and Equal Opportunities of Albania",
                "Representative, Ministry of Integration of Albania",
                "Serbia and Montenegro: Head of delegation",
                "seminars and conferences involving target groups of high - level officials, civil servants as well as politicians, parliamentarians and middle - high ranking officials",
                "support the ongoing process of legal, institutional and administrative reform in the field of migration");
        assertThat(sheet.lines().filter(l -> l.contains("the head of delegation signed deliverable"))).hasSize(5);
        for (String territory : new String[] {"Albania", "Bosnia and Herzegovina", "Croatia", "Serbia and Montenegro",
                "The former Yugoslav Republic of Macedonia"}) {
            assertThat(sheet).contains("      " + territory + ": the head of delegation signed deliverable");
        }
    }

    @Test
    @DisplayName("the fact sheet as JSON carries the fields cli.md names")
    void json() {
        String json = cli.ok("programme", "factsheet", "EC-CARDS-2002-2003-AMV", "--format", "json");
        assertThat(json).contains("\"id\" : \"EC-CARDS-2002-2003-AMV\"", "\"status\" : \"CLOSED\"", "\"plannedPeriod\"", "\"actualPeriod\"",
                "\"start\" : \"2004-01-01\"", "\"beneficiaries\"", "\"code\" : \"CS\"", "\"name\" : \"Serbia and Montenegro\"", "\"contributions\"",
                "\"donor\" : \"EC\"", "\"instrument\" : \"CARDS Regional Programme 2002/2003\"", "\"modules\"", "\"lead\" : \"IOM\"",
                "\"deliverables\"", "\"sdgTargets\"", "\"events\"", "\"signatures\"");
    }
}

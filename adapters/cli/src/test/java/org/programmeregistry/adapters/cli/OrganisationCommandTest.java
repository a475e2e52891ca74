package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganisationCommandTest {

    private final Cli cli = new Cli();

    @Test
    @DisplayName("organisation add, office, show and list in text, JSON and CSV")
    void registerAndRead() {
        assertThat(cli.ok("organisation", "add", "IOM", "--name", "International Organization for Migration", "--type", "multilateral",
                "--iati-id", "XM-DAC-47066")).contains("registered organisation IOM");
        assertThat(cli.ok("organisation", "office", "iom", "--territory", "hu", "--since", "1992-01-01")).contains("office in HU since 1992-01-01");
        assertThat(cli.ok("organisation", "show", "IOM")).contains("IOM: International Organization for Migration", "Type: Multilateral (IATI 40)",
                "IATI identifier: XM-DAC-47066", "Office: Hungary (HU) since 1 Jan 1992");
        assertThat(cli.ok("organisation", "list")).contains("IOM", "International Organization for Migration");
        assertThat(cli.ok("organisation", "list", "--format", "csv")).startsWith("acronym,name,type,iatiIdentifier,offices")
                .contains("IOM,International Organization for Migration,MULTILATERAL,XM-DAC-47066,HU");
        assertThat(cli.ok("organisation", "show", "IOM", "--format", "json")).contains("\"acronym\" : \"IOM\"", "\"openedOn\" : \"1992-01-01\"");
    }

    @Test
    @DisplayName("O1 a second organisation with the same acronym in another case: exit 65 naming the rule")
    void duplicateAcronym() {
        cli.ok("organisation", "add", "IOM", "--name", "International Organization for Migration", "--type", "MULTILATERAL");
        Cli.Result result = cli.run("organisation", "add", "iom", "--name", "Other", "--type", "OTHER");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).startsWith("error: [O1] the acronym iom is already used by International Organization for Migration");
    }

    @Test
    @DisplayName("O1 a malformed IATI identifier is refused as invalid input, exit 65")
    void malformedIdentifier() {
        Cli.Result result = cli.run("organisation", "add", "IOM", "--name", "IOM", "--type", "MULTILATERAL", "--iati-id", "47066");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).contains("iatiIdentifier: must be an IATI organisation identifier such as XM-DAC-47066 (O1)");
    }

    @Test
    @DisplayName("O2 an office in a territory that did not exist on its opening day: exit 65")
    void officeInMissingTerritory() {
        cli.ok("organisation", "add", "IOM", "--name", "IOM", "--type", "MULTILATERAL");
        Cli.Result result = cli.run("organisation", "office", "IOM", "--territory", "RS", "--since", "2005-01-01");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).startsWith("error: [O2] RS did not exist on 2005-01-01");
    }

    @Test
    @DisplayName("an unknown organisation has its own message, exit 65")
    void unknownOrganisation() {
        Cli.Result result = cli.run("organisation", "show", "WHO");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.err()).isEqualTo("error: organisation WHO is not registered; register it first or see 'organisation list'\n");
    }

    @Test
    @DisplayName("an unknown organisation type is a usage error, exit 2")
    void unknownType() {
        Cli.Result result = cli.run("organisation", "add", "IOM", "--name", "IOM", "--type", "club");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--type", "club");
    }
}

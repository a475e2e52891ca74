package org.programmeregistry.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which head start a command line gets (issue 16): a guess from its words, checked here on the common commands. */
class WarmUpTest {

    @Test
    void aProgrammeListDoesNotStartJooqItsSearchIsPlainSql() {
        assertThat(WarmUp.usesJooq(new String[] {"programme", "list", "--text", "border"})).isFalse();
    }

    @Test
    void aProgrammeListByOrganisationOrDonorStartsJooqToLookItUp() {
        assertThat(WarmUp.usesJooq(new String[] {"programme", "list", "--organisation", "IOM"})).isTrue();
        assertThat(WarmUp.usesJooq(new String[] {"programme", "list", "--donor=EU"})).isTrue();
    }

    @Test
    void everyOtherRegistryCommandStartsJooq() {
        assertThat(WarmUp.usesJooq(new String[] {"programme", "show", "IOM-HU-IBM-2009"})).isTrue();
        assertThat(WarmUp.usesJooq(new String[] {"organisation", "list"})).isTrue();
    }

    @Test
    void onlyAProgrammeListWithoutATerritoryLeavesTheCatalogueUnread() {
        assertThat(WarmUp.consultsTerritories(new String[] {"programme", "list", "--text", "border"})).isFalse();
        assertThat(WarmUp.consultsTerritories(new String[] {"programme", "list", "--territory", "AL"})).isTrue();
        assertThat(WarmUp.consultsTerritories(new String[] {"programme", "beneficiary", "IOM-HU-IBM-2009", "--add", "AL"})).isTrue();
    }

    @Test
    void helpAndVersionGetNoWarmUp() {
        assertThat(WarmUp.namesRegistryCommand(new String[] {"programme", "list", "--help"})).isFalse();
        assertThat(WarmUp.namesRegistryCommand(new String[] {"--version"})).isFalse();
        assertThat(WarmUp.namesRegistryCommand(new String[] {"programme", "list"})).isTrue();
    }
}

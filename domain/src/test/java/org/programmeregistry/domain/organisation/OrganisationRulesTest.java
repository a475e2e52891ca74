package org.programmeregistry.domain.organisation;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.CATALOGUE;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.territory.TerritoryCode;

class OrganisationRulesTest {

    private static Organisation iom() {
        return Organisation.register(Acronym.of("IOM"), "International Organization for Migration", OrganisationType.MULTILATERAL,
                new IatiOrganisationIdentifier("XM-DAC-47066"));
    }

    @Nested
    @DisplayName("O1 acronyms and identifiers")
    class O1 {
        @Test
        @DisplayName("O1 acronyms compare without regard to case")
        void acronymsIgnoreCase() {
            assertThat(Acronym.of("Iom")).isEqualTo(Acronym.of("IOM")).hasSameHashCodeAs(Acronym.of("iom"));
            assertThat(Acronym.of(" UNHCR ").value()).isEqualTo("UNHCR");
            assertThat(Acronym.of("Ia")).isEqualTo(Acronym.of("IA"));
            assertThat(Acronym.of("Iz")).isEqualTo(Acronym.of("IZ"));
            assertThat(Acronym.of("Ünhcr").key()).isEqualTo("ÜNHCR");
            assertThat(Acronym.of("NL-GOV").key()).isEqualTo("NL-GOV");
        }

        @Test
        @DisplayName("O3 refuses blank acronyms and acronyms with spaces")
        void refusesMalformedAcronyms() {
            assertRefused(Rule.O3, () -> Acronym.of(""));
            assertRefused(Rule.O3, () -> Acronym.of("I O M"));
            assertRefused(Rule.O3, () -> Acronym.of("x".repeat(41)));
        }

        @Test
        @DisplayName("O1 accepts IATI organisation identifiers of the form XX-XXX-...")
        void acceptsIatiIdentifiers() {
            assertThat(new IatiOrganisationIdentifier("XM-DAC-47066").value()).isEqualTo("XM-DAC-47066");
            assertThat(new IatiOrganisationIdentifier("GB-COH-1234567")).isNotNull();
            assertThat(new IatiOrganisationIdentifier("XI-IATI-EC_INTPA")).isNotNull();
        }

        @Test
        @DisplayName("O1 refuses identifiers that lack the agency prefix")
        void refusesMalformedIdentifiers() {
            assertRefused(Rule.O1, () -> new IatiOrganisationIdentifier("47066"));
            assertRefused(Rule.O1, () -> new IatiOrganisationIdentifier("XM-47066"));
            assertRefused(Rule.O1, () -> new IatiOrganisationIdentifier("xm-dac-47066"));
        }

        @Test
        @DisplayName("O3 refuses an organisation without a name")
        void refusesNameless() {
            assertRefused(Rule.O3, () -> Organisation.register(Acronym.of("X"), " ", OrganisationType.OTHER, null));
        }

        @Test
        @DisplayName("O1 organisation types carry their IATI codes")
        void typesCarryIatiCodes() {
            assertThat(OrganisationType.fromIatiCode("40")).contains(OrganisationType.MULTILATERAL);
            assertThat(OrganisationType.GOVERNMENT.iatiCode()).isEqualTo("10");
        }
    }

    @Nested
    @DisplayName("O2 offices")
    class O2 {
        @Test
        @DisplayName("O2 accepts an office in Hungary since 1992")
        void acceptsOffice() {
            Organisation iom = iom();
            iom.openOffice(TerritoryCode.of("HU"), of(1992, 1, 1), CATALOGUE);
            assertThat(iom.officeIn(TerritoryCode.of("HU"))).contains(new Office(TerritoryCode.of("HU"), of(1992, 1, 1)));
        }

        @Test
        @DisplayName("O2 refuses an office in a territory that did not exist on its opening day")
        void refusesOfficeInMissingTerritory() {
            Organisation iom = iom();
            assertRefused(Rule.O2, iom::offices, () -> iom.openOffice(TerritoryCode.of("RS"), of(2005, 1, 1), CATALOGUE));
            assertRefused(Rule.O2, iom::offices, () -> iom.openOffice(TerritoryCode.of("CS"), of(2007, 1, 1), CATALOGUE));
        }

        @Test
        @DisplayName("O2 refuses a second office in one territory")
        void refusesSecondOffice() {
            Organisation iom = iom();
            iom.openOffice(TerritoryCode.of("HU"), of(1992, 1, 1), CATALOGUE);
            assertRefused(Rule.O2, iom::offices, () -> iom.openOffice(TerritoryCode.of("HU"), of(2000, 1, 1), CATALOGUE));
        }

        @Test
        @DisplayName("O2 the office opened is the one the organisation then has, open from its opening day")
        void openedOfficeIsKept() {
            Organisation iom = iom();
            Office hungary = iom.openOffice(TerritoryCode.of("HU"), of(1992, 1, 1), CATALOGUE);
            assertThat(iom.offices()).containsExactly(hungary);
            assertThat(hungary.openOn(of(1991, 12, 31))).isFalse();
            assertThat(hungary.openOn(of(1992, 1, 1))).isTrue();
        }

        @Test
        @DisplayName("O2 a stored organisation with two offices in one territory is refused; a valid one rebuilds with every field")
        void rebuildingChecksOffices() {
            Office hungary = new Office(TerritoryCode.of("HU"), of(1992, 1, 1));
            assertRefused(Rule.O2, () -> Organisation.reconstitute(Acronym.of("IOM"), "International Organization for Migration",
                    OrganisationType.MULTILATERAL, null, java.util.List.of(hungary, new Office(TerritoryCode.of("HU"), of(2000, 1, 1))), 3));
            Organisation stored = Organisation.reconstitute(Acronym.of("IOM"), "International Organization for Migration",
                    OrganisationType.MULTILATERAL, new IatiOrganisationIdentifier("XM-DAC-47066"), java.util.List.of(hungary), 3);
            assertThat(stored.name()).isEqualTo("International Organization for Migration");
            assertThat(stored.type()).isEqualTo(OrganisationType.MULTILATERAL);
            assertThat(stored.version()).isEqualTo(3);
            assertThat(stored.toString()).isEqualTo("IOM (International Organization for Migration)");
            Organisation same = Organisation.reconstitute(Acronym.of("IOM"), "International Organization for Migration",
                    OrganisationType.MULTILATERAL, new IatiOrganisationIdentifier("XM-DAC-47066"), java.util.List.of(hungary), 3);
            assertThat(stored.sameStateAs(same)).isTrue();
            assertThat(stored.sameStateAs(Organisation.reconstitute(Acronym.of("IOM"), "Other name", OrganisationType.MULTILATERAL,
                    new IatiOrganisationIdentifier("XM-DAC-47066"), java.util.List.of(hungary), 3))).isFalse();
            assertThat(stored.sameStateAs(Organisation.reconstitute(Acronym.of("IOM"), "International Organization for Migration",
                    OrganisationType.MULTILATERAL, new IatiOrganisationIdentifier("XM-DAC-47066"), java.util.List.of(), 3))).isFalse();
            assertThat(stored.sameStateAs(Organisation.reconstitute(Acronym.of("IOM"), "International Organization for Migration",
                    OrganisationType.MULTILATERAL, new IatiOrganisationIdentifier("XM-DAC-47066"), java.util.List.of(hungary), 4))).isFalse();
        }
    }

    @Test
    @DisplayName("O1 O3 a value is well formed exactly when the identifier or acronym takes it")
    void wellFormedAgreesWithTheValueObjects() {
        assertThat(Acronym.isWellFormed("UNDP")).isTrue();
        assertThat(Acronym.isWellFormed("-UNDP")).isFalse();
        assertThat(Acronym.isWellFormed(null)).isFalse();
        assertRefused(Rule.O3, () -> new Acronym("-UNDP"));
        assertThat(IatiOrganisationIdentifier.isWellFormed("XM-DAC-47066")).isTrue();
        assertThat(IatiOrganisationIdentifier.isWellFormed("IOM")).isFalse();
        assertThat(IatiOrganisationIdentifier.isWellFormed(null)).isFalse();
        assertRefused(Rule.O1, () -> new IatiOrganisationIdentifier("IOM"));
    }
}

package org.programmeregistry.application.contract;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.domain.fixtures.SeedProgrammes;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.OrganisationType;
import org.programmeregistry.domain.territory.TerritoryCode;

/** What every {@link org.programmeregistry.application.port.out.OrganisationRepository} does. */
public abstract class OrganisationRepositoryContract extends PortContract {

    private void storeSeeds() {
        run(() -> SeedProgrammes.organisations().forEach(ports.organisations()::add));
    }

    @Test
    @DisplayName("organisations read back by acronym in any case, with their offices")
    void roundTrip() {
        storeSeeds();
        Organisation iom = inTransaction(() -> ports.organisations().find(Acronym.of("iom"))).orElseThrow();
        Organisation expected = SeedProgrammes.organisation(SeedProgrammes.IOM);
        assertThat(iom.sameStateAs(expected)).as("%s vs %s", iom.offices(), expected.offices()).isTrue();
        assertThat(iom.acronym().value()).isEqualTo("IOM");
        assertThat(inTransaction(() -> ports.organisations().find(Acronym.of("NOPE")))).isEmpty();
    }

    @Test
    @DisplayName("organisations are found by IATI identifier and listed by acronym")
    void findByIdentifierAndList() {
        storeSeeds();
        assertThat(inTransaction(() -> ports.organisations().findByIatiIdentifier(new IatiOrganisationIdentifier("XM-DAC-41121"))))
                .get().extracting(o -> o.acronym().value()).isEqualTo("UNHCR");
        assertThat(inTransaction(() -> ports.organisations().all())).extracting(o -> o.acronym().value())
                .containsExactly("AL-MFA", "AL-MOI", "AL-MOINT", "AL-MOLSAEO", "EC", "ICMPD", "IOM", "NL-GOV", "UNHCR");
    }

    @Test
    @DisplayName("an update stores a new office; a stale one is a concurrent change")
    void updates() {
        storeSeeds();
        Organisation first = inTransaction(() -> ports.organisations().find(Acronym.of("UNHCR"))).orElseThrow();
        Organisation stale = inTransaction(() -> ports.organisations().find(Acronym.of("UNHCR"))).orElseThrow();
        first.openOffice(TerritoryCode.of("AT"), of(1951, 1, 1), SeedProgrammes.CATALOGUE);
        run(() -> ports.organisations().update(first));
        Organisation loaded = inTransaction(() -> ports.organisations().find(Acronym.of("UNHCR"))).orElseThrow();
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.officeIn(TerritoryCode.of("AT"))).isPresent();
        stale.openOffice(TerritoryCode.of("HU"), of(1990, 1, 1), SeedProgrammes.CATALOGUE);
        assertThatThrownBy(() -> run(() -> ports.organisations().update(stale))).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> run(() -> ports.organisations().add(Organisation.register(Acronym.of("unhcr"), "Again",
                OrganisationType.OTHER, null)))).isInstanceOf(ConcurrentChangeException.class);
    }
}

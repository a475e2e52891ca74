package org.programmeregistry.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.OrganisationType;

/** Organisations an IATI import meets: matched by identifier or name, else planned under a readable acronym (O1, O3). */
class IatiOrganisationDirectoryTest {

    private final IatiOrganisationDirectory directory = new IatiOrganisationDirectory(List.of(Organisation.register(Acronym.of("IOM"),
            "International Organization for Migration", OrganisationType.MULTILATERAL, new IatiOrganisationIdentifier("XM-DAC-47066"))));

    private Organisation planned(Acronym acronym) {
        return directory.takeNewNamedBy(Set.of(acronym)).get(0);
    }

    @Test
    @DisplayName("O1 a known organisation is found by its IATI identifier, whatever name the file gives it")
    void matchedByIdentifier() {
        assertThat(directory.resolve(new IatiActivity.Organisation("XM-DAC-47066", "IOM UN Migration", "40"))).isEqualTo(Acronym.of("IOM"));
    }

    @Test
    @DisplayName("O3 a new organisation gets the initials of its name as acronym and keeps its IATI identifier")
    void newOrganisationGetsItsInitials() {
        Acronym acronym = directory.resolve(new IatiActivity.Organisation("XM-DAC-41114", "United Nations Development Programme", "40"));
        assertThat(acronym).isEqualTo(Acronym.of("UNDP"));
        assertThat(planned(acronym).iatiIdentifier()).contains(new IatiOrganisationIdentifier("XM-DAC-41114"));
    }

    @Test
    @DisplayName("O3 initials already taken get a number; a name without initials falls back to its identifier")
    void takenInitialsAndNoInitials() {
        assertThat(directory.resolve(new IatiActivity.Organisation(null, "Interior Organisation Ministry", "10"))).isEqualTo(Acronym.of("IOM-2"));
        assertThat(directory.resolve(new IatiActivity.Organisation("GB-GOV-1", "department", "10"))).isEqualTo(Acronym.of("GB-GOV-1"));
    }

    @Test
    @DisplayName("O1 an identifier of another form is not kept as an IATI identifier")
    void malformedIdentifierIsNotKept() {
        Acronym acronym = directory.resolve(new IatiActivity.Organisation("not an id", "Ministry of Interior", "10"));
        assertThat(acronym).isEqualTo(Acronym.of("MI"));
        assertThat(planned(acronym).iatiIdentifier()).isEmpty();
    }
}

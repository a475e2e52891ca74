package org.programmeregistry.application.port.in.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.programme.PartnerRole;

class ProgrammeViewTest {

    @Test
    @DisplayName("a partner's roles read in the order of IATI's role codes, whatever order they were given in, so output is the same every run")
    void partnerRolesInCodeOrder() {
        for (int run = 0; run < 20; run++) {
            ProgrammeView.Partner partner = new ProgrammeView.Partner("IOM", "International Organization for Migration",
                    Set.of(PartnerRole.IMPLEMENTING, PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE));
            assertThat(partner.roles()).containsExactly(PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING);
        }
    }

    @Test
    @DisplayName("a partner's roles cannot be changed through the view")
    void partnerRolesAreReadOnly() {
        ProgrammeView.Partner partner = new ProgrammeView.Partner("EC", "European Commission", Set.of());
        assertThat(partner.roles()).isEmpty();
        assertThatThrownBy(() -> partner.roles().add(PartnerRole.FUNDING)).isInstanceOf(UnsupportedOperationException.class);
    }
}

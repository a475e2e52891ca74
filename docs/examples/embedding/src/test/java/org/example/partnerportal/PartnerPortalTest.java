package org.example.partnerportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.programmeregistry.adapters.persistence.memory.InMemoryPersistence;
import org.programmeregistry.application.ProgrammeRegistry;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.domain.RuleViolation;

/** The portal's behaviour, on the in-memory adapter: no database, same rules. */
class PartnerPortalTest {

    // in-memory registry
    private final ProgrammeRegistry registry = ProgrammeRegistry.over(new InMemoryPersistence().ports())
            .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .build();
    // end of in-memory registry
    private final PartnerPortal portal = new PartnerPortal(registry);

    @Test
    void theFactSheetShowsWhatWasRegistered() {
        portal.registerBorderProgramme();

        assertEquals(String.join("\n",
                "Strengthening Integrated Border Management (XM-DAC-47066-HU-0001)",
                "Status: PIPELINE",
                "Beneficiaries: Albania",
                "Modules: 1 Border management (IOM)",
                "Donors: European Commission, IPA Regional Programme 2007, EUR 1500000"), portal.factSheet(PartnerPortal.PROGRAMME));
    }

    @Test
    void aProgrammeIsKnownOnceRegistered() {
        assertFalse(portal.knows(PartnerPortal.PROGRAMME));
        portal.registerBorderProgramme();
        assertTrue(portal.knows(PartnerPortal.PROGRAMME));
    }

    @Test
    void theRegistryRefusesABeneficiaryThatDidNotExistDuringTheProgrammeP6() {
        portal.registerBorderProgramme();

        // Serbia and Montenegro ended in 2006, before the programme began
        RuleViolation refused = assertThrows(RuleViolation.class, () -> registry.programmes()
                .addBeneficiary(new AddBeneficiaryUseCase.Command("partner-portal", PartnerPortal.PROGRAMME, "CS")));
        assertEquals("P6", refused.rule().name());
    }
}

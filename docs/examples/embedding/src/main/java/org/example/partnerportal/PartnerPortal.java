package org.example.partnerportal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.ProgrammeRegistry;
import org.programmeregistry.application.port.in.organisation.RegisterOrganisationUseCase;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.AddModuleUseCase;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.application.port.in.programme.RecordContributionUseCase;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.domain.organisation.OrganisationType;

/**
 * A partner portal that keeps its programmes in Programme Registry: it registers one
 * programme with a beneficiary, a module and a contribution, and prints its fact sheet.
 */
public final class PartnerPortal {

    static final String PROGRAMME = "XM-DAC-47066-HU-0001";
    private static final String ACTOR = "partner-portal";

    private final ProgrammeRegistry registry;

    public PartnerPortal(ProgrammeRegistry registry) {
        this.registry = registry;
    }

    /** Runs the portal on an H2 file in the folder given as the first argument. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "registry");
        // wiring
        JooqPersistence persistence = JooqPersistence.open("jdbc:h2:file:" + folder.toAbsolutePath().resolve("registry"), "sa", "", 2)
                .migrate();
        try (ProgrammeRegistry registry = ProgrammeRegistry.over(persistence.ports()).closing(persistence).build()) {
            PartnerPortal portal = new PartnerPortal(registry);
            if (!portal.knows(PROGRAMME)) {
                portal.registerBorderProgramme();
            }
            System.out.println(portal.factSheet(PROGRAMME));
        }
        // end of wiring
    }

    /** Enters the programme through the use cases: each call is one transaction, checked against every rule. */
    public void registerBorderProgramme() {
        // use cases
        registry.organisations().register(new RegisterOrganisationUseCase.Command(
                ACTOR, "IOM", "International Organization for Migration", OrganisationType.MULTILATERAL, "XM-DAC-47066"));
        registry.organisations().register(new RegisterOrganisationUseCase.Command(
                ACTOR, "EC", "European Commission", OrganisationType.MULTILATERAL, "XI-IATI-EC_INTPA"));
        registry.programmes().register(new RegisterProgrammeUseCase.Command(
                ACTOR, PROGRAMME, "Strengthening Integrated Border Management", "",
                LocalDate.of(2009, 6, 15), LocalDate.of(2011, 6, 14)));
        registry.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command(ACTOR, PROGRAMME, "AL"));
        registry.programmes().addModule(new AddModuleUseCase.Command(ACTOR, PROGRAMME, 1, "Border management", "IOM"));
        registry.programmes().recordContribution(new RecordContributionUseCase.Command(
                ACTOR, PROGRAMME, "EC", "IPA Regional Programme 2007", new BigDecimal("1500000"), "EUR"));
        // end of use cases
    }

    /** Whether the registry holds the programme (the H2 file outlives a run). */
    public boolean knows(String programmeId) {
        try {
            registry.queries().find(programmeId);
            return true;
        } catch (NotFoundException unknown) {
            return false;
        }
    }

    /** The programme's fact sheet as a few lines of text. */
    public String factSheet(String programmeId) {
        // fact sheet
        FactSheetQuery.FactSheet sheet = registry.queries().factSheet(programmeId);
        ProgrammeView programme = sheet.programme();
        return String.join("\n",
                programme.title() + " (" + programme.id() + ")",
                "Status: " + programme.status(),
                "Beneficiaries: " + programme.beneficiaries().stream().map(b -> b.name()).collect(Collectors.joining(", ")),
                "Modules: " + programme.modules().stream().map(m -> m.number() + " " + m.name() + " (" + m.lead() + ")")
                        .collect(Collectors.joining(", ")),
                "Donors: " + programme.contributions().stream()
                        .map(c -> c.donorName() + ", " + c.instrument().orElse("") + c.amount().map(a -> ", " + c.currency().orElse("") + " " + a)
                                .orElse(""))
                        .collect(Collectors.joining("; ")));
        // end of fact sheet
    }
}

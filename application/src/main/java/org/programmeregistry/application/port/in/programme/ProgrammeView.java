package org.programmeregistry.application.port.in.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.programmeregistry.application.port.in.TerritoryName;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/**
 * A programme as readers see it: organisations with their names, territories with the names
 * valid during the programme (T1).
 */
public record ProgrammeView(
        String id,
        String title,
        String summary,
        ProgrammeStatus status,
        Period plannedPeriod,
        Period actualPeriod,
        Optional<Office> coordinatingOffice,
        List<TerritoryName> beneficiaries,
        List<Contribution> contributions,
        List<Partner> partners,
        List<Module> modules,
        List<Deliverable> deliverables,
        List<String> sdgTargets,
        long version) {

    public record Office(String organisation, String organisationName, TerritoryName territory, LocalDate openedOn) {
    }

    public record Contribution(String donor, String donorName, Optional<String> instrument, Optional<BigDecimal> amount,
            Optional<String> currency) {
    }

    /** A partner with its roles in the order of {@link PartnerRole}, the same in every run. */
    public record Partner(String organisation, String name, Set<PartnerRole> roles) {
        public Partner {
            roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(PartnerRole.class) : EnumSet.copyOf(roles));
        }
    }

    public record Module(int number, String name, String lead, String leadName) {
    }

    public record Deliverable(int number, DeliverableKind kind, DeliverableScope scope, String title,
            Optional<TerritoryName> territory) {
    }
}

package org.programmeregistry.application.readmodel;

import java.util.Map;

/** Counts of programmes by status, by beneficiary territory and by donor. */
public record PortfolioSummary(long programmes, Map<String, Long> byStatus, Map<String, Long> byTerritory,
        Map<String, Long> byDonor) {

    public PortfolioSummary {
        byStatus = Map.copyOf(byStatus);
        byTerritory = Map.copyOf(byTerritory);
        byDonor = Map.copyOf(byDonor);
    }
}

package org.programmeregistry.application.port.in.programme;

import org.programmeregistry.application.readmodel.PortfolioSummary;

/** Counts of the registry's programmes by status, territory and donor. */
public interface PortfolioSummaryQuery {

    PortfolioSummary portfolio();
}

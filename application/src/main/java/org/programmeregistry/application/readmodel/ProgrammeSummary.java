package org.programmeregistry.application.readmodel;

import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/** One line of a programme search: what a list shows, read without loading the aggregate. */
public record ProgrammeSummary(String id, String title, ProgrammeStatus status, Period plannedPeriod, Period actualPeriod) {
}

package org.programmeregistry.domain.programme;

/** Whether a deliverable is for the whole region or for one beneficiary territory (P10). */
public enum DeliverableScope {
    REGIONAL,
    NATIONAL
}

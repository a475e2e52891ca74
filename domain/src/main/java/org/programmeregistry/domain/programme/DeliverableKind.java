package org.programmeregistry.domain.programme;

/** The products the seeds name: strategies, implementation action plans, benchmark sets. */
public enum DeliverableKind {
    STRATEGY,
    ACTION_PLAN,
    BENCHMARK_SET,
    OTHER
}

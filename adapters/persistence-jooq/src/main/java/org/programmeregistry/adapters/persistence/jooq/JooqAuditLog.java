package org.programmeregistry.adapters.persistence.jooq;

import static org.programmeregistry.adapters.persistence.jooq.Jdbc.Statement.parameter;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.AUDIT_ENTRY;

import java.util.ArrayList;
import java.util.List;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.readmodel.AuditEntry;

/** The audit trail in table {@code audit_entry}; rows are inserted, never updated. */
final class JooqAuditLog implements AuditLog {

    private final JooqTransactions transactions;

    JooqAuditLog(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEntry entry) {
        appendAll(List.of(entry));
    }

    /** Over JDBC ({@link Jdbc}): every use case appends; one batch for many, numbered in their order. */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        Jdbc.Statement insert = transactions.statement("audit append", dsl -> dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.OCCURRED_AT,
                AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.AGGREGATE_TYPE, AUDIT_ENTRY.AGGREGATE_ID, AUDIT_ENTRY.PROGRAMME_ID, AUDIT_ENTRY.ACTION,
                AUDIT_ENTRY.DETAIL).values(parameter(AUDIT_ENTRY.OCCURRED_AT), parameter(AUDIT_ENTRY.ACTOR), parameter(AUDIT_ENTRY.AGGREGATE_TYPE),
                        parameter(AUDIT_ENTRY.AGGREGATE_ID), parameter(AUDIT_ENTRY.PROGRAMME_ID), parameter(AUDIT_ENTRY.ACTION),
                        parameter(AUDIT_ENTRY.DETAIL)));
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            rows.add(new Object[] {Rows.utc(e.at()), e.actor(), e.aggregateType(), e.aggregateId(), e.programmeId().orElse(null), e.action(),
                e.detail()});
        }
        Jdbc.batch(transactions.connection(), insert, rows);
    }

    @Override
    public List<AuditEntry> ofProgramme(String programmeId) {
        return transactions.dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.PROGRAMME_ID.eq(programmeId)).orderBy(AUDIT_ENTRY.ID)
                .fetch(Rows.MAP::auditEntry);
    }
}

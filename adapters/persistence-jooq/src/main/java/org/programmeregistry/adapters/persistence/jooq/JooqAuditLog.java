package org.programmeregistry.adapters.persistence.jooq;

import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.AUDIT_ENTRY;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
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
        transactions.dsl().insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, Rows.utc(entry.at()))
                .set(AUDIT_ENTRY.ACTOR, entry.actor())
                .set(AUDIT_ENTRY.AGGREGATE_TYPE, entry.aggregateType())
                .set(AUDIT_ENTRY.AGGREGATE_ID, entry.aggregateId())
                .set(AUDIT_ENTRY.PROGRAMME_ID, entry.programmeId().orElse(null))
                .set(AUDIT_ENTRY.ACTION, entry.action())
                .set(AUDIT_ENTRY.DETAIL, entry.detail())
                .execute();
    }

    /** One JDBC batch; the identity column numbers the entries in their order. */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        if (entries.size() < 2) {
            entries.forEach(this::append);
            return;
        }
        DSLContext dsl = transactions.dsl();
        BatchBindStep batch = dsl.batch(dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.AGGREGATE_TYPE,
                AUDIT_ENTRY.AGGREGATE_ID, AUDIT_ENTRY.PROGRAMME_ID, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.DETAIL)
                .values((OffsetDateTime) null, null, null, null, null, null, null));
        for (AuditEntry e : entries) {
            batch = batch.bind(Rows.utc(e.at()), e.actor(), e.aggregateType(), e.aggregateId(), e.programmeId().orElse(null), e.action(),
                    e.detail());
        }
        batch.execute();
    }

    @Override
    public List<AuditEntry> ofProgramme(String programmeId) {
        return transactions.dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.PROGRAMME_ID.eq(programmeId)).orderBy(AUDIT_ENTRY.ID)
                .fetch(Rows.MAP::auditEntry);
    }
}

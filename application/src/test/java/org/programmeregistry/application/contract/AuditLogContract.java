package org.programmeregistry.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.readmodel.AuditEntry;

/** What every {@link org.programmeregistry.application.port.out.AuditLog} does. */
public abstract class AuditLogContract extends PortContract {

    @Test
    @DisplayName("entries of a programme read back in the order they were appended, other programmes' entries left out")
    void appendAndRead() {
        AuditEntry first = new AuditEntry(Instant.parse("2026-01-01T10:00:00Z"), "alice", "programme", "P-1", Optional.of("P-1"), "registered", "'Title'");
        AuditEntry other = new AuditEntry(Instant.parse("2026-01-01T10:00:01Z"), "bob", "programme", "P-2", Optional.of("P-2"), "registered", "");
        AuditEntry second = new AuditEntry(Instant.parse("2026-01-01T09:00:00Z"), "alice", "event", "P-1#1", Optional.of("P-1"), "held", "");
        AuditEntry organisation = new AuditEntry(Instant.parse("2026-01-01T10:00:02Z"), "carol", "organisation", "IOM", Optional.empty(), "registered", "");
        run(() -> {
            ports.auditLog().append(first);
            ports.auditLog().append(other);
        });
        run(() -> {
            ports.auditLog().append(second);
            ports.auditLog().append(organisation);
        });
        assertThat(inTransaction(() -> ports.auditLog().ofProgramme("P-1"))).containsExactly(first, second);
        assertThat(inTransaction(() -> ports.auditLog().ofProgramme("P-3"))).isEmpty();
    }

    @Test
    @DisplayName("entries appended together read back in their order, as if appended one by one")
    void appendAll() {
        java.util.List<AuditEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            entries.add(new AuditEntry(Instant.parse("2026-01-01T10:00:00Z").plusSeconds(i), "importer", "programme", "P-" + (i % 3),
                    Optional.of("P-" + (i % 3)), "imported from IATI", "created, line " + i));
        }
        run(() -> ports.auditLog().appendAll(entries));
        assertThat(inTransaction(() -> ports.auditLog().ofProgramme("P-1")))
                .containsExactlyElementsOf(entries.stream().filter(e -> e.aggregateId().equals("P-1")).toList());
    }

    @Test
    @DisplayName("entries appended by a failed transaction are not kept")
    void rollback() {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-01-01T10:00:00Z"), "alice", "programme", "P-1", Optional.of("P-1"), "registered", "");
        try {
            run(() -> {
                ports.auditLog().append(entry);
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }
        assertThat(inTransaction(() -> ports.auditLog().ofProgramme("P-1"))).isEmpty();
    }
}

package org.programmeregistry.application.port.in.programme;

import java.util.List;
import org.programmeregistry.application.readmodel.AuditEntry;

/** The accepted changes of a programme and its events, oldest first. */
public interface AuditTrailQuery {

    List<AuditEntry> trailOf(String programmeId);
}

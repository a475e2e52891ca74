package org.programmeregistry.application.port.out.iati;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Writes an {@code iati-activities} 2.03 document that validates against the official schema.
 * Events, delegations and participants are never part of it: {@link IatiActivity} has none.
 */
public interface IatiActivityWriter {

    void write(List<IatiActivity> activities, Instant generatedAt, OutputStream out);
}

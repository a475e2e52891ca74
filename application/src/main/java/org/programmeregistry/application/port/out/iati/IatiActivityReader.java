package org.programmeregistry.application.port.out.iati;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads an {@code iati-activities} 2.03 document one activity at a time, so memory does not
 * grow with the file. Hostile or broken input (DTDs, external entities, entity expansion,
 * excessive depth or text, non-XML, truncation) is refused with {@link IatiFileException}
 * without reading any other file or opening any connection.
 */
public interface IatiActivityReader {

    /** Hands each activity to {@code consumer} in document order; returns how many were read. */
    int read(InputStream in, Consumer<IatiActivity> consumer);
}

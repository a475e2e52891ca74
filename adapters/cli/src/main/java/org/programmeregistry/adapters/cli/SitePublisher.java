package org.programmeregistry.adapters.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;

/**
 * What the command line asks of a web site writer. The composition root hands one over with the input ports, so the
 * command line stays free of the site adapter (no adapter knows another).
 */
public interface SitePublisher {

    /**
     * Writes the static site of the given programmes (all when none are given) into {@code folder}.
     *
     * @param progress told the identifier of each programme written
     */
    Published publish(Path folder, List<String> programmeIds, boolean withNames, Consumer<String> progress);

    /** One programme's fact sheet as a page on its own (styles inline, no links). */
    String factSheetPage(FactSheetQuery.FactSheet sheet, boolean withNames);

    /** What was written: the index page, and how many programmes and pages. */
    record Published(Path index, int programmes, int pages) {
    }
}

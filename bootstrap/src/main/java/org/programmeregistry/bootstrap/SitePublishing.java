package org.programmeregistry.bootstrap;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.programmeregistry.adapters.cli.SitePublisher;
import org.programmeregistry.adapters.site.StaticSite;
import org.programmeregistry.application.ProgrammeRegistry;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.SearchProgrammesQuery;

/** The command line's site publisher: the site adapter over the registry's query ports, the registry opened on first need. */
final class SitePublishing implements SitePublisher {

    private final Supplier<ProgrammeRegistry> registry;

    SitePublishing(Supplier<ProgrammeRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Published publish(Path folder, List<String> programmeIds, boolean withNames, Consumer<String> progress) {
        ProgrammeRegistry opened = registry.get();
        StaticSite.Published published = new StaticSite(opened.port(SearchProgrammesQuery.class), opened.port(FactSheetQuery.class))
                .write(folder, programmeIds, withNames, progress);
        return new Published(published.index(), published.programmes(), published.pages());
    }

    @Override
    public String factSheetPage(FactSheetQuery.FactSheet sheet, boolean withNames) {
        return StaticSite.factSheetPage(sheet, withNames);
    }
}

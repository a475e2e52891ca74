package org.programmeregistry.application.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.programmeregistry.application.InvalidCommandException;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.in.iati.ExportIatiActivitiesUseCase;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase;
import org.programmeregistry.application.port.out.AuditLog;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.port.out.TransactionBoundary;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.application.port.out.iati.IatiActivityReader;
import org.programmeregistry.application.port.out.iati.IatiActivityWriter;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.SearchCursor;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * Exchange with the IATI activity standard (versions 2.01-2.03 read, 2.03 written). An import
 * reads the caller's stream once, in one transaction: {@link IatiImport} checks each activity
 * ({@link IatiActivityCheck}), matches its organisations ({@link IatiOrganisationDirectory}),
 * merges it into the model through the programme's own rules and writes in batches; a file
 * refused whole, or a dry run, is rolled back. An export ({@link IatiExport}) writes what IATI's
 * rules accept. Programmes are matched by identifier; only the parts a publication carries change
 * (title, summary, status, dates, beneficiaries, partners and funding, SDG targets); modules,
 * deliverables, office and events stay.
 */
public final class IatiExchangeService implements ImportIatiActivitiesUseCase, ExportIatiActivitiesUseCase {

    private final ProgrammeRepository programmes;
    private final OrganisationRepository organisations;
    private final TerritoryCatalogue catalogue;
    private final TransactionBoundary transactions;
    private final IatiActivityReader reader;
    private final IatiActivityWriter writer;
    private final Auditor auditor;
    private final Clock clock;

    public IatiExchangeService(ProgrammeRepository programmes, OrganisationRepository organisations, TerritoryCatalogue catalogue,
            TransactionBoundary transactions, AuditLog auditLog, Clock clock, IatiActivityReader reader, IatiActivityWriter writer) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.reader = reader;
        this.writer = writer;
        this.auditor = new Auditor(auditLog, clock);
        this.clock = clock;
    }

    // ---- import ------------------------------------------------------------------------------

    @Override
    public Report importActivities(ImportIatiActivitiesUseCase.Command c) {
        if (transactions.isOpen()) {
            // joined to a caller's transaction, a refused file could not be rolled back alone
            throw new IllegalStateException("an IATI import commits or rolls back a whole file in a transaction of its own; "
                    + "call it outside TransactionBoundary.inTransaction");
        }
        IatiImport run = new IatiImport(c, programmes, organisations, catalogue, auditor);
        try {
            transactions.run(() -> {
                run.start();
                reader.read(c.activities(), run::accept);
                run.flush();
                if (c.dryRun() || run.refusedWhole()) {
                    throw new RollBack();
                }
            });
        } catch (RollBack expected) {
            // a dry run, or a file refused whole, leaves nothing behind
        }
        return run.report();
    }

    /** Rolls back a dry run's transaction, or that of a file refused whole. */
    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RollBack() {
            // suppression stays on: a rollback that fails is added to it, not lost
            super(null, null, true, false);
        }
    }

    // ---- export ------------------------------------------------------------------------------

    @Override
    public int export(ExportIatiActivitiesUseCase.Command c) {
        List<IatiActivity> activities = transactions.inTransaction(() -> {
            List<String> ids = c.programmeIds().isEmpty() ? allProgrammeIds() : c.programmeIds();
            List<Programme> chosen = new ArrayList<>();
            for (String id : ids) {
                chosen.add(programmes.find(new ProgrammeId(id)).orElseThrow(() -> NotFoundException.programme(id)));
            }
            return new IatiExport(organisations, c.reportingOrganisation()).activities(chosen);
        });
        if (activities.isEmpty()) {
            throw new InvalidCommandException("ExportIatiActivitiesUseCase.Command",
                    List.of("programmeIds: the registry holds no programme to export; an IATI file has at least one activity"));
        }
        Path output = c.output();
        try {
            Path folder = output.toAbsolutePath().getParent();
            Path temporary = Files.createTempFile(folder, ".iati-export", ".xml");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(activities, clock.instant(), out);
            }
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        return activities.size();
    }

    private List<String> allProgrammeIds() {
        List<String> ids = new ArrayList<>();
        Optional<SearchCursor> after = Optional.empty();
        while (true) {
            var page = programmes.search(ProgrammeFilter.all(after, 1000));
            page.items().stream().map(ProgrammeSummary::id).forEach(ids::add);
            if (page.next().isEmpty()) {
                return ids;
            }
            after = page.next().flatMap(SearchCursor::of);
        }
    }
}

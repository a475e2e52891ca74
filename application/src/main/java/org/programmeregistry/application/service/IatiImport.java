package org.programmeregistry.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase.Refusal;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase.Report;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.application.readmodel.AuditEntry;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.PublishedProgramme;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * One import, in one transaction and one pass over the file: each activity is checked as it is
 * read ({@link IatiActivityCheck}), then merged into the model a batch at a time (a new
 * programme through {@link Programme#fromPublished}, a stored one through
 * {@link Programme#applyPublished}) and written. Once an activity is refused (without {@code
 * skipInvalid}) nothing more is written, the rest is only checked, and the caller rolls the
 * transaction back: the file is refused whole.
 */
final class IatiImport {

    /** Programmes checked and written together, so an import costs a few statements per batch, not per activity. */
    static final int BATCH = 500;

    private final ImportIatiActivitiesUseCase.Command command;
    private final ProgrammeRepository programmes;
    private final OrganisationRepository organisations;
    private final TerritoryCatalogue catalogue;
    private final Auditor auditor;
    private final Map<String, Integer> unmapped = new TreeMap<>();
    private final List<Refusal> refused = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Candidate> pending = new ArrayList<>();
    private IatiOrganisationDirectory directory;
    private IatiActivityCheck check;
    private int read;
    private int created;
    private int updated;
    private int unchanged;
    private int organisationsCreated;

    /** An activity that passed every rule of one programme: as published, and as a new programme would be. */
    private record Candidate(PublishedProgramme published, Programme asNew, IatiActivity activity) {
    }

    IatiImport(ImportIatiActivitiesUseCase.Command command, ProgrammeRepository programmes, OrganisationRepository organisations,
            TerritoryCatalogue catalogue, Auditor auditor) {
        this.command = command;
        this.programmes = programmes;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.auditor = auditor;
    }

    /** Inside the transaction: the organisations known when the import starts. */
    void start() {
        directory = new IatiOrganisationDirectory(organisations.all());
        check = new IatiActivityCheck(directory);
    }

    void accept(IatiActivity activity) {
        read++;
        command.progress().accept(read);
        activity.unmapped().forEach((element, count) -> unmapped.merge(element, count, Integer::sum));
        if (activity.reportingOrganisation() != null) {
            unmapped.merge("reporting-org", 1, Integer::sum);
        }
        if (!activity.sdgGoals().isEmpty()) {
            unmapped.merge("tag (SDG goal)", activity.sdgGoals().size(), Integer::sum);
        }
        try {
            String identifier = IatiActivityCheck.programmeIdentifier(activity);
            RuleViolation.require(seen.add(String.valueOf(identifier)), Rule.P1,
                    "the identifier appears twice in the file; identifiers are unique");
            PublishedProgramme published = check.published(activity);
            pending.add(new Candidate(published, Programme.fromPublished(published, catalogue), activity));
        } catch (RuleViolation violation) {
            refuse(activity, violation);
        }
        if (pending.size() == BATCH) {
            flush();
        }
    }

    private void refuse(IatiActivity activity, RuleViolation violation) {
        refused.add(new Refusal(IatiActivityCheck.programmeIdentifier(activity), activity.line(), violation.rule(),
                violation.explanation()));
    }

    /** Merges the pending programmes into the stored ones and, while the file may still be written, writes them. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<ProgrammeId, Programme> stored = programmes.findAll(pending.stream().map(p -> p.published().id()).toList());
        List<Programme> added = new ArrayList<>();
        List<Programme> changed = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        for (Candidate candidate : pending) {
            Programme existing = stored.get(candidate.published().id());
            String id = candidate.published().id().value();
            if (existing == null) {
                added.add(candidate.asNew());
                entries.add(auditor.programmeEntry(command.actor(), id, "imported from IATI", "created, line " + candidate.activity().line()));
                continue;
            }
            try {
                if (existing.applyPublished(candidate.published(), catalogue)) {
                    changed.add(existing);
                    entries.add(auditor.programmeEntry(command.actor(), id, "imported from IATI", "updated, line " + candidate.activity().line()));
                } else {
                    unchanged++;
                }
            } catch (RuleViolation violation) {
                refuse(candidate.activity(), violation);
            }
        }
        pending.clear();
        if (refusedWhole()) {
            return;
        }
        Set<Acronym> named = new HashSet<>();
        added.forEach(p -> named.addAll(p.partners().keySet()));
        changed.forEach(p -> named.addAll(p.partners().keySet()));
        List<AuditEntry> organisationEntries = new ArrayList<>();
        for (Organisation organisation : directory.takeNewNamedBy(named)) {
            organisations.add(organisation);
            organisationEntries.add(auditor.organisationEntry(command.actor(), organisation.acronym().value(), "registered from IATI",
                    organisation.name() + ", " + organisation.type()));
            organisationsCreated++;
        }
        programmes.addAll(added);
        changed.forEach(programmes::update);
        organisationEntries.addAll(entries);
        auditor.appendAll(organisationEntries);
        created += added.size();
        updated += changed.size();
    }

    boolean refusedWhole() {
        return !refused.isEmpty() && !command.skipInvalid();
    }

    Report report() {
        List<Refusal> inOrder = refused.stream().sorted(Comparator.comparingInt(Refusal::line)).toList();
        if (refusedWhole()) {
            return new Report(read, 0, 0, 0, 0, inOrder, unmapped, false, true);
        }
        return new Report(read, created, updated, unchanged, organisationsCreated, inOrder, unmapped, !command.dryRun(), false);
    }
}

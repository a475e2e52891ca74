package org.programmeregistry.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
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
import org.programmeregistry.application.readmodel.AuditEntry;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.SearchCursor;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.OrganisationType;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.ProgrammeSnapshot;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.programme.SdgTarget;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * Exchange with the IATI activity standard 2.03. An import reads the file once, streaming, in
 * one transaction: every activity is checked against every rule, and the valid ones are
 * written in batches; a file refused whole is rolled back. Programmes are matched by identifier and organisations by IATI
 * identifier, else by name; new organisations are created. Only the mapped fields of an
 * existing programme change (title, summary, status, dates, beneficiaries, partners and
 * funding, SDG targets); its modules, deliverables, office and events stay.
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
        Import run = new Import(c);
        try {
            transactions.run(() -> {
                run.start();
                readFile(c.file(), run::accept);
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

    /** Programmes checked and written together, so an import costs a few statements per batch, not per activity. */
    static final int BATCH = 500;

    /**
     * One import, in one transaction and one pass over the file: each activity is checked as
     * it is read, and the valid ones are written a batch at a time. Once an activity is
     * refused (without {@code skipInvalid}) nothing more is written, the rest is only
     * checked, and the transaction is rolled back: the file is refused whole.
     */
    private final class Import {
        private final ImportIatiActivitiesUseCase.Command command;
        private final Map<String, Integer> unmapped = new TreeMap<>();
        private final List<Refusal> refused = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final List<Candidate> pending = new ArrayList<>();
        private OrganisationDirectory directory;
        private int read;
        private int created;
        private int updated;
        private int unchanged;
        private int organisationsCreated;

        Import(ImportIatiActivitiesUseCase.Command command) {
            this.command = command;
        }

        void start() {
            directory = new OrganisationDirectory(organisations.all());
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
                RuleViolation.require(seen.add(String.valueOf(activity.identifier())), Rule.P1,
                        "the identifier appears twice in the file; identifiers are unique");
                pending.add(new Candidate(candidate(activity, directory), activity.line()));
            } catch (RuleViolation violation) {
                String name = activity.identifier() == null ? "(no identifier, line " + activity.line() + ")" : activity.identifier();
                refused.add(new Refusal(activity.line(), name + ": " + violation.getMessage()));
            }
            if (pending.size() == BATCH) {
                flush();
            }
        }

        /** Compares the pending programmes with the stored ones and, while the file may still be written, writes them. */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            Map<ProgrammeId, Programme> stored = programmes.findAll(pending.stream().map(p -> p.programme().id()).toList());
            List<Programme> added = new ArrayList<>();
            List<Programme> changed = new ArrayList<>();
            List<AuditEntry> entries = new ArrayList<>();
            for (Candidate candidate : pending) {
                Programme programme = candidate.programme();
                Programme existing = stored.get(programme.id());
                if (existing == null) {
                    added.add(programme);
                    entries.add(auditor.programmeEntry(command.actor(), programme.id().value(), "imported from IATI",
                            "created, line " + candidate.line()));
                } else if (mapped(existing).equals(mapped(programme))) {
                    unchanged++;
                } else {
                    try {
                        changed.add(merge(existing, programme));
                        entries.add(auditor.programmeEntry(command.actor(), programme.id().value(), "imported from IATI",
                                "updated, line " + candidate.line()));
                    } catch (RuleViolation violation) {
                        refused.add(new Refusal(candidate.line(), programme.id().value() + ": " + violation.getMessage()));
                    }
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
            List<String> lines = refused.stream().sorted(Comparator.comparingInt(Refusal::line)).map(Refusal::text).toList();
            if (refusedWhole()) {
                return new Report(read, 0, 0, 0, 0, lines, unmapped, false);
            }
            return new Report(read, created, updated, unchanged, organisationsCreated, lines, unmapped, !command.dryRun());
        }
    }

    /** An activity that passed every rule of one programme, with its line for the audit trail. */
    private record Candidate(Programme programme, int line) {
    }

    private record Refusal(int line, String text) {
    }

    private void readFile(Path file, Consumer<IatiActivity> consumer) {
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, consumer);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The programme as the activity describes it, checked against every rule of one programme. */
    private Programme candidate(IatiActivity a, OrganisationDirectory directory) {
        ProgrammeId id = new ProgrammeId(a.identifier());
        ProgrammeStatus status = a.statusCode() == null ? ProgrammeStatus.PIPELINE : ProgrammeStatus.fromIatiCode(a.statusCode())
                .orElseThrow(() -> new RuleViolation(Rule.I1, "activity status code '" + a.statusCode()
                        + "' is not one of the IATI codes 1-6"));
        Period planned = Period.of(a.plannedStart(), a.plannedEnd(), Rule.P3, "the planned period");
        Period actual = Period.of(a.actualStart(), a.actualEnd(), Rule.P3, "the actual period");
        List<TerritoryCode> beneficiaries = new ArrayList<>(new LinkedHashSet<>(a.recipientCountries().stream().map(TerritoryCode::of).toList()));
        Map<Acronym, Set<PartnerRole>> roles = new TreeMap<>();
        Map<Acronym, Contribution> funding = new LinkedHashMap<>();
        for (IatiActivity.Participant participant : a.participants()) {
            PartnerRole role = PartnerRole.fromIatiCode(participant.roleCode()).orElseThrow(() -> new RuleViolation(Rule.I1,
                    "participating organisation role '" + participant.roleCode() + "' is not one of the IATI codes 1-4"));
            Acronym organisation = directory.resolve(participant.organisation());
            if (role == PartnerRole.FUNDING) {
                funding.putIfAbsent(organisation, new Contribution(organisation, Optional.empty(), Optional.empty()));
            } else {
                roles.computeIfAbsent(organisation, o -> EnumSet.noneOf(PartnerRole.class)).add(role);
            }
        }
        List<SdgTarget> targets = a.sdgTargets().stream().distinct().map(SdgTarget::new).toList();
        Programme programme = Programme.reconstitute(new ProgrammeSnapshot(id, a.title(), a.description(), status, planned, actual,
                Optional.empty(), beneficiaries, List.copyOf(funding.values()), roles, List.of(), List.of(), targets, List.of(), 0));
        programme.checkTerritories(catalogue);
        return programme;
    }

    /** What an import compares: the fields the IATI file carries. */
    private record Mapped(String title, String summary, ProgrammeStatus status, Period planned, Period actual,
            Set<TerritoryCode> beneficiaries, Map<Acronym, Set<PartnerRole>> partners, Set<SdgTarget> targets) {
    }

    private static Mapped mapped(Programme p) {
        return new Mapped(p.title(), p.summary(), p.status(), p.planned(), p.actual(), new HashSet<>(p.beneficiaries()), p.partners(),
                new HashSet<>(p.sdgTargets()));
    }

    /** The existing programme with the file's mapped fields, its other parts kept, checked again. */
    private Programme merge(Programme existing, Programme candidate) {
        ProgrammeSnapshot old = existing.snapshot();
        ProgrammeSnapshot now = candidate.snapshot();
        Set<Acronym> donors = new HashSet<>();
        now.contributions().forEach(c -> donors.add(c.donor()));
        List<Contribution> contributions = new ArrayList<>(old.contributions().stream().filter(c -> donors.contains(c.donor())).toList());
        now.contributions().stream().filter(c -> contributions.stream().noneMatch(k -> k.donor().equals(c.donor()))).forEach(contributions::add);
        Programme merged = Programme.reconstitute(new ProgrammeSnapshot(old.id(), now.title(), now.summary(), now.status(), now.planned(),
                now.actual(), old.coordinatingOffice(), now.beneficiaries(), contributions, now.roles(), old.modules(), old.deliverables(),
                now.sdgTargets(), old.events(), old.version()));
        merged.checkTerritories(catalogue);
        return merged;
    }

    /** Rolls back a dry run's transaction, or that of a file refused whole. */
    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RollBack() {
            // suppression stays on: a rollback that fails is added to it, not lost
            super(null, null, true, false);
        }
    }

    /**
     * Finds the registry's organisation for an IATI participating organisation: by IATI
     * identifier, else by name; plans a new one, under an acronym of its own, when neither matches.
     */
    static final class OrganisationDirectory {
        private final Map<String, Acronym> byIdentifier = new HashMap<>();
        private final Map<String, Acronym> byName = new HashMap<>();
        private final Set<Acronym> taken = new HashSet<>();
        private final List<Organisation> created = new ArrayList<>();

        OrganisationDirectory(List<Organisation> known) {
            known.forEach(this::remember);
        }

        private void remember(Organisation o) {
            o.iatiIdentifier().ifPresent(id -> byIdentifier.put(id.value(), o.acronym()));
            byName.putIfAbsent(nameKey(o.name()), o.acronym());
            taken.add(o.acronym());
        }

        Acronym resolve(IatiActivity.Organisation o) {
            String ref = blankToNull(o.ref());
            String name = blankToNull(o.name());
            if (ref != null && byIdentifier.containsKey(ref)) {
                return byIdentifier.get(ref);
            }
            if (name != null && byName.containsKey(nameKey(name))) {
                return byName.get(nameKey(name));
            }
            RuleViolation.require(ref != null || name != null, Rule.I1, "a participating organisation has neither an identifier nor a name");
            IatiOrganisationIdentifier identifier = ref != null && ref.matches("[A-Z]{2}-[A-Z0-9]{2,}-\\S{1,150}") ? new IatiOrganisationIdentifier(ref) : null;
            Organisation organisation = Organisation.register(freeAcronym(ref, name), name != null ? name : ref,
                    OrganisationType.fromIatiCode(o.typeCode()).orElse(OrganisationType.OTHER), identifier);
            remember(organisation);
            created.add(organisation);
            return organisation.acronym();
        }

        /**
         * The planned organisations among {@code named}, no longer planned. An organisation
         * only a refused activity named stays planned, and is never registered unless a valid
         * activity names it later.
         */
        List<Organisation> takeNewNamedBy(Set<Acronym> named) {
            List<Organisation> taken = created.stream().filter(o -> named.contains(o.acronym())).toList();
            created.removeAll(taken);
            return taken;
        }

        private Acronym freeAcronym(String ref, String name) {
            String base;
            if (ref != null && ref.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._&/-]{0,35}")) {
                base = ref;
            } else {
                StringBuilder initials = new StringBuilder();
                for (String word : (name != null ? name : ref).split("[^\\p{L}\\p{N}]+")) {
                    if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                        initials.append(word.charAt(0));
                    }
                }
                base = initials.length() == 0 ? "ORG" : initials.substring(0, Math.min(30, initials.length())).toUpperCase(Locale.ROOT);
            }
            Acronym candidate = Acronym.of(base);
            for (int n = 2; taken.contains(candidate); n++) {
                candidate = Acronym.of(base + "-" + n);
            }
            return candidate;
        }

        private static String nameKey(String name) {
            return String.join(" ", name.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    // ---- export ------------------------------------------------------------------------------

    @Override
    public int export(ExportIatiActivitiesUseCase.Command c) {
        List<IatiActivity> activities = transactions.inTransaction(() -> {
            Map<Acronym, Organisation> known = new HashMap<>();
            organisations.all().forEach(o -> known.put(o.acronym(), o));
            List<String> ids = c.programmeIds().isEmpty() ? allProgrammeIds() : c.programmeIds();
            List<IatiActivity> result = new ArrayList<>();
            for (String id : ids) {
                Programme programme = programmes.find(new ProgrammeId(id)).orElseThrow(() -> NotFoundException.programme(id));
                result.add(activity(programme, known));
            }
            return result;
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
            Files.move(temporary, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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

    /** The programme as an IATI activity: no modules, deliverables, events or people. */
    static IatiActivity activity(Programme p, Map<Acronym, Organisation> known) {
        List<IatiActivity.Participant> participants = new ArrayList<>();
        IatiActivity.Organisation reporting = null;
        for (Map.Entry<Acronym, Set<PartnerRole>> partner : p.partners().entrySet()) {
            IatiActivity.Organisation organisation = organisation(partner.getKey(), known);
            for (PartnerRole role : EnumSet.copyOf(partner.getValue())) {
                participants.add(new IatiActivity.Participant(organisation, role.iatiCode()));
                if (role == PartnerRole.ACCOUNTABLE && reporting == null) {
                    reporting = organisation;
                }
            }
        }
        return new IatiActivity(p.id().value(), reporting, p.title(), p.summary(), p.status().iatiCode(), p.planned().start(),
                p.actual().start(), p.planned().end(), p.actual().end(), participants,
                p.beneficiaries().stream().map(TerritoryCode::value).toList(), p.sdgTargets().stream().map(SdgTarget::code).toList(),
                List.of(), Map.of(), 0);
    }

    private static IatiActivity.Organisation organisation(Acronym acronym, Map<Acronym, Organisation> known) {
        Organisation o = known.get(acronym);
        if (o == null) {
            return new IatiActivity.Organisation(null, acronym.value(), null);
        }
        return new IatiActivity.Organisation(o.iatiIdentifier().map(Object::toString).orElse(null), o.name(), o.type().iatiCode());
    }

}

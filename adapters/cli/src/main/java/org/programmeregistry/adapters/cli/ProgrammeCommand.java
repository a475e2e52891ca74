package org.programmeregistry.adapters.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.AddDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.AddModuleUseCase;
import org.programmeregistry.application.port.in.programme.AssignCoordinatingOfficeUseCase;
import org.programmeregistry.application.port.in.programme.AssignPartnerRoleUseCase;
import org.programmeregistry.application.port.in.programme.AuditTrailQuery;
import org.programmeregistry.application.port.in.programme.ChangeContributionUseCase;
import org.programmeregistry.application.port.in.programme.ChangeDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase.Step;
import org.programmeregistry.application.port.in.programme.FactSheetQuery;
import org.programmeregistry.application.port.in.programme.FindProgrammeQuery;
import org.programmeregistry.application.port.in.programme.PortfolioSummaryQuery;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.application.port.in.programme.RecordContributionUseCase;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.RemoveBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.RemoveContributionUseCase;
import org.programmeregistry.application.port.in.programme.RemoveDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.RemoveModuleUseCase;
import org.programmeregistry.application.port.in.programme.RemoveSdgTargetUseCase;
import org.programmeregistry.application.port.in.programme.RescheduleProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.ReviseProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.SearchProgrammesQuery;
import org.programmeregistry.application.port.in.programme.TagSdgTargetUseCase;
import org.programmeregistry.application.readmodel.AuditEntry;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.PortfolioSummary;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code programmes programme ...}: create, read, search, change and move programmes along their life cycle. */
@Command(name = "programme", mixinStandardHelpOptions = true, description = "Register, read, search and change programmes.",
        modelTransformer = LazySubcommands.class)
@Subcommands({
            ProgrammeCommand.Register.class, ProgrammeCommand.Show.class, ProgrammeCommand.ListAll.class, ProgrammeCommand.FactSheet.class,
            ProgrammeCommand.Revise.class, ProgrammeCommand.Reschedule.class, ProgrammeCommand.Beneficiary.class, ProgrammeCommand.Fund.class,
            ProgrammeCommand.Role.class, ProgrammeCommand.Office.class, ProgrammeCommand.ModuleCommand.class, ProgrammeCommand.Deliverable.class,
            ProgrammeCommand.Sdg.class, ProgrammeCommand.Start.class, ProgrammeCommand.Finalise.class, ProgrammeCommand.Close.class,
            ProgrammeCommand.Suspend.class, ProgrammeCommand.Resume.class, ProgrammeCommand.Cancel.class, ProgrammeCommand.Portfolio.class,
            ProgrammeCommand.Audit.class})
final class ProgrammeCommand {

    @Command(name = "register", mixinStandardHelpOptions = true, description = "Register a programme in the pipeline (P1-P3).")
    static final class Register extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>",
                description = "identifier of the new programme: 1-100 letters, digits, '.', '_', '/' or '-', unique regardless of case, e.g. XM-DAC-47066-HU-0001 (P1)")
        String id;
        @Option(names = "--title", required = true, description = "title, at most 500 characters (P2)")
        String title;
        @Option(names = "--summary", description = "what the programme does, at most 10,000 characters (default: none)")
        String summary;
        @Option(names = "--planned-start", paramLabel = "<date>", description = "first day of the planned period, YYYY-MM-DD (default: not yet known)")
        LocalDate plannedStart;
        @Option(names = "--planned-end", paramLabel = "<date>",
                description = "last day of the planned period, YYYY-MM-DD, not before its first day (P3; default: not yet known)")
        LocalDate plannedEnd;

        @Override
        public Integer call() {
            port(RegisterProgrammeUseCase.class).register(new RegisterProgrammeUseCase.Command(actor(), id, title, summary, plannedStart, plannedEnd));
            return done("registered programme " + id);
        }
    }

    @Command(name = "revise", mixinStandardHelpOptions = true, description = "Give a programme a new title and summary (P2).")
    static final class Revise extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--title", required = true, description = "the new title, at most 500 characters (P2)")
        String title;
        @Option(names = "--summary", description = "the new summary, at most 10,000 characters; left out, the summary is removed")
        String summary;

        @Override
        public Integer call() {
            port(ReviseProgrammeUseCase.class).revise(new ReviseProgrammeUseCase.Command(actor(), id, title, summary));
            return done("revised programme " + id);
        }
    }

    @Command(name = "reschedule", mixinStandardHelpOptions = true, description = "Replace a programme's planned and actual dates (P3, P5-P7, E1).")
    static final class Reschedule extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--planned-start", paramLabel = "<date>", description = "first day of the planned period, YYYY-MM-DD; left out: not known")
        LocalDate plannedStart;
        @Option(names = "--planned-end", paramLabel = "<date>", description = "last day of the planned period, YYYY-MM-DD; left out: not known")
        LocalDate plannedEnd;
        @Option(names = "--actual-start", paramLabel = "<date>", description = "day the programme actually started, YYYY-MM-DD; left out: not known")
        LocalDate actualStart;
        @Option(names = "--actual-end", paramLabel = "<date>", description = "day the programme actually ended, YYYY-MM-DD; left out: not known")
        LocalDate actualEnd;

        @Override
        public Integer call() {
            port(RescheduleProgrammeUseCase.class).reschedule(new RescheduleProgrammeUseCase.Command(actor(), id, plannedStart, plannedEnd,
                    actualStart, actualEnd));
            return done("rescheduled programme " + id);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a programme.")
    static final class Show extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--format", defaultValue = "text", description = "output: text or json; csv has no shape for one thing (default: ${DEFAULT-VALUE})")
        Format.OfOne format;

        @Override
        public Integer call() {
            ProgrammeView p = port(FindProgrammeQuery.class).find(id);
            if (format == Format.OfOne.JSON) {
                out().println(Json.write(p));
            } else {
                FactSheetText.programme(p, out());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "factsheet", mixinStandardHelpOptions = true,
            description = "Print a programme the way the seed pages present it, with its modules, deliverables and events; "
                    + "as text, JSON, or an HTML page on its own (the page 'programmes site' writes, styles inline).")
    static final class FactSheet extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--format", defaultValue = "text", description = "output: text, json or html (default: ${DEFAULT-VALUE})")
        FactSheetFormat format;
        @Option(names = "--with-names",
                description = "name the people of delegations (text and html); without it they appear by position and institution only")
        boolean withNames;

        /** The fact sheet's own formats: no CSV, but a web page. */
        enum FactSheetFormat {
            TEXT, JSON, HTML
        }

        @Override
        public Integer call() {
            FactSheetQuery.FactSheet sheet = port(FactSheetQuery.class).factSheet(id);
            switch (format) {
                case JSON -> out().println(Json.write(withNames ? sheet : sheet.withoutNames()));
                case HTML -> out().print(port(SitePublisher.class).factSheetPage(sheet, withNames));
                default -> FactSheetText.factSheet(sheet, out(), withNames);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List programmes, filtered by territory, organisation (any role), donor, status, a day they were active on and words of their text.")
    static final class ListAll extends RegistryCommand {
        @Option(names = "--territory", description = "beneficiary territory, e.g. CS")
        String territory;
        @Option(names = "--organisation", description = "organisation acronym, in any role (funding, accountable, extending, implementing, module lead, coordinating office)")
        String organisation;
        @Option(names = "--donor", description = "acronym of a donor")
        String donor;
        @Option(names = "--status", description = "one of ${COMPLETION-CANDIDATES}")
        ProgrammeStatus status;
        @Option(names = "--active-on", paramLabel = "<date>", description = "a day the programme ran on, YYYY-MM-DD")
        LocalDate activeOn;
        @Option(names = "--text", description = "words of the title, summary, module names, deliverable or event titles, in any case and "
                + "without accents; each may be the start of a word; the most relevant programmes first")
        String text;
        @Option(names = "--limit", description = "most programmes to list, 1-1000 (default: 100 as text; every match as json or csv)")
        Integer limit;
        @Option(names = "--after", paramLabel = "<cursor>", description = "list the page after this cursor, as a limited list printed it")
        String after;
        @Option(names = "--count", description = "count the matches exactly even when there are many (else an estimate above 200)")
        boolean count;
        @Option(names = "--offset", hidden = true, description = "not supported: page with --limit and --after")
        String offset;
        @Option(names = "--format", defaultValue = "text", description = "output: text, json or csv (default: ${DEFAULT-VALUE})")
        Format format;

        /** A list cut by --limit, in JSON: the page, the total (exact or not) and the cursor of the next page or null. */
        record LimitedListing(List<ProgrammeSummary> items, long total, boolean totalExact, String next) {
        }

        @Override
        public Integer call() {
            if (offset != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--offset is not supported: page with --limit and --after <cursor>, the cursor a limited list prints");
            }
            Integer pageSize = limit != null ? limit : format == Format.TEXT ? Integer.valueOf(100) : null;
            SearchProgrammesQuery.Criteria criteria = new SearchProgrammesQuery.Criteria(territory, organisation, donor, status, activeOn, text,
                    after, pageSize == null ? 1000 : pageSize, count);
            Page<ProgrammeSummary> page = port(SearchProgrammesQuery.class).search(criteria);
            List<ProgrammeSummary> items = page.items();
            if (pageSize == null && page.next().isPresent()) {
                // every match: the following pages too
                items = new ArrayList<>(items);
                Page<ProgrammeSummary> more = page;
                while (more.next().isPresent()) {
                    more = port(SearchProgrammesQuery.class).search(criteria.after(more.next().get()));
                    items.addAll(more.items());
                }
            }
            boolean limited = pageSize != null;
            String counted = items.size() + " of " + (page.totalExact() ? "" : "about ") + Amounts.count(page.total()) + " programme(s)"
                    + page.next().map(n -> "; next page: --after " + n).orElse("");
            switch (format) {
                case JSON -> out().println(Json.write(limited
                        ? new LimitedListing(items, page.total(), page.totalExact(), page.next().orElse(null))
                        : Json.Listing.of(items)));
                case CSV -> {
                    out().println(Csv.line(List.of("id", "title", "status", "plannedStart", "plannedEnd", "actualStart", "actualEnd")));
                    items.forEach(p -> out().println(Csv.line(List.of(p.id(), p.title(), p.status(), Dates.iso(p.plannedPeriod().start()),
                            Dates.iso(p.plannedPeriod().end()), Dates.iso(p.actualPeriod().start()), Dates.iso(p.actualPeriod().end())))));
                    if (limited) {
                        err().println(counted);
                    }
                }
                case TEXT -> {
                    if (items.isEmpty()) {
                        out().println("no programmes match");
                        return ExitCodes.OK;
                    }
                    items.forEach(p -> out().printf("%-28s %-14s %-25s %s%n", p.id(), p.status(),
                            Dates.factSheet(p.actualPeriod().orElse(p.plannedPeriod())), p.title()));
                    out().println(counted);
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "beneficiary", mixinStandardHelpOptions = true, description = "Add or remove a beneficiary territory (P6).")
    static final class Beneficiary extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @ArgGroup(multiplicity = "1")
        Change change;

        static final class Change {
            @Option(names = "--add", paramLabel = "<territory>", required = true,
                    description = "territory to add, ISO 3166-1 alpha-2 (former codes such as CS too), e.g. AL; it exists during the programme period (P6)")
            String add;
            @Option(names = "--remove", paramLabel = "<territory>", required = true, description = "beneficiary territory to remove, e.g. AL")
            String remove;
        }

        @Override
        public Integer call() {
            if (change.add != null) {
                port(AddBeneficiaryUseCase.class).addBeneficiary(new AddBeneficiaryUseCase.Command(actor(), id, change.add));
                return done("added beneficiary " + change.add.strip().toUpperCase(Locale.ROOT) + " to " + id);
            }
            port(RemoveBeneficiaryUseCase.class).removeBeneficiary(new RemoveBeneficiaryUseCase.Command(actor(), id, change.remove));
            return done("removed beneficiary " + change.remove.strip().toUpperCase(Locale.ROOT) + " from " + id);
        }
    }

    @Command(name = "fund", mixinStandardHelpOptions = true, description = "Record a donor's contribution (P9), or correct or remove one (P13).")
    static final class Fund extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--donor", required = true, description = "acronym of the donor organisation, e.g. EC")
        String donor;
        @Option(names = "--instrument", description = "funding instrument, e.g. \"IPA Regional Programme 2007\" (a donor contributes once per instrument, P9)")
        String instrument;
        @Option(names = "--amount", description = "amount, not negative, e.g. 1500000.00 (default: not known)")
        BigDecimal amount;
        @Option(names = "--currency", description = "currency of the amount, ISO 4217, e.g. EUR; needed with --amount (P9)")
        String currency;
        @ArgGroup(exclusive = true, multiplicity = "0..1")
        FundCorrection correction;
        @Option(names = "--no-amount", description = "with --change: the contribution has no known amount any more")
        boolean noAmount;
        @Option(names = "--new-instrument", paramLabel = "<instrument>",
                description = "with --change: the instrument's corrected name (P9: not one the donor has already)")
        String newInstrument;

        /** A correction names the recorded line by --donor and --instrument as it was recorded. */
        static final class FundCorrection {
            @Option(names = "--change", required = true,
                    description = "correct the contribution of --donor through --instrument (none: leave --instrument out): "
                            + "give it --amount with --currency, --no-amount or --new-instrument (P13)")
            boolean change;
            @Option(names = "--remove", required = true, description = "remove the contribution of --donor through --instrument (P13, P5)")
            boolean remove;
        }

        @Override
        public Integer call() {
            if (correction != null) {
                return correct();
            }
            if (noAmount || newInstrument != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--no-amount and --new-instrument go with --change");
            }
            requireAmountWithCurrency();
            port(RecordContributionUseCase.class).recordContribution(new RecordContributionUseCase.Command(actor(), id, donor, instrument, amount,
                    currency == null ? null : currency.strip().toUpperCase(Locale.ROOT)));
            return done("recorded the contribution of " + donor.strip() + " to " + id);
        }

        private Integer correct() {
            String line = donor.strip() + (instrument == null || instrument.isBlank() ? "" : " (" + instrument.strip() + ")");
            if (correction.remove) {
                if (amount != null || currency != null || noAmount || newInstrument != null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--remove takes no --amount, --currency, --no-amount or --new-instrument");
                }
                port(RemoveContributionUseCase.class).removeContribution(new RemoveContributionUseCase.Command(actor(), id, donor, instrument));
                return done("removed the contribution of " + line + " from " + id);
            }
            requireAmountWithCurrency();
            port(ChangeContributionUseCase.class).changeContribution(new ChangeContributionUseCase.Command(actor(), id, donor, instrument,
                    newInstrument, amount, currency == null ? null : currency.strip().toUpperCase(Locale.ROOT), noAmount));
            return done("changed the contribution of " + line + " to " + id);
        }

        private void requireAmountWithCurrency() {
            if ((amount == null) != (currency == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "[P9] an amount is recorded with its currency: give "
                        + (amount == null ? "--amount with --currency" : "--currency with --amount") + ", e.g. --amount 1500000 --currency EUR");
            }
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Name an organisation's role: funding, accountable, extending, implementing.")
    static final class Role extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--organisation", required = true, description = "organisation acronym, e.g. IOM")
        String organisation;
        @Option(names = "--role", required = true, description = "one of ${COMPLETION-CANDIDATES} (case-insensitive)")
        PartnerRole role;

        @Override
        public Integer call() {
            port(AssignPartnerRoleUseCase.class).assignRole(new AssignPartnerRoleUseCase.Command(actor(), id, organisation, role));
            return done(organisation.strip() + " is " + role + " in " + id);
        }
    }

    @Command(name = "office", mixinStandardHelpOptions = true, description = "Name the accountable organisation's coordinating office (P7).")
    static final class Office extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--organisation", required = true, description = "acronym of the accountable organisation, e.g. IOM")
        String organisation;
        @Option(names = "--territory", required = true,
                description = "territory of that organisation's office, e.g. HU; open on the programme's start date (P7)")
        String territory;

        @Override
        public Integer call() {
            port(AssignCoordinatingOfficeUseCase.class).assignCoordinatingOffice(
                    new AssignCoordinatingOfficeUseCase.Command(actor(), id, organisation, territory));
            return done("the " + organisation.strip() + " office in " + territory.strip().toUpperCase(Locale.ROOT) + " coordinates " + id);
        }
    }

    @Command(name = "module", mixinStandardHelpOptions = true, description = "Add or remove a module (P8).")
    static final class ModuleCommand extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--add", paramLabel = "<number>", description = "number of the new module, unique in the programme (P8); with --name and --lead")
        Integer add;
        @Option(names = "--name", description = "name of the new module, e.g. Migration")
        String name;
        @Option(names = "--lead", description = "acronym of the lead organisation, e.g. IOM")
        String lead;
        @Option(names = "--remove", paramLabel = "<number>", description = "number of a module without events")
        Integer remove;

        @Override
        public Integer call() {
            if ((add == null) == (remove == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --add <number> --name --lead, or --remove <number>");
            }
            if (remove != null) {
                port(RemoveModuleUseCase.class).removeModule(new RemoveModuleUseCase.Command(actor(), id, remove));
                return done("removed module " + remove + " from " + id);
            }
            port(AddModuleUseCase.class).addModule(new AddModuleUseCase.Command(actor(), id, add, name, lead));
            return done("added module " + add + " " + name + " (" + lead + ") to " + id);
        }
    }

    @Command(name = "deliverable", mixinStandardHelpOptions = true,
            description = "Add a regional or national deliverable (P10), or change or remove one that was not signed (P13).")
    static final class Deliverable extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--title", description = "title of the deliverable, e.g. \"National strategy\"; needed to add one")
        String title;
        @Option(names = "--kind", defaultValue = "STRATEGY", description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        DeliverableKind kind;
        @Option(names = "--territory", description = "beneficiary territory of a national deliverable, e.g. AL; leave out for a regional one (P10)")
        String territory;
        @Option(names = "--change", paramLabel = "<number>",
                description = "change deliverable <number>: what --title, --kind, --territory or --regional give, the rest stays (P13)")
        Integer change;
        @Option(names = "--regional", description = "with --change: the deliverable becomes regional, for no one territory (P10)")
        boolean regional;
        @Option(names = "--remove", paramLabel = "<number>", description = "remove deliverable <number>, which was not signed (P13)")
        Integer remove;

        @Override
        public Integer call() {
            if (change != null || remove != null || regional) {
                return correct();
            }
            if (title == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --title to add a deliverable, or --change <number> or --remove <number>");
            }
            DeliverableScope scope = territory == null ? DeliverableScope.REGIONAL : DeliverableScope.NATIONAL;
            int number = port(AddDeliverableUseCase.class).addDeliverable(new AddDeliverableUseCase.Command(actor(), id, kind, scope, title, territory));
            return done("added deliverable " + number + " to " + id);
        }

        private Integer correct() {
            boolean kindGiven = spec.commandLine().getParseResult().hasMatchedOption("--kind");
            if (remove != null) {
                if (change != null || regional || title != null || territory != null || kindGiven) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--remove <number> takes no other option");
                }
                port(RemoveDeliverableUseCase.class).removeDeliverable(new RemoveDeliverableUseCase.Command(actor(), id, remove));
                return done("removed deliverable " + remove + " from " + id);
            }
            if (change == null || (regional && territory != null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--regional goes with --change <number>, and not with --territory");
            }
            port(ChangeDeliverableUseCase.class).changeDeliverable(new ChangeDeliverableUseCase.Command(actor(), id, change,
                    kindGiven ? kind : null, regional ? DeliverableScope.REGIONAL : null, title, territory));
            return done("changed deliverable " + change + " of " + id);
        }
    }

    @Command(name = "sdg", mixinStandardHelpOptions = true, description = "Tag a 2030 Agenda target, e.g. 10.7 (P11), or remove a tag (P13).")
    static final class Sdg extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Parameters(index = "1", paramLabel = "<target>", description = "a 2030 Agenda target as goal.target, e.g. 10.7 or 16.a")
        String target;
        @Option(names = "--remove", description = "remove the tag instead: the programme is tagged with <target> (P13)")
        boolean remove;

        @Override
        public Integer call() {
            if (remove) {
                port(RemoveSdgTargetUseCase.class).removeSdgTarget(new RemoveSdgTargetUseCase.Command(actor(), id, target));
                return done("removed SDG target " + target + " from " + id);
            }
            port(TagSdgTargetUseCase.class).tagSdgTarget(new TagSdgTargetUseCase.Command(actor(), id, target));
            return done("tagged " + id + " with SDG target " + target);
        }
    }

    /** The status steps share their shape: a programme and, for some, a date. */
    abstract static class StatusStep extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;

        abstract Step step();

        /** What was done, as a verb in the past: "started". */
        abstract String done();

        LocalDate date() {
            return null;
        }

        @Override
        public Integer call() {
            port(ChangeProgrammeStatusUseCase.class).changeStatus(new ChangeProgrammeStatusUseCase.Command(actor(), id, step(), date()));
            return done(done() + " programme " + id + (date() == null ? "" : " on " + date()));
        }
    }

    /** The steps that record an actual date: start records the actual start, finalise the actual end. */
    abstract static class DatedStep extends StatusStep {
        @Option(names = "--on", required = true, paramLabel = "<date>", description = "the actual date of the step, YYYY-MM-DD")
        LocalDate on;

        @Override
        LocalDate date() {
            return on;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Enter implementation on the actual start date (P4, P5).")
    static final class Start extends DatedStep {
        @Override
        String done() {
            return "started";
        }

        @Override
        Step step() {
            return Step.START;
        }
    }

    @Command(name = "finalise", mixinStandardHelpOptions = true, description = "Enter finalisation on the actual end date (P4, P5).")
    static final class Finalise extends DatedStep {
        @Override
        String done() {
            return "finalised";
        }

        @Override
        Step step() {
            return Step.FINALISE;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Close a finalised programme; it is read-only from then on (P4).")
    static final class Close extends StatusStep {
        @Override
        String done() {
            return "closed";
        }

        @Override
        Step step() {
            return Step.CLOSE;
        }
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspend a programme in implementation (P4).")
    static final class Suspend extends StatusStep {
        @Override
        String done() {
            return "suspended";
        }

        @Override
        Step step() {
            return Step.SUSPEND;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a suspended programme (P4).")
    static final class Resume extends StatusStep {
        @Override
        String done() {
            return "resumed";
        }

        @Override
        Step step() {
            return Step.RESUME;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a programme that is not closed (P4).")
    static final class Cancel extends StatusStep {
        @Override
        String done() {
            return "cancelled";
        }

        @Override
        Step step() {
            return Step.CANCEL;
        }
    }

    @Command(name = "portfolio", mixinStandardHelpOptions = true, description = "Count programmes by status, territory and donor.")
    static final class Portfolio extends RegistryCommand {
        @Option(names = "--format", defaultValue = "text", description = "output: text or json; csv has no shape for one thing (default: ${DEFAULT-VALUE})")
        Format.OfOne format;

        @Override
        public Integer call() {
            PortfolioSummary summary = port(PortfolioSummaryQuery.class).portfolio();
            if (format == Format.OfOne.JSON) {
                out().println(Json.write(summary));
                return ExitCodes.OK;
            }
            out().println("Programmes: " + summary.programmes());
            table("status", summary.byStatus());
            table("territory", summary.byTerritory());
            table("donor", summary.byDonor());
            return ExitCodes.OK;
        }

        /** One count per line, in the order of the keys, under a heading: a table that reads in a terminal and in a mail. */
        private void table(String heading, Map<String, Long> counts) {
            out().println();
            out().printf("%-16s %10s%n", heading, "programmes");
            if (counts.isEmpty()) {
                out().printf("%-16s %10s%n", "(none)", "0");
            }
            new TreeMap<>(counts).forEach((key, count) -> out().printf("%-16s %10d%n", key, count));
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true, description = "Show the audit trail of a programme and its events.")
    static final class Audit extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<id>", description = "programme identifier, e.g. IOM-HU-IBM-2009")
        String id;
        @Option(names = "--format", defaultValue = "text", description = "output: text, json or csv (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            List<AuditEntry> trail = port(AuditTrailQuery.class).trailOf(id);
            switch (format) {
                case JSON -> out().println(Json.write(Json.Listing.of(trail)));
                case CSV -> {
                    out().println(Csv.line(List.of("at", "actor", "aggregateType", "aggregateId", "action", "detail")));
                    trail.forEach(e -> out().println(Csv.line(List.of(e.at(), e.actor(), e.aggregateType(), e.aggregateId(), e.action(), e.detail()))));
                }
                case TEXT -> {
                    trail.forEach(e -> out().println(e.at() + "  " + e.actor() + "  " + e.aggregateId() + "  " + e.action()
                            + (e.detail().isEmpty() ? "" : ": " + e.detail())));
                    if (trail.isEmpty()) {
                        out().println("no changes recorded for " + id);
                    }
                }
            }
            return ExitCodes.OK;
        }
    }
}

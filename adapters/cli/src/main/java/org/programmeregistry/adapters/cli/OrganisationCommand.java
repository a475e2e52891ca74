package org.programmeregistry.adapters.cli;

import java.time.LocalDate;
import java.util.List;
import org.programmeregistry.application.port.in.organisation.FindOrganisationQuery;
import org.programmeregistry.application.port.in.organisation.OpenOfficeUseCase;
import org.programmeregistry.application.port.in.organisation.OrganisationView;
import org.programmeregistry.application.port.in.organisation.RegisterOrganisationUseCase;
import org.programmeregistry.domain.organisation.OrganisationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code programmes organisation ...}: organisations, their acronyms, types, IATI identifiers and offices. */
@Command(name = "organisation", mixinStandardHelpOptions = true, description = "Register and read organisations and their offices.",
        modelTransformer = LazySubcommands.class)
@Subcommands({OrganisationCommand.Add.class, OrganisationCommand.OpenOffice.class, OrganisationCommand.ListAll.class,
            OrganisationCommand.Show.class})
final class OrganisationCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register an organisation under a unique acronym (O1).")
    static final class Add extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<acronym>", description = "acronym of the new organisation, unique without regard to case, e.g. IOM (O1)")
        String acronym;
        @Option(names = "--name", required = true, description = "full name, e.g. \"International Organization for Migration\"")
        String name;
        @Option(names = "--type", required = true, description = "IATI organisation type, one of ${COMPLETION-CANDIDATES}")
        OrganisationType type;
        @Option(names = "--iati-id", description = "IATI organisation identifier, e.g. XM-DAC-47066 (O1; default: none)")
        String iatiIdentifier;

        @Override
        public Integer call() {
            port(RegisterOrganisationUseCase.class).register(new RegisterOrganisationUseCase.Command(actor(), acronym, name, type, iatiIdentifier));
            return done("registered organisation " + acronym.strip());
        }
    }

    @Command(name = "office", mixinStandardHelpOptions = true, description = "Open an organisation's office in a territory (O2).")
    static final class OpenOffice extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<acronym>", description = "organisation acronym, e.g. IOM")
        String acronym;
        @Option(names = "--territory", required = true, description = "territory of the office, ISO 3166-1 alpha-2, e.g. HU; it exists on the opening day (O2)")
        String territory;
        @Option(names = "--since", required = true, paramLabel = "<date>", description = "opening day, YYYY-MM-DD")
        LocalDate since;

        @Override
        public Integer call() {
            port(OpenOfficeUseCase.class).openOffice(new OpenOfficeUseCase.Command(actor(), acronym, territory, since));
            return done("opened the " + acronym.strip() + " office in " + territory.strip().toUpperCase(java.util.Locale.ROOT) + " since " + since);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the organisations by acronym.")
    static final class ListAll extends RegistryCommand {
        @Option(names = "--format", defaultValue = "text", description = "output: text, json or csv (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            List<OrganisationView> all = port(FindOrganisationQuery.class).all();
            switch (format) {
                case JSON -> out().println(Json.write(Json.Listing.of(all)));
                case CSV -> {
                    out().println(Csv.line(List.of("acronym", "name", "type", "iatiIdentifier", "offices")));
                    all.forEach(o -> out().println(Csv.line(List.of(o.acronym(), o.name(), o.type(), o.iatiIdentifier().orElse(""),
                            String.join(" ", o.offices().stream().map(f -> f.territory().code()).toList())))));
                }
                case TEXT -> {
                    all.forEach(o -> out().printf("%-10s %-50s %s%s%n", o.acronym(), o.name(), o.type().label(),
                            o.iatiIdentifier().map(id -> "  " + id).orElse("")));
                    out().println(all.isEmpty() ? "no organisations registered; add one with 'organisation add'" : all.size() + " organisation(s)");
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an organisation with its offices.")
    static final class Show extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<acronym>", description = "organisation acronym, e.g. IOM")
        String acronym;
        @Option(names = "--format", defaultValue = "text", description = "output: text or json; csv has no shape for one thing (default: ${DEFAULT-VALUE})")
        Format.OfOne format;

        @Override
        public Integer call() {
            OrganisationView o = port(FindOrganisationQuery.class).find(acronym);
            if (format == Format.OfOne.JSON) {
                out().println(Json.write(o));
                return ExitCodes.OK;
            }
            out().println(o.acronym() + ": " + o.name());
            out().println("Type: " + o.type().label() + " (IATI " + o.type().iatiCode() + ")");
            o.iatiIdentifier().ifPresent(id -> out().println("IATI identifier: " + id));
            o.offices().forEach(f -> out().println("Office: " + f.territory().name() + " (" + f.territory().code() + ") since "
                    + Dates.factSheet(f.openedOn())));
            return ExitCodes.OK;
        }
    }
}

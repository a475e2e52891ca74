package org.programmeregistry.adapters.cli;

import java.time.LocalDate;
import java.util.List;
import org.programmeregistry.application.port.in.territory.TerritoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code programmes territory ...}: the dated territory catalogue (T1). */
@Command(name = "territory", mixinStandardHelpOptions = true, description = "Read the territory catalogue: names and existence on a date.",
        modelTransformer = LazySubcommands.class)
@Subcommands({TerritoryCommand.Show.class, TerritoryCommand.ListAll.class})
final class TerritoryCommand {

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a territory's names over time, and its name on a date.")
    static final class Show extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<code>", description = "territory code, ISO 3166-1 alpha-2 (former codes such as CS and YU too), e.g. MK")
        String code;
        @Option(names = "--on", paramLabel = "<date>", description = "the day to name it on, YYYY-MM-DD (default: its latest name)")
        LocalDate on;
        @Option(names = "--format", defaultValue = "text", description = "output: text or json; csv has no shape for one thing (default: ${DEFAULT-VALUE})")
        Format.OfOne format;

        @Override
        public Integer call() {
            TerritoryQuery.TerritoryView t = port(TerritoryQuery.class).find(code, on);
            if (format == Format.OfOne.JSON) {
                out().println(Json.write(t));
                return ExitCodes.OK;
            }
            if (on != null) {
                out().println(t.code() + " on " + on + ": " + t.nameOnDate().orElse("did not exist"));
            } else {
                out().println(t.code() + ": " + t.nameOnDate().orElse("") + " (" + t.kind() + ")");
            }
            t.names().forEach(n -> out().println("  " + n.validity() + "  " + n.name()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the territories, or those existing on a date.")
    static final class ListAll extends RegistryCommand {
        @Option(names = "--on", paramLabel = "<date>", description = "only those existing on this day, YYYY-MM-DD, named as on it (default: all, by their latest name)")
        LocalDate on;
        @Option(names = "--format", defaultValue = "text", description = "output: text, json or csv (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            List<TerritoryQuery.TerritoryView> all = port(TerritoryQuery.class).list(on);
            switch (format) {
                case JSON -> out().println(Json.write(Json.Listing.of(all)));
                case CSV -> {
                    out().println(Csv.line(List.of("code", "name", "kind")));
                    all.forEach(t -> out().println(Csv.line(List.of(t.code(), t.nameOnDate().orElse(""), t.kind()))));
                }
                case TEXT -> {
                    all.forEach(t -> out().println(t.code() + "  " + t.nameOnDate().orElse("")));
                    if (all.isEmpty()) {
                        out().println("no territory existed on " + on);
                    }
                }
            }
            return ExitCodes.OK;
        }
    }
}

package org.programmeregistry.adapters.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.programmeregistry.application.port.in.iati.ExportIatiActivitiesUseCase;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code programmes iati ...}: exchange with the IATI activity standard 2.03. */
@Command(name = "iati", mixinStandardHelpOptions = true, description = "Import IATI 2.01-2.03 and export IATI 2.03 activity files.",
        modelTransformer = LazySubcommands.class)
@Subcommands({IatiCommand.Import.class, IatiCommand.Export.class})
final class IatiCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import the activities of an IATI 2.01-2.03 file as programmes (upsert by identifier). The whole file is checked "
                    + "first: if an activity breaks a rule, nothing is imported unless --skip-invalid.")
    static final class Import extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<file>", description = "the IATI 2.03 activity file (iati-activities XML) to import")
        Path file;
        @Option(names = "--skip-invalid", description = "import the valid activities and list the others")
        boolean skipInvalid;
        @Option(names = "--dry-run", description = "check and report what the import would do, exiting as it would; write nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            if (Files.isDirectory(file) || !Files.isReadable(file)) {
                throw new ErrorReporter.InputFileException("cannot read " + file + ": " + (Files.isDirectory(file) ? "a directory, not a file"
                        : Files.exists(file) ? "not readable" : "no such file"), null);
            }
            Console console = System.console();
            IntConsumer progress = console == null ? n -> { } : n -> {
                if (n % 500 == 0) {
                    console.writer().print("\rreading activity " + n + " ...");
                    console.writer().flush();
                }
            };
            ImportIatiActivitiesUseCase.Report report;
            try (InputStream in = Files.newInputStream(file)) {
                report = port(ImportIatiActivitiesUseCase.class).importActivities(
                        new ImportIatiActivitiesUseCase.Command(actor(), in, skipInvalid, dryRun, progress));
            } catch (IOException e) {
                throw new ErrorReporter.InputFileException("cannot read " + file + ": " + e.getMessage(), e);
            }
            if (console != null) {
                console.writer().print("\r");
                console.writer().flush();
            }
            var err = spec.commandLine().getErr();
            report.refused().forEach(refusal -> err.println("refused: " + refusal.text()));
            int broken = report.refused().size();
            String breaking = broken + " of " + report.read() + " activities break" + (broken == 1 ? "s" : "") + " a rule";
            if (report.refusedWhole()) {
                err.println("error: " + (dryRun ? "nothing would be imported: " : "nothing was imported: ") + breaking
                        + " (use --skip-invalid to import the others)");
                err.flush();
                return ExitCodes.DATA;
            }
            String counts = report.created() + " created, " + report.updated() + " updated, " + report.unchanged() + " unchanged, "
                    + broken + " refused; " + report.organisationsCreated() + " organisation(s) created";
            out().println(dryRun ? "dry run, nothing written: the import would read " + report.read() + " activities: " + counts
                    : report.read() + " activities read: " + counts);
            if (!report.unmapped().isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(report.unmapped()).entrySet()) {
                    parts.add(e.getKey() + " " + e.getValue());
                }
                out().println("not mapped (kept out of the registry): " + String.join(", ", parts));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write programmes as an IATI 2.03 activity file (valid against the official schema); events and participants are never exported.")
    static final class Export extends RegistryCommand {
        @Option(names = "--programme", paramLabel = "<id>", description = "a programme to export; repeat for several (default: all)")
        List<String> programmes = new ArrayList<>();
        @Option(names = "--output", required = true, paramLabel = "<file>", description = "the IATI 2.03 XML file to write; an existing file is replaced once the export has succeeded")
        Path output;
        @Option(names = "--reporting-org", paramLabel = "<acronym>", description = "the organisation (with an IATI identifier) that "
                + "reports the programmes without an accountable organisation that has one")
        String reportingOrg;

        @Override
        public Integer call() {
            int written = port(ExportIatiActivitiesUseCase.class).export(new ExportIatiActivitiesUseCase.Command(programmes, output,
                    Optional.ofNullable(reportingOrg)));
            return done("wrote " + written + " activit" + (written == 1 ? "y" : "ies") + " to " + output);
        }
    }
}

package org.programmeregistry.application.port.in.iati;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.programmeregistry.application.port.in.CommandValidation;

/**
 * Imports the activities of an IATI 2.03 file as programmes, upserting by identifier. Every
 * activity is checked; unless {@code skipInvalid}, one broken activity refuses the file whole
 * and nothing is written. The write is one transaction. {@code dryRun} checks and reports only.
 */
public interface ImportIatiActivitiesUseCase {

    Report importActivities(Command command);

    /** {@code progress} hears the number of activities read so far; it may be a no-op. */
    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull Path file,
            boolean skipInvalid,
            boolean dryRun,
            @NotNull IntConsumer progress) {

        public Command(String actor, Path file, boolean skipInvalid, boolean dryRun, IntConsumer progress) {
            this.actor = actor;
            this.file = file;
            this.skipInvalid = skipInvalid;
            this.dryRun = dryRun;
            this.progress = progress;
            CommandValidation.check(this);
        }
    }

    /**
     * What the import did (or, on a dry run, would do). {@code refused}: one line per broken
     * activity, naming its identifier and the rule. {@code unmapped}: elements the registry does
     * not keep, by name, with their counts over the file.
     */
    record Report(int read, int created, int updated, int unchanged, int organisationsCreated, List<String> refused,
            Map<String, Integer> unmapped, boolean written) {

        public Report {
            refused = List.copyOf(refused);
            unmapped = Map.copyOf(unmapped);
        }
    }
}

package org.programmeregistry.application.port.in.iati;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.programmeregistry.application.port.in.CommandValidation;
import org.programmeregistry.domain.Rule;

/**
 * Imports the activities of an IATI 2.01-2.03 file as programmes, upserting by identifier
 * (I2: another version, or none, refuses the file). The caller supplies the file as a stream
 * (from disk, an upload, ...) and closes it. Every activity is checked; an update goes through
 * the programme's own rules (life cycle, read-only closed programmes, what events and
 * deliverables hold). Unless {@code skipInvalid}, one broken activity refuses the file whole and
 * nothing is written. The write is one transaction. {@code dryRun} checks and reports only, and
 * reports what the real import would do, refusals included.
 */
public interface ImportIatiActivitiesUseCase {

    Report importActivities(Command command);

    /** {@code progress} hears the number of activities read so far; it may be a no-op. */
    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull InputStream activities,
            boolean skipInvalid,
            boolean dryRun,
            @NotNull IntConsumer progress) {

        public Command(String actor, InputStream activities, boolean skipInvalid, boolean dryRun, IntConsumer progress) {
            this.actor = actor;
            this.activities = activities;
            this.skipInvalid = skipInvalid;
            this.dryRun = dryRun;
            this.progress = progress;
            CommandValidation.check(this);
        }
    }

    /**
     * One activity refused: its identifier ({@code null} when it has none), the line where it
     * starts in the file (0 when unknown), the rule it breaks and the sentence that explains it.
     */
    record Refusal(String activity, int line, Rule rule, String message) {

        public Refusal {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }

        /** {@code XM-DAC-47066-B-1: [P6] ...}: the line shown to people. */
        public String text() {
            return (activity == null ? "(no identifier, line " + line + ")" : activity) + ": [" + rule + "] " + message;
        }
    }

    /**
     * What the import did (or, on a dry run, would do). {@code refused}: one value per broken
     * activity, in file order. {@code unmapped}: elements the registry does not keep, by name, with
     * their counts over the file. {@code written}: whether anything was committed. {@code
     * refusedWhole}: a refusal stops the whole file, as it does without {@code skipInvalid}; the
     * counts are then those of a run that imports nothing, and the real import is an error, its
     * dry run too.
     */
    record Report(int read, int created, int updated, int unchanged, int organisationsCreated, List<Refusal> refused,
            Map<String, Integer> unmapped, boolean written, boolean refusedWhole) {

        public Report {
            refused = List.copyOf(refused);
            unmapped = Map.copyOf(unmapped);
        }
    }
}

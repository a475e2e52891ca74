package org.programmeregistry.application.port.in.iati;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import org.programmeregistry.application.port.in.CommandValidation;

/**
 * Writes programmes as an IATI 2.03 activity file that validates against the official schema.
 * Events, delegations and participants never appear in it.
 */
public interface ExportIatiActivitiesUseCase {

    /** Returns how many activities were written. */
    int export(Command command);

    /** {@code programmeIds} empty: every programme. */
    record Command(@NotNull List<@NotNull String> programmeIds, @NotNull Path output) {

        public Command(List<String> programmeIds, Path output) {
            this.programmeIds = programmeIds == null ? null : List.copyOf(programmeIds);
            this.output = output;
            CommandValidation.check(this);
        }
    }
}

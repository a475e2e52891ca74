package org.programmeregistry.application.port.in.iati;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.programmeregistry.application.port.in.CommandValidation;

/**
 * Writes programmes as an IATI 2.03 activity file that validates against the official schema
 * and passes the rules of IATI's standard ruleset that apply to what it writes. Events,
 * delegations and participants never appear in it. Every activity names a reporting
 * organisation with an IATI identifier (I3): the programme's accountable organisation, else
 * {@code reportingOrganisation}; without either the export is refused, naming the programmes. An
 * identifier that does not start with the reporting organisation's identifier is published
 * prefixed with it, and kept as {@code other-identifier} type A1. A programme without a summary, or
 * without a planned or actual start date, is refused (I4).
 */
public interface ExportIatiActivitiesUseCase {

    /** Returns how many activities were written. */
    int export(Command command);

    /**
     * {@code programmeIds} empty: every programme. {@code reportingOrganisation}: the acronym of
     * the organisation that reports the programmes without an accountable organisation with an IATI identifier.
     */
    record Command(@NotNull List<@NotNull String> programmeIds, @NotNull Path output, @NotNull Optional<String> reportingOrganisation) {

        public Command(List<String> programmeIds, Path output, Optional<String> reportingOrganisation) {
            this.programmeIds = programmeIds == null ? null : List.copyOf(programmeIds);
            this.output = output;
            this.reportingOrganisation = reportingOrganisation;
            CommandValidation.check(this);
        }

        /** Every programme reported by its own accountable organisation. */
        public Command(List<String> programmeIds, Path output) {
            this(programmeIds, output, Optional.empty());
        }
    }
}

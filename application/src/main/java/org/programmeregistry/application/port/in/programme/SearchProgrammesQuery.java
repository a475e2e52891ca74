package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.ACRONYM;
import static org.programmeregistry.application.port.in.Patterns.ACRONYM_MESSAGE;
import static org.programmeregistry.application.port.in.Patterns.TERRITORY;
import static org.programmeregistry.application.port.in.Patterns.TERRITORY_MESSAGE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.programmeregistry.application.port.in.CommandValidation;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/** Finds programmes by beneficiary, organisation in any role, donor, status, a day they were active on and title words. */
public interface SearchProgrammesQuery {

    Page<ProgrammeSummary> search(Criteria criteria);

    /** Every criterion may be null; the given ones must all hold. */
    record Criteria(
            @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String territory,
            @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String organisation,
            @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String donor,
            ProgrammeStatus status,
            LocalDate activeOn,
            @Size(max = 200) String text,
            @Min(0) int offset,
            @Min(1) @Max(1000) int limit) {

        public Criteria(String territory, String organisation, String donor, ProgrammeStatus status, LocalDate activeOn,
                String text, int offset, int limit) {
            this.territory = territory;
            this.organisation = organisation;
            this.donor = donor;
            this.status = status;
            this.activeOn = activeOn;
            this.text = text;
            this.offset = offset;
            this.limit = limit;
            CommandValidation.check(this);
        }

        public static Criteria everything() {
            return new Criteria(null, null, null, null, null, null, 0, 1000);
        }
    }
}

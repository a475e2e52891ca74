package org.programmeregistry.application.port.in.event;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import java.time.LocalDate;
import java.util.List;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.event.EventDetails;
import org.programmeregistry.domain.event.Venue;

/** Schedules an event of a programme (E1-E3, E6); returns its number within the programme. */
public interface ScheduleEventUseCase {

    int schedule(Command command);

    /** {@code module} is null for a programme-level event. */
    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @Positive Integer module,
            @NotNull EventKind kind,
            @NotBlank @Size(max = EventDetails.TITLE_MAX) String title,
            @NotBlank @Size(max = Venue.CITY_MAX) String city,
            @NotNull @Pattern(regexp = TERRITORY, message = TERRITORY_MESSAGE) String venueTerritory,
            @NotNull LocalDate start,
            @NotNull LocalDate end,
            @NotNull List<@NotBlank @Size(max = EventDetails.TARGET_GROUP_MAX) String> targetGroups) {

        public Command(String actor, String programmeId, Integer module, EventKind kind, String title, String city,
                String venueTerritory, LocalDate start, LocalDate end, List<String> targetGroups) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.module = module;
            this.kind = kind;
            this.title = title;
            this.city = city;
            this.venueTerritory = venueTerritory;
            this.start = start;
            this.end = end;
            this.targetGroups = targetGroups == null ? null : List.copyOf(targetGroups);
            CommandValidation.check(this);
        }
    }
}

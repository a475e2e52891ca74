package org.programmeregistry.application.port.in.programme;

import java.util.List;
import org.programmeregistry.application.port.in.event.EventView;

/** The programme the way the seed pages present it, with its events and their outcomes. */
public interface FactSheetQuery {

    FactSheet factSheet(String programmeId);

    record FactSheet(ProgrammeView programme, List<EventView> events) {
        public FactSheet {
            events = List.copyOf(events);
        }

        /** The fact sheet with its participants known by position and institution only, as it is published. */
        public FactSheet withoutNames() {
            return new FactSheet(programme, events.stream().map(EventView::withoutNames).toList());
        }
    }
}

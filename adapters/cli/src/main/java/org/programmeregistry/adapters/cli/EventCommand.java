package org.programmeregistry.adapters.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.AddParticipantUseCase;
import org.programmeregistry.application.port.in.event.CancelEventUseCase;
import org.programmeregistry.application.port.in.event.CorrectParticipantUseCase;
import org.programmeregistry.application.port.in.event.EventView;
import org.programmeregistry.application.port.in.event.FindEventQuery;
import org.programmeregistry.application.port.in.event.ListEventsQuery;
import org.programmeregistry.application.port.in.event.MarkEventHeldUseCase;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.event.RecordSignatureUseCase;
import org.programmeregistry.application.port.in.event.RemoveDelegationUseCase;
import org.programmeregistry.application.port.in.event.RemoveParticipantUseCase;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.domain.event.EventKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code programmes event ...}: consultation events, seminars and conferences of a programme. */
@Command(name = "event", mixinStandardHelpOptions = true, description = "Schedule events and record their delegations, outcome and signatures.",
        modelTransformer = LazySubcommands.class)
@Subcommands({EventCommand.Schedule.class, EventCommand.Delegation.class, EventCommand.Participant.class, EventCommand.Held.class,
            EventCommand.Sign.class, EventCommand.Cancel.class, EventCommand.Show.class, EventCommand.ListAll.class})
final class EventCommand {

    /** Events are named by their programme and their number in it. */
    abstract static class OfEvent extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<programme>", description = "programme identifier, e.g. EC-CARDS-2002-2003-AMV")
        String programme;
        @Parameters(index = "1", paramLabel = "<event>", description = "the event's number in its programme, as 'event schedule' printed it")
        int event;
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true, description = "Schedule an event of a programme (E1-E3, E6).")
    static final class Schedule extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<programme>", description = "programme identifier, e.g. EC-CARDS-2002-2003-AMV")
        String programme;
        @Option(names = "--title", required = true, description = "title, e.g. \"Final Consultation Event of the Migration Module\" (E1)")
        String title;
        @Option(names = "--kind", defaultValue = "CONSULTATION_EVENT", description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        EventKind kind;
        @Option(names = "--module", description = "number of a module of the programme, for a module-level event (E2; default: a programme-level event)")
        Integer module;
        @Option(names = "--city", required = true, description = "city of the venue, e.g. Vienna (E1)")
        String city;
        @Option(names = "--territory", required = true, description = "territory of the venue, ISO 3166-1 alpha-2, e.g. AT; it exists on the first day (E3)")
        String territory;
        @Option(names = "--start", required = true, paramLabel = "<date>", description = "first day, YYYY-MM-DD, inside the programme period (E1)")
        LocalDate start;
        @Option(names = "--end", paramLabel = "<date>", description = "last day, YYYY-MM-DD (default: the first day)")
        LocalDate end;
        @Option(names = "--target-group", paramLabel = "<group>", description = "whom the event addresses; repeat for several")
        List<String> targetGroups = new java.util.ArrayList<>();

        @Override
        public Integer call() {
            int number = port(ScheduleEventUseCase.class).schedule(new ScheduleEventUseCase.Command(actor(), programme, module, kind, title, city,
                    territory, start, end == null ? start : end, targetGroups));
            return done("scheduled event " + number + " of " + programme);
        }
    }

    /** A person as the options give it: a name or, where none is known, a description. */
    static final class PersonOptions {
        @Option(names = "--name", description = "the person's name, or a description such as \"Head of delegation, Ministry of Interior of Albania\"; "
                + "needed to add a person, with --correct the corrected name")
        String name;
        @Option(names = "--position", description = "the person's position, e.g. \"Head of delegation\" (default: none)")
        String position;
        @Option(names = "--institution", description = "the person's institution, e.g. \"Ministry of Interior of Albania\" (default: none)")
        String institution;

        Person person() {
            return new Person(name, position, institution);
        }

        /** A person to add: the name is needed (picocli cannot require it only when adding). */
        static Person toAdd(PersonOptions options, picocli.CommandLine commandLine, String whom) {
            if (options == null || options.name == null) {
                throw new picocli.CommandLine.ParameterException(commandLine, "give " + whom + " with --name (and --position, --institution)");
            }
            return options.person();
        }
    }

    @Command(name = "delegation", mixinStandardHelpOptions = true,
            description = "Add a beneficiary territory's delegation, led by its head (E4), or remove one before the event is held (E7).")
    static final class Delegation extends OfEvent {
        @Option(names = "--territory", required = true, description = "the delegation's territory, a beneficiary of the programme, e.g. AL (E4)")
        String territory;
        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "0..1", heading = "The head of delegation:%n")
        PersonOptions head;
        @Option(names = "--remove", description = "remove the territory's delegation, head and members, before the event is held (E4, E7)")
        boolean remove;

        @Override
        public Integer call() {
            if (remove) {
                if (head != null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--remove takes no person; it removes the whole delegation");
                }
                port(RemoveDelegationUseCase.class).removeDelegation(new RemoveDelegationUseCase.Command(actor(), programme, event, territory));
                return done("removed the " + territory.strip().toUpperCase(Locale.ROOT) + " delegation from event " + event + " of " + programme);
            }
            port(AddDelegationUseCase.class).addDelegation(new AddDelegationUseCase.Command(actor(), programme, event, territory,
                    PersonOptions.toAdd(head, spec.commandLine(), "the head of delegation")));
            return done("added the " + territory.strip().toUpperCase(Locale.ROOT) + " delegation to event " + event + " of " + programme);
        }
    }

    @Command(name = "participant", mixinStandardHelpOptions = true,
            description = "Add a member to a territory's delegation (E4), or correct or remove one before the event is held (E7, E10).")
    static final class Participant extends OfEvent {
        @Option(names = "--territory", required = true, description = "territory of the delegation the participant joins, e.g. AL (E4)")
        String territory;
        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "0..1", heading = "The participant:%n")
        PersonOptions participant;
        @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
        ParticipantCorrection correction;

        /** A correction names the person as 'event show' shows them (case and spacing aside). */
        static final class ParticipantCorrection {
            @Option(names = "--correct", required = true, paramLabel = "<name>",
                    description = "correct the person of that name (the head included): give the corrected --name, --position or --institution (E10)")
            String correct;
            @Option(names = "--remove", required = true, paramLabel = "<name>",
                    description = "remove the member of that name; a head stays, remove the whole delegation instead (E4, E10)")
            String remove;
        }

        @Override
        public Integer call() {
            String delegation = territory.strip().toUpperCase(Locale.ROOT) + " delegation at event " + event + " of " + programme;
            if (correction != null && correction.remove != null) {
                if (participant != null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--remove <name> takes no --name, --position or --institution");
                }
                port(RemoveParticipantUseCase.class).removeParticipant(new RemoveParticipantUseCase.Command(actor(), programme, event, territory,
                        correction.remove));
                return done("removed a participant from the " + delegation);
            }
            if (correction != null) {
                if (participant == null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--correct <name> needs the corrected --name, --position or --institution");
                }
                port(CorrectParticipantUseCase.class).correctParticipant(new CorrectParticipantUseCase.Command(actor(), programme, event, territory,
                        correction.correct, participant.name, participant.position, participant.institution));
                return done("corrected a participant of the " + delegation);
            }
            port(AddParticipantUseCase.class).addParticipant(new AddParticipantUseCase.Command(actor(), programme, event, territory,
                    PersonOptions.toAdd(participant, spec.commandLine(), "the participant")));
            return done("added a participant to the " + territory.strip().toUpperCase(Locale.ROOT) + " delegation at event " + event + " of " + programme);
        }
    }

    @Command(name = "held", mixinStandardHelpOptions = true, description = "Record that the event took place (E6).")
    static final class Held extends OfEvent {
        @Override
        public Integer call() {
            port(MarkEventHeldUseCase.class).markHeld(new MarkEventHeldUseCase.Command(actor(), programme, event));
            return done("event " + event + " of " + programme + " was held");
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Record that the territory's head of delegation signed a deliverable at the held event (E5).")
    static final class Sign extends OfEvent {
        @Option(names = "--deliverable", required = true, description = "the deliverable's number in the programme, as 'programme deliverable' printed it")
        int deliverable;
        @Option(names = "--territory", required = true, description = "territory whose head of delegation signed, e.g. AL (E5)")
        String territory;

        @Override
        public Integer call() {
            port(RecordSignatureUseCase.class).recordSignature(new RecordSignatureUseCase.Command(actor(), programme, event, deliverable, territory));
            return done("recorded the " + territory.strip().toUpperCase(Locale.ROOT) + " signature of deliverable " + deliverable + " at event "
                    + event + " of " + programme);
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an event without signatures (E6).")
    static final class Cancel extends OfEvent {
        @Override
        public Integer call() {
            port(CancelEventUseCase.class).cancel(new CancelEventUseCase.Command(actor(), programme, event));
            return done("cancelled event " + event + " of " + programme);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an event with its delegations and signatures.")
    static final class Show extends OfEvent {
        @Option(names = "--format", defaultValue = "text", description = "output: text or json; csv has no shape for one thing (default: ${DEFAULT-VALUE})")
        Format.OfOne format;

        @Override
        public Integer call() {
            EventView view = port(FindEventQuery.class).find(programme, event);
            if (format == Format.OfOne.JSON) {
                out().println(Json.write(view));
            } else {
                FactSheetText.event(view, out(), true);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the events of a programme.")
    static final class ListAll extends RegistryCommand {
        @Parameters(index = "0", paramLabel = "<programme>", description = "programme identifier, e.g. EC-CARDS-2002-2003-AMV")
        String programme;
        @Option(names = "--format", defaultValue = "text", description = "output: text, json or csv (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            List<EventView> events = port(ListEventsQuery.class).eventsOf(programme);
            switch (format) {
                case JSON -> out().println(Json.write(Json.Listing.of(events.stream().map(EventView::withoutNames).toList())));
                case CSV -> {
                    out().println(Csv.line(List.of("number", "kind", "title", "city", "territory", "start", "end", "status", "module")));
                    events.forEach(e -> out().println(Csv.line(List.of(e.number(), e.kind(), e.title(), e.city(), e.venue().code(), e.start(), e.end(),
                            e.status(), e.module().map(String::valueOf).orElse("")))));
                }
                case TEXT -> {
                    events.forEach(e -> out().printf("%3d  %-10s %s, %s, %s (%s)%n", e.number(), e.status(), e.title(), e.city(),
                            FactSheetText.days(e.start(), e.end()), e.kind().label()));
                    if (events.isEmpty()) {
                        out().println("no events scheduled for " + programme.strip() + "; schedule one with 'event schedule'");
                    }
                }
            }
            return ExitCodes.OK;
        }
    }
}

package org.programmeregistry.adapters.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.AddParticipantUseCase;
import org.programmeregistry.application.port.in.event.MarkEventHeldUseCase;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.event.RecordSignatureUseCase;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.application.port.in.organisation.FindOrganisationQuery;
import org.programmeregistry.application.port.in.organisation.OpenOfficeUseCase;
import org.programmeregistry.application.port.in.organisation.RegisterOrganisationUseCase;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;
import org.programmeregistry.application.port.in.programme.AddDeliverableUseCase;
import org.programmeregistry.application.port.in.programme.AddModuleUseCase;
import org.programmeregistry.application.port.in.programme.AssignCoordinatingOfficeUseCase;
import org.programmeregistry.application.port.in.programme.AssignPartnerRoleUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase.Step;
import org.programmeregistry.application.port.in.programme.FindProgrammeQuery;
import org.programmeregistry.application.port.in.programme.RecordContributionUseCase;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.TagSdgTargetUseCase;
import org.programmeregistry.domain.event.EventKind;
import org.programmeregistry.domain.organisation.OrganisationType;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.PartnerRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programmes examples load}: the two seed programmes of docs/examples, through the use cases. */
@Command(name = "examples", mixinStandardHelpOptions = true, description = "Load the example programmes.",
        subcommands = ExamplesCommand.Load.class)
final class ExamplesCommand {

    /** The example files, in the order they are loaded. */
    static final List<String> FILES = List.of("organisations.json", "integrated-border-management.json",
            "cards-regional-programme-2002-2003.json");

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load the two seed programmes with their organisations, modules, deliverables and the Vienna event. "
                    + "What is already registered is left as it is, so running it twice changes nothing.")
    static final class Load extends RegistryCommand {
        @Option(names = "--from", paramLabel = "<dir>", description = "read the example files from this folder instead of those shipped inside the program")
        Path from;

        @Override
        public Integer call() {
            int organisations = 0;
            int programmes = 0;
            int skipped = 0;
            for (String file : FILES) {
                ExampleFile example = read(file);
                for (OrganisationData o : example.organisations()) {
                    if (organisationExists(o.acronym())) {
                        skipped++;
                    } else {
                        register(o);
                        organisations++;
                    }
                }
                for (ProgrammeData p : example.programmes()) {
                    if (programmeExists(p.id())) {
                        skipped++;
                    } else {
                        register(p);
                        programmes++;
                    }
                }
            }
            return done("loaded " + organisations + " organisation(s) and " + programmes + " programme(s); " + skipped
                    + " already registered, left as they were");
        }

        private ExampleFile read(String file) {
            try (InputStream in = from == null ? ExamplesCommand.class.getResourceAsStream("examples/" + file)
                    : Files.newInputStream(from.resolve(file))) {
                if (in == null) {
                    throw new ErrorReporter.InputFileException("the example file " + file + " is missing from the program", null);
                }
                return Reader.MAPPER.readValue(in, ExampleFile.class);
            } catch (NoSuchFileException e) {
                throw new ErrorReporter.InputFileException("cannot read " + e.getFile() + ": no such file", e);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new ErrorReporter.MalformedInputException("the example file " + file + " is malformed: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new ErrorReporter.InputFileException("cannot read the example file " + file + ": " + e.getMessage(), e);
            }
        }

        private boolean organisationExists(String acronym) {
            try {
                port(FindOrganisationQuery.class).find(acronym);
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        }

        private boolean programmeExists(String id) {
            try {
                port(FindProgrammeQuery.class).find(id);
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        }

        private void register(OrganisationData o) {
            port(RegisterOrganisationUseCase.class).register(new RegisterOrganisationUseCase.Command(actor(), o.acronym(), o.name(), o.type(),
                    o.iatiIdentifier()));
            for (OfficeData office : o.offices()) {
                port(OpenOfficeUseCase.class).openOffice(new OpenOfficeUseCase.Command(actor(), o.acronym(), office.territory(), office.openedOn()));
            }
        }

        private void register(ProgrammeData p) {
            String a = actor();
            port(RegisterProgrammeUseCase.class).register(new RegisterProgrammeUseCase.Command(a, p.id(), p.title(), p.summary(), p.plannedStart(),
                    p.plannedEnd()));
            p.beneficiaries().forEach(t -> port(AddBeneficiaryUseCase.class).addBeneficiary(new AddBeneficiaryUseCase.Command(a, p.id(), t)));
            p.roles().forEach(r -> port(AssignPartnerRoleUseCase.class).assignRole(
                    new AssignPartnerRoleUseCase.Command(a, p.id(), r.organisation(), r.role())));
            if (p.coordinatingOffice() != null) {
                port(AssignCoordinatingOfficeUseCase.class).assignCoordinatingOffice(new AssignCoordinatingOfficeUseCase.Command(a, p.id(),
                        p.coordinatingOffice().organisation(), p.coordinatingOffice().territory()));
            }
            p.contributions().forEach(c -> port(RecordContributionUseCase.class).recordContribution(
                    new RecordContributionUseCase.Command(a, p.id(), c.donor(), c.instrument(), c.amount(), c.currency())));
            p.modules().forEach(m -> port(AddModuleUseCase.class).addModule(new AddModuleUseCase.Command(a, p.id(), m.number(), m.name(), m.lead())));
            p.deliverables().forEach(d -> port(AddDeliverableUseCase.class).addDeliverable(new AddDeliverableUseCase.Command(a, p.id(), d.kind(),
                    d.territory() == null ? DeliverableScope.REGIONAL : DeliverableScope.NATIONAL, d.title(), d.territory())));
            p.sdgTargets().forEach(t -> port(TagSdgTargetUseCase.class).tagSdgTarget(new TagSdgTargetUseCase.Command(a, p.id(), t)));
            if (p.started() != null) {
                status(p.id(), Step.START, p.started());
            }
            for (EventData e : p.events()) {
                int number = port(ScheduleEventUseCase.class).schedule(new ScheduleEventUseCase.Command(a, p.id(), e.module(), e.kind(), e.title(),
                        e.city(), e.territory(), e.start(), e.end(), e.targetGroups()));
                for (DelegationData d : e.delegations()) {
                    port(AddDelegationUseCase.class).addDelegation(new AddDelegationUseCase.Command(a, p.id(), number, d.territory(), d.head()));
                    d.members().forEach(m -> port(AddParticipantUseCase.class).addParticipant(
                            new AddParticipantUseCase.Command(a, p.id(), number, d.territory(), m)));
                }
                if (e.held()) {
                    port(MarkEventHeldUseCase.class).markHeld(new MarkEventHeldUseCase.Command(a, p.id(), number));
                }
                e.signatures().forEach(s -> port(RecordSignatureUseCase.class).recordSignature(
                        new RecordSignatureUseCase.Command(a, p.id(), number, s.deliverable(), s.territory())));
            }
            if (p.finalised() != null) {
                status(p.id(), Step.FINALISE, p.finalised());
            }
            if (p.closed()) {
                status(p.id(), Step.CLOSE, null);
            }
        }

        private void status(String id, Step step, LocalDate date) {
            port(ChangeProgrammeStatusUseCase.class).changeStatus(new ChangeProgrammeStatusUseCase.Command(actor(), id, step, date));
        }
    }

    /** Built on first use: picocli loads this class for every command line, most of which read no JSON. */
    private static final class Reader {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    record ExampleFile(String note, List<OrganisationData> organisations, List<ProgrammeData> programmes) {
        ExampleFile {
            organisations = organisations == null ? List.of() : organisations;
            programmes = programmes == null ? List.of() : programmes;
        }
    }

    record OrganisationData(String acronym, String name, OrganisationType type, String iatiIdentifier, List<OfficeData> offices) {
        OrganisationData {
            offices = offices == null ? List.of() : offices;
        }
    }

    record OfficeData(String territory, LocalDate openedOn) {
    }

    record RoleData(String organisation, PartnerRole role) {
    }

    record OfficeReference(String organisation, String territory) {
    }

    record ContributionData(String donor, String instrument, java.math.BigDecimal amount, String currency) {
    }

    record ModuleData(int number, String name, String lead) {
    }

    record DeliverableData(DeliverableKind kind, String title, String territory) {
    }

    record SignatureData(int deliverable, String territory) {
    }

    record DelegationData(String territory, Person head, List<Person> members) {
        DelegationData {
            members = members == null ? List.of() : members;
        }
    }

    record EventData(Integer module, EventKind kind, String title, String city, String territory, LocalDate start, LocalDate end,
            List<String> targetGroups, List<DelegationData> delegations, boolean held, List<SignatureData> signatures) {
        EventData {
            targetGroups = targetGroups == null ? List.of() : targetGroups;
            delegations = delegations == null ? List.of() : delegations;
            signatures = signatures == null ? List.of() : signatures;
        }
    }

    record ProgrammeData(String id, String title, String summary, LocalDate plannedStart, LocalDate plannedEnd, List<String> beneficiaries,
            List<RoleData> roles, OfficeReference coordinatingOffice, List<ContributionData> contributions, List<ModuleData> modules,
            List<DeliverableData> deliverables, List<String> sdgTargets, LocalDate started, List<EventData> events, LocalDate finalised,
            boolean closed) {
        ProgrammeData {
            beneficiaries = beneficiaries == null ? List.of() : beneficiaries;
            roles = roles == null ? List.of() : roles;
            contributions = contributions == null ? List.of() : contributions;
            modules = modules == null ? List.of() : modules;
            deliverables = deliverables == null ? List.of() : deliverables;
            sdgTargets = sdgTargets == null ? List.of() : sdgTargets;
            events = events == null ? List.of() : events;
        }
    }
}

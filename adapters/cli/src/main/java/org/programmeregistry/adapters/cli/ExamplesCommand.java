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
import java.util.List;
import org.programmeregistry.application.port.in.examples.Examples;
import org.programmeregistry.application.port.in.examples.LoadExamplesUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programmes examples load}: the two seed programmes of docs/examples, through the use cases, in one transaction. */
@Command(name = "examples", mixinStandardHelpOptions = true, description = "Load the example programmes.",
        modelTransformer = LazySubcommands.class)
@Subcommands({ExamplesCommand.Load.class})
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
            Examples examples = new Examples(List.of(), List.of());
            for (String file : FILES) {
                examples = examples.and(read(file).examples());
            }
            LoadExamplesUseCase.Result loaded = port(LoadExamplesUseCase.class).load(new LoadExamplesUseCase.Command(actor(), examples));
            return done("loaded " + loaded.organisations() + " organisation(s) and " + loaded.programmes() + " programme(s); "
                    + loaded.alreadyRegistered() + " already registered, left as they were");
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
    }

    /** Built on first use: picocli loads this class for every command line, most of which read no JSON. */
    private static final class Reader {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** One file of docs/examples: a note for its reader, then the examples. */
    record ExampleFile(String note, List<Examples.Organisation> organisations, List<Examples.Programme> programmes) {
        Examples examples() {
            return new Examples(organisations, programmes);
        }
    }
}

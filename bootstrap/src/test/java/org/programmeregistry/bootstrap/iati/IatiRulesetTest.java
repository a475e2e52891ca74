package org.programmeregistry.bootstrap.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.adapters.iati.IatiFileGenerator;
import org.programmeregistry.adapters.iati.StaxIatiActivityReader;
import org.programmeregistry.adapters.iati.StaxIatiActivityWriter;
import org.programmeregistry.adapters.persistence.memory.InMemoryPersistence;
import org.programmeregistry.application.fixtures.SeedScenario;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.application.port.in.iati.ExportIatiActivitiesUseCase;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase;
import org.programmeregistry.application.port.out.PersistencePorts;
import org.programmeregistry.application.service.IatiExchangeService;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * Exports pass the rules of IATI's own {@code standard.json} ruleset (reference/iati/rulesets,
 * with its provenance) that apply to the elements the registry writes, checked by
 * {@link IatiRuleset}: the seeds, and 200 generated programmes, whose re-import then changes nothing.
 */
class IatiRulesetTest {

    private static final Path REFERENCE = Path.of(System.getProperty("iati.reference", "../reference/iati"));
    private static IatiRuleset ruleset;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws IOException {
        ruleset = IatiRuleset.load(REFERENCE.resolve("rulesets/standard.json"));
    }

    private static TestRegistry fresh() {
        return TestRegistry.over(new InMemoryPersistence().ports());
    }

    private static IatiExchangeService iatiOver(TestRegistry r) {
        PersistencePorts p = r.ports();
        return new IatiExchangeService(p.programmes(), p.organisations(), TerritoryCatalogue.bundled(), p.transactions(), p.auditLog(),
                TestRegistry.CLOCK, new StaxIatiActivityReader(), new StaxIatiActivityWriter());
    }

    private static ImportIatiActivitiesUseCase.Report importFile(IatiExchangeService iati, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return iati.importActivities(new ImportIatiActivitiesUseCase.Command("ruleset", in, false, false, n -> { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path exportAll(IatiExchangeService iati, String name) {
        Path file = folder.resolve(name);
        iati.export(new ExportIatiActivitiesUseCase.Command(List.of(), file, Optional.of("IOM")));
        return file;
    }

    @Test
    @DisplayName("I3 the seeds' export is clean against every applicable rule of IATI's standard ruleset")
    void seedsExportIsClean() throws Exception {
        TestRegistry registry = fresh();
        SeedScenario.all(registry);
        Path file = exportAll(iatiOver(registry), "seeds.xml");
        IatiRuleset.Outcome outcome = ruleset.check(Files.readAllBytes(file));
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.checked()).contains("1.1.3", "1.1.21", "4.3.1", "4.4.1", "6.11.1", "6.10.1", "11.1.2", "11.1.3", "11.1.4",
                "11.1.5", "3.1.2", "12.1.1");
    }

    @Test
    @DisplayName("I3 I4 200 generated programmes, those with a summary, export clean against the ruleset; their re-import leaves each unchanged")
    void generatedProgrammesRoundTripClean() throws Exception {
        TestRegistry registry = fresh();
        SeedScenario.organisations(registry);
        Path generated = folder.resolve("generated.xml");
        IatiFileGenerator.importable(2026).write(generated, 200);
        IatiExchangeService iati = iatiOver(registry);
        ImportIatiActivitiesUseCase.Report created = importFile(iati, generated);
        assertThat(created.refused()).isEmpty();
        assertThat(created.created()).isEqualTo(200);

        // I4: a programme without a summary cannot be an IATI activity (its description needs content); those are left out
        IatiFileGenerator same = IatiFileGenerator.importable(2026);
        List<String> described = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            var activity = same.nextActivity();
            if (activity.description() != null && !activity.description().isBlank()) {
                described.add(activity.identifier());
            }
        }
        assertThat(described).hasSizeGreaterThan(150);
        Path file = folder.resolve("export.xml");
        iati.export(new ExportIatiActivitiesUseCase.Command(described, file, Optional.of("IOM")));
        IatiRuleset.Outcome outcome = ruleset.check(Files.readAllBytes(file));
        assertThat(outcome.findings()).isEmpty();

        ImportIatiActivitiesUseCase.Report again = importFile(iati, file);
        assertThat(again.refused()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(described.size());
        assertThat(again.created() + again.updated() + again.organisationsCreated()).isZero();
    }

    @Test
    @DisplayName("the checker finds what the ruleset forbids: dates out of order, percentages not summing to 100, a foreign identifier")
    void checkerFindsBrokenRules() throws Exception {
        String xml = """
                <iati-activities version="2.03" generated-datetime="2026-11-22T10:00:00Z">
                  <iati-activity xml:lang="en" last-updated-datetime="2026-11-22T10:00:00Z">
                    <iati-identifier>IOM-HU-IBM-2009</iati-identifier>
                    <reporting-org ref="XM-DAC-47066" type="40"><narrative>IOM</narrative></reporting-org>
                    <title><narrative>T</narrative></title>
                    <description type="1"><narrative>D</narrative></description>
                    <participating-org ref="XM-DAC-47066" role="2"/>
                    <activity-status code="2"/>
                    <activity-date type="1" iso-date="2011-01-01"/>
                    <activity-date type="3" iso-date="2010-01-01"/>
                    <recipient-country code="AL" percentage="50"/>
                    <recipient-country code="BA" percentage="40"/>
                  </iati-activity>
                </iati-activities>
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(xml.getBytes(StandardCharsets.UTF_8));
        IatiRuleset.Outcome outcome = ruleset.check(bytes.toByteArray());
        assertThat(outcome.findings()).extracting(IatiRuleset.Finding::ruleId).contains("1.1.21", "11.1.2", "3.1.2");
        assertThat(outcome.skipped()).containsKey("6.2.2"); // sectors: an element the registry never writes
    }
}

package org.programmeregistry.bootstrap.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.adapters.iati.StaxIatiActivityReader;
import org.programmeregistry.adapters.iati.StaxIatiActivityWriter;
import org.programmeregistry.adapters.persistence.memory.InMemoryPersistence;
import org.programmeregistry.application.port.out.PersistencePorts;
import org.programmeregistry.application.fixtures.SeedScenario;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.application.port.in.iati.ExportIatiActivitiesUseCase;
import org.programmeregistry.application.port.in.iati.ImportIatiActivitiesUseCase;
import org.programmeregistry.application.port.in.programme.ProgrammeView;
import org.programmeregistry.application.port.out.iati.IatiFileException;
import org.programmeregistry.application.service.IatiExchangeService;
import org.programmeregistry.domain.fixtures.SeedProgrammes;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/** Import and export through the use case, with the real StAX reader and writer, over the in-memory adapter. */
class IatiExchangeTest {

    private static final Path REFERENCE = Path.of(System.getProperty("iati.reference", "../reference/iati"));

    @TempDir
    Path folder;

    private TestRegistry registry;
    private IatiExchangeService iati;

    private static TestRegistry freshRegistry() {
        InMemoryPersistence persistence = new InMemoryPersistence();
        return TestRegistry.over(persistence.ports());
    }

    private static IatiExchangeService iatiOver(TestRegistry r) {
        PersistencePorts p = r.ports();
        return new IatiExchangeService(p.programmes(), p.organisations(), TerritoryCatalogue.bundled(), p.transactions(), p.auditLog(),
                TestRegistry.CLOCK, new StaxIatiActivityReader(), new StaxIatiActivityWriter());
    }

    @BeforeEach
    void seeds() {
        registry = freshRegistry();
        SeedScenario.all(registry);
        iati = iatiOver(registry);
    }

    private ImportIatiActivitiesUseCase.Report importFile(IatiExchangeService service, Path file, boolean skipInvalid, boolean dryRun) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return service.importActivities(new ImportIatiActivitiesUseCase.Command("importer", in, skipInvalid, dryRun, n -> { }));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path export(List<String> ids) {
        Path file = folder.resolve("export.xml");
        iati.export(new ExportIatiActivitiesUseCase.Command(ids, file, java.util.Optional.of("IOM")));
        return file;
    }

    private Path reopenedIbm() throws java.io.IOException {
        Path file = export(List.of(SeedProgrammes.IBM_ID.value()));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml).contains("<activity-status code=\"4\"/>");
        Path reopened = folder.resolve("reopened.xml");
        Files.writeString(reopened, xml.replace("<activity-status code=\"4\"/>", "<activity-status code=\"2\"/>")
                .replace("Integrated Border Management", "Integrated Border Management, reopened"), StandardCharsets.UTF_8);
        return reopened;
    }

    @Test
    @DisplayName("P4 a closed programme reopened and retitled by a file is refused; it stays closed, with its title")
    void closedProgrammeIsNotReopenedByAFile() throws Exception {
        ProgrammeView before = registry.queries().find(SeedProgrammes.IBM_ID.value());
        var report = importFile(iati, reopenedIbm(), false, false);
        assertThat(report.refusedWhole()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(report.refused()).singleElement().satisfies(refusal -> {
            assertThat(refusal.rule()).isEqualTo(org.programmeregistry.domain.Rule.P4);
            assertThat(refusal.activity()).isEqualTo(SeedProgrammes.IBM_ID.value());
            assertThat(refusal.line()).isPositive();
        });
        ProgrammeView after = registry.queries().find(SeedProgrammes.IBM_ID.value());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.title()).isEqualTo(before.title());
    }

    @Test
    @DisplayName("P4 a dry run of the reopening file says what the import would: refused whole")
    void dryRunIsACheck() throws Exception {
        var dry = importFile(iati, reopenedIbm(), false, true);
        assertThat(dry.refusedWhole()).isTrue();
        assertThat(dry.refused()).extracting(ImportIatiActivitiesUseCase.Refusal::rule).containsExactly(org.programmeregistry.domain.Rule.P4);
    }

    @Test
    @DisplayName("I3 an export of a programme without an accountable organisation, and no reporting organisation named, is refused naming it")
    void exportWithoutReportingOrganisationIsRefused() {
        Path file = folder.resolve("refused.xml");
        assertThatThrownBy(() -> iati.export(new ExportIatiActivitiesUseCase.Command(List.of(), file)))
                .isInstanceOfSatisfying(org.programmeregistry.domain.RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo(org.programmeregistry.domain.Rule.I3);
                    assertThat(v.getMessage()).contains(SeedProgrammes.CARDS_ID.value()).doesNotContain(SeedProgrammes.IBM_ID.value());
                });
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("I3 the reporting organisation named for an export needs an IATI identifier")
    void reportingOrganisationNeedsAnIdentifier() {
        assertThatThrownBy(() -> iati.export(new ExportIatiActivitiesUseCase.Command(List.of(), folder.resolve("x.xml"),
                java.util.Optional.of("EC")))).isInstanceOfSatisfying(org.programmeregistry.domain.RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(org.programmeregistry.domain.Rule.I3));
    }

    @Test
    @DisplayName("I3 an identifier without the reporting organisation's prefix is published prefixed, the original as other-identifier A1")
    void foreignIdentifiersArePrefixed() throws Exception {
        String xml = Files.readString(export(List.of()), StandardCharsets.UTF_8);
        assertThat(xml).contains("<iati-identifier>XM-DAC-47066-IOM-HU-IBM-2009</iati-identifier>",
                "<other-identifier ref=\"IOM-HU-IBM-2009\" type=\"A1\"/>",
                "<iati-identifier>XM-DAC-47066-EC-CARDS-2002-2003-AMV</iati-identifier>",
                "<reporting-org ref=\"XM-DAC-47066\"").doesNotContain("ref=\"\"");
    }

    @Test
    @DisplayName("I4 a programme without any date is refused by the export with the rule, not written half")
    void datelessProgrammeIsRefused() {
        registry.programmes().register(new org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase.Command(
                "tester", "UNDATED-1", "Without dates", null, null, null));
        Path file = folder.resolve("undated.xml");
        assertThatThrownBy(() -> iati.export(new ExportIatiActivitiesUseCase.Command(List.of("UNDATED-1"), file,
                java.util.Optional.of("IOM")))).isInstanceOfSatisfying(org.programmeregistry.domain.RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo(org.programmeregistry.domain.Rule.I4);
                    assertThat(v.getMessage()).contains("UNDATED-1");
                });
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("I2 a file of IATI version 1.05 is refused whole, naming the version")
    void otherVersionIsRefused() throws Exception {
        Path file = folder.resolve("old.xml");
        Files.writeString(file, "<iati-activities version=\"1.05\"><iati-activity><iati-identifier>X-1</iati-identifier></iati-activity></iati-activities>");
        assertThatThrownBy(() -> importFile(iati, file, false, false)).isInstanceOfSatisfying(org.programmeregistry.domain.RuleViolation.class,
                v -> assertThat(v.getMessage()).startsWith("[I2]").contains("'1.05'"));
    }

    @Test
    @DisplayName("an export of both seed programmes validates against the official IATI 2.03 schema and holds no event or person")
    void exportIsValid() throws Exception {
        Path file = export(List.of());
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(REFERENCE.resolve("schema/iati-activities-schema.xsd").toFile());
        schema.newValidator().validate(new StreamSource(file.toFile()));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(xml).contains("IOM-HU-IBM-2009", "EC-CARDS-2002-2003-AMV", "XM-DAC-47066")
                .doesNotContain("Final Consultation Event", "Head of delegation", "Ministry of Interior");
    }

    @Test
    @DisplayName("re-importing an export changes nothing: every programme is unchanged")
    void reimportIsIdempotent() {
        Path file = export(List.of());
        var report = importFile(iati, file, false, false);
        assertThat(report.refused()).isEmpty();
        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(report.created() + report.updated() + report.organisationsCreated()).isZero();
    }

    @Test
    @DisplayName("round trip: import(export(p)) equals p for every mapped field, historical territories included")
    void roundTrip() {
        Path file = export(List.of());
        TestRegistry other = freshRegistry();
        SeedScenario.organisations(other);
        var report = importFile(iatiOver(other), file, false, false);
        assertThat(report.created()).isEqualTo(2);
        for (String id : List.of(SeedProgrammes.IBM_ID.value(), SeedProgrammes.CARDS_ID.value())) {
            ProgrammeView original = registry.queries().find(id);
            ProgrammeView imported = other.queries().find(id);
            assertThat(imported.title()).isEqualTo(original.title());
            assertThat(imported.summary()).isEqualTo(original.summary());
            assertThat(imported.status()).isEqualTo(original.status());
            assertThat(imported.plannedPeriod()).isEqualTo(original.plannedPeriod());
            assertThat(imported.actualPeriod()).isEqualTo(original.actualPeriod());
            assertThat(imported.beneficiaries()).as("beneficiaries, in any order").containsExactlyInAnyOrderElementsOf(original.beneficiaries());
            assertThat(imported.partners()).isEqualTo(original.partners());
            assertThat(imported.sdgTargets()).isEqualTo(original.sdgTargets());
        }
        assertThat(other.queries().find(SeedProgrammes.CARDS_ID.value()).beneficiaries())
                .extracting(t -> t.code()).contains("CS");
    }

    @Test
    @DisplayName("a file with one broken activity is refused whole; --skip-invalid imports the others; a dry run writes nothing")
    void brokenActivity() throws Exception {
        Path file = folder.resolve("mixed.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                  <iati-activity>
                    <iati-identifier>XM-DAC-47066-GOOD</iati-identifier>
                    <reporting-org ref="XM-DAC-47066" type="40"><narrative>International Organization for Migration</narrative></reporting-org>
                    <title><narrative>A good activity</narrative></title>
                    <participating-org ref="XM-DAC-47066" role="2" type="40"><narrative>International Organization for Migration</narrative></participating-org>
                    <participating-org ref="XM-DAC-47066" role="4" type="40"><narrative>International Organization for Migration</narrative></participating-org>
                    <participating-org role="1" type="10"><narrative>Government of Example</narrative></participating-org>
                    <activity-status code="2"/>
                    <activity-date type="1" iso-date="2020-01-01"/>
                    <activity-date type="2" iso-date="2020-02-01"/>
                    <recipient-country code="AL"/>
                    <budget><value currency="EUR" value-date="2020-01-01">10</value></budget>
                  </iati-activity>
                  <iati-activity>
                    <iati-identifier>XM-DAC-47066-BAD</iati-identifier>
                    <title><narrative>Serbia and Montenegro in 2020</narrative></title>
                    <activity-status code="1"/>
                    <activity-date type="1" iso-date="2020-01-01"/>
                    <recipient-country code="CS"/>
                  </iati-activity>
                </iati-activities>
                """);
        var refused = importFile(iati, file, false, false);
        assertThat(refused.written()).isFalse();
        assertThat(refused.refused()).singleElement().extracting(ImportIatiActivitiesUseCase.Refusal::text).asString().startsWith("XM-DAC-47066-BAD: [P6]");
        assertThatThrownBy(() -> registry.queries().find("XM-DAC-47066-GOOD")).hasMessageContaining("not registered");

        var dry = importFile(iati, file, true, true);
        assertThat(dry.created()).isEqualTo(1);
        assertThat(dry.written()).isFalse();
        assertThatThrownBy(() -> registry.queries().find("XM-DAC-47066-GOOD")).hasMessageContaining("not registered");

        var skipped = importFile(iati, file, true, false);
        assertThat(skipped.created()).isEqualTo(1);
        assertThat(skipped.organisationsCreated()).isEqualTo(1);
        assertThat(skipped.unmapped()).containsEntry("budget", 1);
        ProgrammeView good = registry.queries().find("XM-DAC-47066-GOOD");
        assertThat(good.partners()).anySatisfy(p -> {
            assertThat(p.organisation()).isEqualTo("IOM");
            assertThat(p.roles()).hasSize(2);
        });
        assertThat(good.contributions()).extracting(c -> c.donorName()).containsExactly("Government of Example");

        var again = importFile(iati, file, true, false);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
    }

    @Test
    @DisplayName("the official annotated example is read, its unmapped elements reported; the schema's test files, version xx, are refused (I2)")
    void officialExamples() {
        var report = importFile(iati, REFERENCE.resolve("examples/activity-standard-example-annotated.xml"), true, true);
        assertThat(report.read()).isEqualTo(1);
        assertThat(report.unmapped()).containsKeys("budget", "transaction", "result", "document-link");
        for (String name : List.of("iati-schemas-test-02-minimal-doc.xml", "iati-schemas-test-41-related-activity.xml")) {
            // the schema's test files say version="xx", a placeholder its own harness fills in: I2 refuses them as they stand
            assertThatThrownBy(() -> importFile(iati, REFERENCE.resolve("examples/" + name), true, true)).as(name)
                    .hasMessageStartingWith("[I2]");
        }
    }

    @Test
    @DisplayName("a hostile file is refused as a whole with a line and a column")
    void hostileFile() throws Exception {
        Path file = folder.resolve("xxe.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<iati-activities>&x;</iati-activities>");
        assertThatThrownBy(() -> importFile(iati, file, false, false)).isInstanceOf(IatiFileException.class).hasMessageContaining("line");
    }

    @Test
    @DisplayName("I2 IATI's schema test suite, as it stands (version xx) and filled in as 2.03: every file ends with a report or a refusal, never a crash")
    void schemaTestSuiteEndsInAnAnswer() throws Exception {
        List<Path> files;
        try (var walk = Files.walk(REFERENCE.resolve("schema-tests/activity-tests"))) {
            files = walk.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(200);
        int refusedAsVersion = 0;
        for (Path file : files) {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            for (String version : List.of("xx", "2.03")) {
                Path filled = folder.resolve("suite.xml");
                Files.writeString(filled, xml.replace("version=\"xx\"", "version=\"" + version + "\""), StandardCharsets.UTF_8);
                try {
                    var report = importFile(iati, filled, false, true);
                    assertThat(report.written()).as(file.toString()).isFalse();
                } catch (org.programmeregistry.domain.RuleViolation | IatiFileException refused) {
                    assertThat(refused.getMessage()).as(file.toString()).isNotBlank();
                    if (refused instanceof org.programmeregistry.domain.RuleViolation v && v.rule() == org.programmeregistry.domain.Rule.I2) {
                        refusedAsVersion++;
                    }
                }
            }
        }
        assertThat(refusedAsVersion).isGreaterThanOrEqualTo(files.size() - 5);
    }
}

package org.programmeregistry.adapters.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.application.port.out.iati.IatiActivity.Organisation;
import org.programmeregistry.application.port.out.iati.IatiActivity.Participant;
import org.programmeregistry.application.port.out.iati.IatiFileException;

/** Reading the official examples and the mapping rules; hostile input is in {@link HostileIatiFileTest}. */
class StaxIatiActivityReaderTest {

    private final StaxIatiActivityReader reader = new StaxIatiActivityReader();

    static List<IatiActivity> readAll(StaxIatiActivityReader reader, byte[] xml) {
        List<IatiActivity> activities = new ArrayList<>();
        int count = reader.read(new ByteArrayInputStream(xml), activities::add);
        assertThat(count).isEqualTo(activities.size());
        return activities;
    }

    private List<IatiActivity> readAll(String xml) {
        return readAll(reader, xml.getBytes(UTF_8));
    }

    /**
     * An official example. The schema's test files say {@code version="xx"}, a placeholder IATI's
     * own test harness fills in; filled with 2.03 here, the version they test.
     */
    private List<IatiActivity> readExample(String name) throws IOException {
        byte[] bytes = new String(Files.readAllBytes(IatiFiles.example(name)), UTF_8)
                .replace("<iati-activities version=\"xx\"", "<iati-activities version=\"2.03\"").getBytes(UTF_8);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            List<IatiActivity> activities = new ArrayList<>();
            assertThat(reader.read(in, activities::add)).isEqualTo(activities.size());
            return activities;
        }
    }

    private static final String ONE_ACTIVITY = "<iati-activity><iati-identifier>XM-DAC-47066-V</iati-identifier></iati-activity>";

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2.01", "2.02", "2.03"})
    @DisplayName("I2 the 2.0x versions the reader maps as 2.03 are read")
    void readsTheVersionsItMaps(String version) {
        assertThat(readAll("<iati-activities version=\"" + version + "\">" + ONE_ACTIVITY + "</iati-activities>")).hasSize(1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1.05", "2.04", "xx"})
    @DisplayName("I2 a file of another version is refused in one line naming the version found")
    void refusesOtherVersions(String version) {
        org.programmeregistry.domain.RuleViolation refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.programmeregistry.domain.RuleViolation.class,
                () -> readAll("<iati-activities version=\"" + version + "\">" + ONE_ACTIVITY + "</iati-activities>"));
        assertThat(refused.rule()).isEqualTo(org.programmeregistry.domain.Rule.I2);
        assertThat(refused.getMessage()).contains("'" + version + "'").doesNotContain("\n");
    }

    @Test
    @DisplayName("I2 a file that states no version is refused, not read as if it were 2.03")
    void refusesAFileWithoutVersion() {
        org.programmeregistry.domain.RuleViolation refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.programmeregistry.domain.RuleViolation.class, () -> readAll("<iati-activities>" + ONE_ACTIVITY + "</iati-activities>"));
        assertThat(refused.rule()).isEqualTo(org.programmeregistry.domain.Rule.I2);
        assertThat(refused.getMessage()).contains("no version");
    }

    private static String activityFile(String children) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n<iati-activity xml:lang=\"en\">\n"
                + children + "\n</iati-activity>\n</iati-activities>\n";
    }

    @Test
    void theOfficialAnnotatedExampleIsReadWithEveryMappedField() throws IOException {
        List<IatiActivity> activities = readExample("activity-standard-example-annotated.xml");

        assertThat(activities).hasSize(1);
        IatiActivity a = activities.get(0);
        assertThat(a.identifier()).isEqualTo("AA-AAA-123456789-ABC123");
        assertThat(a.reportingOrganisation()).isEqualTo(new Organisation("AA-AAA-123456789", "Organisation name", "40"));
        assertThat(a.title()).isEqualTo("Activity title");
        assertThat(a.description()).isEqualTo(
                "General activity description text.  Long description of the activity with no particular structure.");
        assertThat(a.statusCode()).isEqualTo("2");
        assertThat(a.plannedStart()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(a.actualStart()).isEqualTo(LocalDate.of(2012, 4, 28));
        assertThat(a.plannedEnd()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(a.actualEnd()).isNull();
        assertThat(a.participants()).containsExactly(
                new Participant(new Organisation("BB-BBB-123456789", "Name of Agency B", "40"), "1"),
                new Participant(new Organisation("CC-CCC-123456789", "Name of Agency C", "10"), "2"),
                new Participant(new Organisation("AA-AAA-123456789", "Name of Agency A", "21"), "3"));
        // the vocabulary-99 region A1 joins the countries; the vocabulary-1 region 489 is unmapped
        assertThat(a.recipientCountries()).containsExactly("AF", "AG", "A1");
        assertThat(a.sdgTargets()).isEmpty();
        assertThat(a.sdgGoals()).isEmpty();
        assertThat(a.line()).isEqualTo(8);
    }

    @Test
    void theAnnotatedExampleCountsEveryUnmappedChildOfTheActivity() throws IOException {
        IatiActivity a = readExample("activity-standard-example-annotated.xml").get(0);

        // counted by hand in the file: only direct children of iati-activity, nested ones (budget/value ...) are not
        assertThat(a.unmapped())
                .containsEntry("description", 2) // types 2 and 3
                .containsEntry("recipient-region", 1) // vocabulary 1
                .containsEntry("tag", 2) // vocabularies 1 and 99
                .containsEntry("sector", 3)
                .containsEntry("policy-marker", 3)
                .containsEntry("location", 2)
                .containsEntry("planned-disbursement", 2)
                .containsEntry("transaction", 1)
                .containsEntry("budget", 1)
                .containsEntry("result", 1)
                .containsEntry("related-activity", 1)
                .containsEntry("legacy-data", 2)
                .doesNotContainKeys("iati-identifier", "reporting-org", "title", "participating-org", "activity-status",
                        "activity-date", "recipient-country", "value", "narrative", "period-start");
        assertThat(a.unmapped()).isEqualTo(Map.ofEntries(
                Map.entry("description", 2), Map.entry("other-identifier", 1), Map.entry("contact-info", 1),
                Map.entry("activity-scope", 1), Map.entry("recipient-region", 1), Map.entry("location", 2),
                Map.entry("sector", 3), Map.entry("tag", 2), Map.entry("country-budget-items", 1),
                Map.entry("humanitarian-scope", 2), Map.entry("policy-marker", 3), Map.entry("collaboration-type", 1),
                Map.entry("default-flow-type", 1), Map.entry("default-finance-type", 1), Map.entry("default-aid-type", 2),
                Map.entry("default-tied-status", 1), Map.entry("budget", 1), Map.entry("planned-disbursement", 2),
                Map.entry("capital-spend", 1), Map.entry("transaction", 1), Map.entry("document-link", 1),
                Map.entry("related-activity", 1), Map.entry("legacy-data", 2), Map.entry("conditions", 1),
                Map.entry("result", 1), Map.entry("crs-add", 1), Map.entry("fss", 1)));
    }

    @Test
    void theSchemasMinimalShouldPassTestFileIsRead() throws IOException {
        List<IatiActivity> activities = readExample("iati-schemas-test-02-minimal-doc.xml");

        assertThat(activities).hasSize(1);
        IatiActivity a = activities.get(0);
        assertThat(a.identifier()).isNull(); // <iati-identifier></iati-identifier>
        assertThat(a.reportingOrganisation()).isEqualTo(new Organisation("xx", "Organisation name", "xx"));
        assertThat(a.title()).isEqualTo("Xxxxxxx");
        assertThat(a.description()).isEqualTo("Xxxxxxx"); // no type: the general description
        assertThat(a.participants()).containsExactly(new Participant(new Organisation(null, null, null), "xx"));
        assertThat(a.statusCode()).isEqualTo("xx");
        assertThat(a.plannedStart()).isNull(); // both dates have type "xx"
        assertThat(a.unmapped()).isEqualTo(Map.of("activity-date", 2));
        assertThat(a.line()).isEqualTo(4);
    }

    @Test
    void theSchemasRelatedActivityShouldPassTestFileIsReadWithItsRelatedActivitiesUnmapped() throws IOException {
        List<IatiActivity> activities = readExample("iati-schemas-test-41-related-activity.xml");

        assertThat(activities).hasSize(1);
        assertThat(activities.get(0).title()).isEqualTo("Xxxxxxx");
        assertThat(activities.get(0).unmapped()).isEqualTo(Map.of("activity-date", 2, "related-activity", 2));
    }

    @Test
    void eachActivityOfAFileReachesTheConsumerInOrderWithItsLine() {
        List<IatiActivity> activities = readAll("<iati-activities version=\"2.03\">\n"
                + "  <iati-activity><iati-identifier>A-1</iati-identifier></iati-activity>\n"
                + "  <!-- a comment -->\n"
                + "  <iati-activity\n      xml:lang=\"en\"><iati-identifier>A-2</iati-identifier></iati-activity>\n"
                + "</iati-activities>");

        assertThat(activities).extracting(IatiActivity::identifier).containsExactly("A-1", "A-2");
        assertThat(activities).extracting(IatiActivity::line).containsExactly(2, 5);
    }

    @Test
    void anEmptyFileOfActivitiesReadsAsNone() {
        assertThat(readAll("<?xml version=\"1.0\"?><iati-activities version=\"2.03\"/>")).isEmpty();
    }

    @Test
    void theNarrativeInTheDefaultLanguageIsPreferredOverAnEarlierOneInAnother() {
        IatiActivity a = readAll(activityFile("""
                <iati-identifier>X-1</iati-identifier>
                <title><narrative xml:lang="fr">Titre</narrative><narrative xml:lang="EN">Title</narrative></title>
                <description><narrative xml:lang="fr">Texte</narrative><narrative>Text</narrative></description>
                <participating-org role="1"><narrative xml:lang="de">Nur Deutsch</narrative></participating-org>
                """)).get(0);

        assertThat(a.title()).isEqualTo("Title");
        assertThat(a.description()).isEqualTo("Text");
        assertThat(a.participants().get(0).organisation().name()).isEqualTo("Nur Deutsch"); // the only one
    }

    @Test
    void valuesAreStrippedAndEmptyValuesReadAsAbsent() {
        IatiActivity a = readAll(activityFile("""
                <iati-identifier>
                    XM-DAC-47066-1
                </iati-identifier>
                <reporting-org ref=" XM-DAC-47066 " type=""><narrative>  IOM  </narrative></reporting-org>
                <title><narrative>   </narrative><narrative>Second</narrative></title>
                <description type="1"><narrative/></description>
                <activity-status code=" 2 "/>
                """)).get(0);

        assertThat(a.identifier()).isEqualTo("XM-DAC-47066-1");
        assertThat(a.reportingOrganisation()).isEqualTo(new Organisation("XM-DAC-47066", "IOM", null));
        assertThat(a.title()).isEqualTo("Second");
        assertThat(a.description()).isNull();
        assertThat(a.statusCode()).isEqualTo("2");
    }

    @Test
    void onlyTheGeneralDescriptionIsMappedAndTheOthersAreCounted() {
        IatiActivity a = readAll(activityFile("""
                <description type="2"><narrative>Objectives</narrative></description>
                <description type="1"><narrative>General</narrative></description>
                <description><narrative>Another general one</narrative></description>
                """)).get(0);

        assertThat(a.description()).isEqualTo("General");
        assertThat(a.unmapped()).isEqualTo(Map.of("description", 2));
    }

    @Test
    void datesOfTheFourTypesAreMappedAndATimeZoneIsIgnored() {
        IatiActivity a = readAll(activityFile("""
                <activity-date type="4" iso-date="2011-06-14"/>
                <activity-date type="3" iso-date="2011-06-30Z"/>
                <activity-date type="2" iso-date="2009-07-01+02:00"><narrative>Started late</narrative></activity-date>
                <activity-date type="1" iso-date="2009-06-15"/>
                <activity-date type="1" iso-date="2009-06-16"/>
                <activity-date type="9" iso-date="not a date, but of an unknown type"/>
                """)).get(0);

        assertThat(a.plannedStart()).isEqualTo(LocalDate.of(2009, 6, 15));
        assertThat(a.actualStart()).isEqualTo(LocalDate.of(2009, 7, 1));
        assertThat(a.plannedEnd()).isEqualTo(LocalDate.of(2011, 6, 30));
        assertThat(a.actualEnd()).isEqualTo(LocalDate.of(2011, 6, 14));
        assertThat(a.unmapped()).isEqualTo(Map.of("activity-date", 2)); // the second type 1 and type 9
    }

    @Test
    void aMalformedDateRefusesTheFileNamingTheActivityAndTheDatesLine() {
        String xml = activityFile("<iati-identifier>XM-DAC-47066-7</iati-identifier>\n"
                + "<activity-date type=\"1\" iso-date=\"2009-02-30\"/>");

        assertThatThrownBy(() -> readAll(xml))
                .isInstanceOfSatisfying(IatiFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.column()).isPositive();
                })
                .hasMessageContaining("\"XM-DAC-47066-7\" (line 3)")
                .hasMessageContaining("activity-date of type 1 has iso-date \"2009-02-30\", which is not a date yyyy-MM-dd");
    }

    @Test
    void aDateOfAMappedTypeWithoutIsoDateRefusesTheFile() {
        assertThatThrownBy(() -> readAll(activityFile("<activity-date type=\"4\"/>")))
                .isInstanceOf(IatiFileException.class)
                .hasMessageContaining("the activity at line 3: activity-date of type 4 has no iso-date");
    }

    @Test
    void countriesAndVocabulary99RegionsAreRecipientsCountriesFirst() {
        IatiActivity a = readAll(activityFile("""
                <recipient-country code="RS" percentage="50"/>
                <recipient-region code="CS" vocabulary="99" percentage="25"><narrative>Serbia and Montenegro</narrative></recipient-region>
                <recipient-region code="89" vocabulary="1" percentage="25"/>
                <recipient-country code="ME"/>
                <recipient-country/>
                """)).get(0);

        assertThat(a.recipientCountries()).containsExactly("RS", "ME", "CS");
        assertThat(a.unmapped()).isEqualTo(Map.of("recipient-region", 1, "recipient-country", 1));
    }

    @Test
    void sdgTagsAreMappedByVocabularyAndOtherTagsCounted() {
        IatiActivity a = readAll(activityFile("""
                <tag vocabulary="3" code="16.2"/>
                <tag vocabulary="2" code="16"/>
                <tag vocabulary="3" code="10.7"><narrative>Migration policies</narrative></tag>
                <tag vocabulary="1" code="1"/>
                <tag vocabulary="3"/>
                """)).get(0);

        assertThat(a.sdgTargets()).containsExactly("16.2", "10.7");
        assertThat(a.sdgGoals()).containsExactly("16");
        assertThat(a.unmapped()).isEqualTo(Map.of("tag", 2));
    }

    @Test
    void anOrganisationElementWithNothingInItReadsAsAbsent() {
        IatiActivity a = readAll(activityFile("""
                <reporting-org ref="" type=""><narrative/></reporting-org>
                <participating-org role=""/>
                <participating-org role="4"/>
                """)).get(0);

        assertThat(a.reportingOrganisation()).isNull();
        assertThat(a.participants()).containsExactly(new Participant(new Organisation(null, null, null), "4"));
    }

    @Test
    void elementsOfOtherNamespacesAreCountedByQualifiedNameAndNeverMapped() {
        IatiActivity a = readAll(activityFile("""
                <iati-identifier>X-1</iati-identifier>
                <ext:title xmlns:ext="urn:example:extension"><narrative>Not the title</narrative></ext:title>
                <title><narrative ext:note="x" xmlns:ext="urn:example:extension">The title</narrative></title>
                <ext:budget-note xmlns:ext="urn:example:extension"/>
                """)).get(0);

        assertThat(a.title()).isEqualTo("The title");
        assertThat(a.unmapped()).isEqualTo(Map.of("ext:title", 1, "ext:budget-note", 1));
    }

    @Test
    void charactersReferencesPredefinedEntitiesAndCdataAreText() {
        IatiActivity a = readAll(activityFile(
                "<title><narrative>R&amp;D &lt;pilot&gt; &#x10D;&#233; <![CDATA[& <raw>]]>&#13;</narrative></title>")).get(0);

        assertThat(a.title()).isEqualTo("R&D <pilot> čé & <raw>");
    }

    @Test
    void childrenOfTheRootOtherThanActivitiesAreSkipped() {
        List<IatiActivity> activities = readAll("<iati-activities version=\"2.03\"><ext:note xmlns:ext=\"urn:x\"><iati-activity/></ext:note>"
                + "<iati-activity><iati-identifier>A</iati-identifier></iati-activity></iati-activities>");

        assertThat(activities).extracting(IatiActivity::identifier).containsExactly("A");
    }

    @Test
    void aFileInAnotherEncodingIsReadAsItsDeclarationSays() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><iati-activities version=\"2.03\"><iati-activity>"
                + "<title><narrative>Coopération régionale</narrative></title></iati-activity></iati-activities>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(readAll(reader, latin1).get(0).title()).isEqualTo("Coopération régionale");
    }

    @Test
    void theReaderLeavesTheStreamOpenForItsOwner() throws IOException {
        Path file = Files.createTempFile("iati", ".xml");
        try {
            Files.writeString(file, activityFile("<iati-identifier>A</iati-identifier>"));
            boolean[] closed = {false};
            try (InputStream in = new java.io.FilterInputStream(Files.newInputStream(file)) {
                @Override
                public void close() throws IOException {
                    closed[0] = true;
                    super.close();
                }
            }) {
                reader.read(in, a -> { });
                assertThat(closed[0]).isFalse();
            }
        } finally {
            Files.delete(file);
        }
    }
}

package org.programmeregistry.adapters.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.application.port.out.iati.IatiActivity.Organisation;
import org.programmeregistry.application.port.out.iati.IatiActivity.Participant;

/** Files written by {@link StaxIatiActivityWriter} validate against the official 2.03 schema. */
class StaxIatiActivityWriterTest {

    static final Instant GENERATED = Instant.parse("2025-03-01T12:34:56.789Z");
    static final Organisation IOM = new Organisation("XM-DAC-47066", "International Organization for Migration", "40");
    static final Organisation EC = new Organisation("XI-IATI-EC_NEAR", "European Commission", "15");
    static final Organisation MINISTRY = new Organisation(null, "Ministry of Interior & Security", "10");

    private final StaxIatiActivityWriter writer = new StaxIatiActivityWriter();

    static IatiActivity full() {
        return new IatiActivity("XM-DAC-47066-HU-0001", IOM, "Strengthening Integrated Border Management",
                "Regional cooperation between border police services.", "2", LocalDate.of(2009, 6, 15),
                LocalDate.of(2009, 7, 1), LocalDate.of(2011, 6, 14), LocalDate.of(2011, 6, 30),
                List.of(new Participant(EC, "1"), new Participant(IOM, "2"), new Participant(MINISTRY, "4"),
                        new Participant(IOM, "4")),
                List.of("HU", "RS", "HR"), List.of("16.2", "10.7"), List.of("16"), Map.of(), 0);
    }

    static IatiActivity minimal() {
        return new IatiActivity("XM-DAC-47066-MIN", null, "Minimal", null, null, LocalDate.of(2020, 1, 1), null, null, null,
                List.of(), List.of(), List.of(), List.of(), Map.of(), 0);
    }

    static IatiActivity withCountries(String... codes) {
        IatiActivity a = full();
        return new IatiActivity(a.identifier(), a.reportingOrganisation(), a.title(), a.description(), a.statusCode(),
                a.plannedStart(), a.actualStart(), a.plannedEnd(), a.actualEnd(), a.participants(), List.of(codes),
                a.sdgTargets(), a.sdgGoals(), Map.of(), 0);
    }

    private byte[] write(IatiActivity... activities) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(List.of(activities), GENERATED, out);
        return out.toByteArray();
    }

    private static void assertValid(byte[] xml) {
        assertThat(IatiFiles.schemaErrors(xml)).as("schema errors in\n%s", new String(xml, UTF_8)).isEmpty();
    }

    /** A recipient as written: element, code, vocabulary, percentage, narrative. */
    record Recipient(String element, String code, String vocabulary, String percentage, String narrative) {
    }

    private static List<Recipient> recipients(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        List<Recipient> result = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT
                    && (r.getLocalName().equals("recipient-country") || r.getLocalName().equals("recipient-region"))) {
                String element = r.getLocalName();
                String code = r.getAttributeValue(null, "code");
                String vocabulary = r.getAttributeValue(null, "vocabulary");
                String percentage = r.getAttributeValue(null, "percentage");
                String narrative = null;
                int depth = 1;
                while (depth > 0) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (r.getLocalName().equals("narrative")) {
                            narrative = r.getElementText();
                            depth--;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
                result.add(new Recipient(element, code, vocabulary, percentage, narrative));
            }
        }
        return result;
    }

    /** The names of the children of the first iati-activity, in order. */
    private static List<String> activityChildren(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        List<String> names = new ArrayList<>();
        int depth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 3) {
                    names.add(r.getLocalName());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 1) {
                    return names;
                }
            }
        }
        return names;
    }

    private static BigDecimal sum(List<Recipient> recipients) {
        return recipients.stream().map(r -> new BigDecimal(r.percentage())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aFullActivityValidatesAgainstTheSchema() {
        assertValid(write(full()));
    }

    @Test
    void aFullActivityHasItsElementsInTheSchemasOrder() throws XMLStreamException {
        assertThat(activityChildren(write(withCountries("RS", "CS")))).containsExactly("iati-identifier", "reporting-org",
                "title", "description", "participating-org", "participating-org", "participating-org", "participating-org",
                "activity-status", "activity-date", "activity-date", "activity-date", "activity-date", "recipient-country",
                "recipient-region", "tag", "tag", "tag");
    }

    @Test
    void theFileDeclaresVersion203TheGenerationTimeAndEnglishAsDefaultLanguage() {
        String xml = new String(write(full()), UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<iati-activities version=\"2.03\" generated-datetime=\"2025-03-01T12:34:56Z\">")
                .contains("<iati-activity last-updated-datetime=\"2025-03-01T12:34:56Z\" xml:lang=\"en\">")
                .contains("<activity-date type=\"1\" iso-date=\"2009-06-15\"/>")
                .contains("<activity-date type=\"4\" iso-date=\"2011-06-30\"/>")
                .contains("<tag vocabulary=\"2\" code=\"16\"/>")
                .contains("<tag vocabulary=\"3\" code=\"16.2\"/>")
                .contains("<narrative>Ministry of Interior &amp; Security</narrative>")
                .doesNotContain("xml:lang=\"fr\"");
    }

    @Test
    void aMinimalActivityValidatesWithTheRequiredElementsWrittenEmpty() {
        byte[] xml = write(minimal());

        assertValid(xml);
        assertThat(new String(xml, UTF_8))
                .contains("<reporting-org ref=\"\" type=\"\">")
                .contains("<description type=\"1\">")
                .contains("<participating-org role=\"\"/>")
                .contains("<activity-status code=\"\"/>")
                .doesNotContain("recipient-country", "recipient-region", "<tag");
    }

    @Test
    void aReportingOrganisationWithoutReferenceOrTypeFallsBackToEmptyAttributesThatValidate() {
        IatiActivity a = full();
        IatiActivity nameOnly = new IatiActivity(a.identifier(), new Organisation(null, "Ministry of Interior", null), a.title(), a.description(), a.statusCode(),
                a.plannedStart(), null, null, null, a.participants(), a.recipientCountries(), List.of(), List.of(), Map.of(), 0);
        byte[] xml = write(nameOnly);

        assertValid(xml);
        assertThat(new String(xml, UTF_8)).contains("<reporting-org ref=\"\" type=\"\">\n      <narrative>Ministry of Interior</narrative>");
    }

    @Test
    void severalCountriesGetPercentagesThatSumToExactly100() throws XMLStreamException {
        byte[] xml = write(withCountries("AL", "BA", "ME"));

        assertValid(xml);
        List<Recipient> recipients = recipients(xml);
        assertThat(recipients).extracting(Recipient::percentage).containsExactly("33.33", "33.33", "33.34");
        assertThat(sum(recipients)).isEqualByComparingTo("100");
    }

    @Test
    void sevenCountriesShareTheRemainderAmongTheLast() throws XMLStreamException {
        byte[] xml = write(withCountries("AL", "BA", "ME", "MK", "RS", "XK", "HR"));

        assertValid(xml);
        List<Recipient> recipients = recipients(xml);
        assertThat(recipients).extracting(Recipient::percentage)
                .containsExactly("14.28", "14.28", "14.28", "14.29", "14.29", "14.29", "14.29");
        assertThat(sum(recipients)).isEqualByComparingTo("100");
    }

    @Test
    void aSingleCountryHasNoPercentage() throws XMLStreamException {
        byte[] xml = write(withCountries("RS"));

        assertValid(xml);
        assertThat(recipients(xml)).containsExactly(new Recipient("recipient-country", "RS", null, null, null));
    }

    @Test
    void percentagesForAnyNumberOfRecipientsSumTo100AndDifferByAtMostAHundredth() {
        for (int n = 2; n <= 300; n++) {
            List<BigDecimal> shares = StaxIatiActivityWriter.percentages(n).stream().map(BigDecimal::new).toList();
            assertThat(shares).as("n=%d", n).hasSize(n);
            assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as("sum for n=%d", n).isEqualByComparingTo("100");
            BigDecimal min = shares.stream().min(BigDecimal::compareTo).orElseThrow();
            BigDecimal max = shares.stream().max(BigDecimal::compareTo).orElseThrow();
            assertThat(max.subtract(min)).as("spread for n=%d", n).isLessThanOrEqualTo(new BigDecimal("0.01"));
            assertThat(shares).allSatisfy(s -> assertThat(s.scale()).isLessThanOrEqualTo(2));
        }
        assertThat(StaxIatiActivityWriter.percentages(2)).containsExactly("50", "50");
        assertThat(StaxIatiActivityWriter.percentages(1)).isEmpty();
    }

    @Test
    void serbiaAndMontenegroAndYugoslaviaAreWrittenAsNamedVocabulary99RegionsSharingThe100() throws XMLStreamException {
        byte[] xml = write(withCountries("RS", "CS", "YU", "ME"));

        assertValid(xml);
        assertThat(recipients(xml)).containsExactly(
                new Recipient("recipient-country", "RS", null, "25", null),
                new Recipient("recipient-country", "ME", null, "25", null),
                new Recipient("recipient-region", "CS", "99", "25", "Serbia and Montenegro"),
                new Recipient("recipient-region", "YU", "99", "25", "Yugoslavia"));
    }

    @Test
    void aSingleHistoricalTerritoryIsARegionWithoutPercentage() throws XMLStreamException {
        byte[] xml = write(withCountries("CS"));

        assertValid(xml);
        assertThat(recipients(xml)).containsExactly(new Recipient("recipient-region", "CS", "99", null, "Serbia and Montenegro"));
    }

    @Test
    void csIsNamedCzechoslovakiaForAnActivityThatStartedBefore1993() {
        IatiActivity a = withCountries("CS");
        IatiActivity early = new IatiActivity(a.identifier(), a.reportingOrganisation(), a.title(), a.description(),
                a.statusCode(), LocalDate.of(1991, 3, 1), null, LocalDate.of(1992, 12, 31), null, a.participants(),
                a.recipientCountries(), List.of(), List.of(), Map.of(), 0);

        assertThat(StaxIatiActivityWriter.historicalName("CS", early)).isEqualTo("Czechoslovakia");
        assertThat(StaxIatiActivityWriter.historicalName("CS", a)).isEqualTo("Serbia and Montenegro");
        assertThat(StaxIatiActivityWriter.historicalName("QQ", a)).isEqualTo("QQ");
    }

    @Test
    void aWithdrawnCodeOfTheCodelistIsARegionToo() throws XMLStreamException {
        byte[] xml = write(withCountries("AN", "NL"));

        assertValid(xml);
        assertThat(recipients(xml)).extracting(Recipient::element, Recipient::code, Recipient::narrative).containsExactly(
                org.assertj.core.groups.Tuple.tuple("recipient-country", "NL", null),
                org.assertj.core.groups.Tuple.tuple("recipient-region", "AN", "Netherlands Antilles"));
    }

    @Test
    void manyActivitiesValidateInOneFile() {
        List<IatiActivity> activities = new ArrayList<>();
        IatiFileGenerator generator = new IatiFileGenerator(3);
        for (int i = 0; i < 50; i++) {
            activities.add(generator.nextActivity());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(activities, GENERATED, out);

        assertValid(out.toByteArray());
    }

    @Test
    void anEmptyListIsRefusedBecauseTheSchemaRequiresAnActivity() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> writer.write(List.of(), GENERATED, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no activity to write; an IATI activity file holds at least one");
        assertThat(out.size()).isZero();
    }

    @Test
    void anActivityWithoutAnyDateIsRefusedBeforeAnythingIsWritten() {
        IatiActivity m = minimal();
        IatiActivity undated = new IatiActivity(m.identifier(), null, m.title(), null, null, null, null, null, null, List.of(),
                List.of(), List.of(), List.of(), Map.of(), 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> writer.write(List.of(full(), undated), GENERATED, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activity 2 (XM-DAC-47066-MIN) has no date; IATI requires at least one activity-date");
        assertThat(out.size()).isZero();
    }

    @Test
    void aCharacterXmlCannotCarryIsRefusedBeforeAnythingIsWritten() {
        IatiActivity a = full();
        IatiActivity bad = new IatiActivity(a.identifier(), a.reportingOrganisation(), "Title with \u0001 control", null, "2",
                a.plannedStart(), null, null, null, a.participants(), List.of(), List.of(), List.of(), Map.of(), 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> writer.write(List.of(bad), GENERATED, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the title holds character U+0001");
        assertThat(out.size()).isZero();
    }

    @Test
    void aLineBreakInACodeIsRefused() {
        assertThatThrownBy(() -> write(withCountries("RS\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the recipient country code holds a tab or line break");
    }

    @Test
    void aBlankCodeIsRefused() {
        assertThatThrownBy(() -> write(withCountries(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has a blank recipient country code");
    }

    @Test
    void aCarriageReturnInATextIsWrittenAsACharacterReference() {
        IatiActivity a = full();
        IatiActivity crlf = new IatiActivity(a.identifier(), a.reportingOrganisation(), a.title(), "Line one\r\nLine two", "2",
                a.plannedStart(), null, null, null, a.participants(), List.of(), List.of(), List.of(), Map.of(), 0);
        byte[] xml = write(crlf);

        assertValid(xml);
        assertThat(new String(xml, UTF_8)).contains("<narrative>Line one&#13;\nLine two</narrative>");
    }

    @Test
    void theStreamIsFlushedButLeftOpen() {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        writer.write(List.of(full()), GENERATED, out);

        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(UTF_8)).endsWith("</iati-activities>\n");
    }

    @Test
    void anExportedActivityHasNoRoomForEventsDelegationsOrPeople() {
        // IatiActivity is what the writer can write; a participant in it is an organisation in a role, never a person
        assertThat(List.of(IatiActivity.class.getRecordComponents()).stream().map(c -> c.getName()))
                .containsExactly("identifier", "reportingOrganisation", "title", "description", "statusCode", "plannedStart",
                        "actualStart", "plannedEnd", "actualEnd", "participants", "recipientCountries", "sdgTargets",
                        "sdgGoals", "unmapped", "line", "reportingOrganisationIdentifier");
        assertThat(List.of(Participant.class.getRecordComponents()).stream().map(c -> c.getName()))
                .containsExactly("organisation", "roleCode");
        assertThat(List.of(Organisation.class.getRecordComponents()).stream().map(c -> c.getName()))
                .containsExactly("ref", "name", "typeCode");
    }

    @Test
    void theBundledCountryCodesAreTheActiveCodesOfTheOfficialCodelist() throws IOException, XMLStreamException {
        Map<String, Boolean> official = new LinkedHashMap<>(); // code -> withdrawn
        try (InputStream in = Files.newInputStream(IatiFiles.reference().resolve("codelists").resolve("Country.xml"))) {
            XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(in);
            boolean withdrawn = false;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("codelist-item")) {
                        withdrawn = "withdrawn".equals(r.getAttributeValue(null, "status"));
                    } else if (r.getLocalName().equals("code")) {
                        official.put(r.getElementText().strip(), withdrawn);
                    }
                }
            }
        }
        Set<String> active = new LinkedHashSet<>();
        official.forEach((code, withdrawn) -> {
            if (!withdrawn) {
                active.add(code);
            }
        });

        assertThat(StaxIatiActivityWriter.iatiCountryCodes()).containsExactlyElementsOf(active);
        assertThat(StaxIatiActivityWriter.iatiCountryCodes()).contains("RS", "ME", "XK", "MK").doesNotContain("CS", "YU", "AN");
    }
}

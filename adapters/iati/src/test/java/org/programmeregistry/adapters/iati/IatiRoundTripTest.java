package org.programmeregistry.adapters.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programmeregistry.adapters.iati.IatiFiles.mappedFields;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.application.port.out.iati.IatiActivity.Organisation;
import org.programmeregistry.application.port.out.iati.IatiActivity.Participant;

/**
 * What the writer writes, the reader reads back: every mapped field (the line and the unmapped
 * elements are the reader's own). The generated run uses seed {@code -Diati.seed=N} when given.
 */
class IatiRoundTripTest {

    private static final long DEFAULT_SEED = 20_250_301L;

    private final StaxIatiActivityWriter writer = new StaxIatiActivityWriter();
    private final StaxIatiActivityReader reader = new StaxIatiActivityReader();

    private List<IatiActivity> roundTrip(List<IatiActivity> activities) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(activities, StaxIatiActivityWriterTest.GENERATED, out);
        byte[] xml = out.toByteArray();
        assertThat(IatiFiles.schemaErrors(xml)).isEmpty();
        return StaxIatiActivityReaderTest.readAll(reader, xml).stream().map(IatiFiles::mappedFields).toList();
    }

    @Test
    void aFullActivityComesBackEqual() {
        IatiActivity full = StaxIatiActivityWriterTest.full();

        assertThat(roundTrip(List.of(full))).containsExactly(full);
    }

    @Test
    void aMinimalActivityComesBackEqual() {
        IatiActivity minimal = StaxIatiActivityWriterTest.minimal();

        assertThat(roundTrip(List.of(minimal))).containsExactly(minimal);
    }

    @Test
    void awkwardTextsComeBackEqual() {
        Organisation odd = new Organisation("XM-DAC-47066", "Research & Policy \"Centre\" <East> ' Ltd", "21");
        IatiActivity a = new IatiActivity("XM-DAC-47066-&<>\"'", odd, "Čeština, Shqipëri, Србија, Türkiye, 中文, 🌍 & more",
                "First line\r\nSecond line\n\tindented\rold Mac line\n\nlast ]]> end", "1", LocalDate.of(1, 1, 1),
                null, LocalDate.of(9999, 12, 31), null,
                List.of(new Participant(odd, "4"), new Participant(new Organisation(null, null, null), "1"),
                        new Participant(new Organisation("GB-GOV-1", null, null), null)),
                List.of("RS"), List.of("16.a"), List.of("16"), Map.of(), 0);

        assertThat(roundTrip(List.of(a))).containsExactly(a);
    }

    @Test
    void severalActivitiesComeBackInOrder() {
        List<IatiActivity> activities = List.of(StaxIatiActivityWriterTest.full(), StaxIatiActivityWriterTest.minimal(),
                StaxIatiActivityWriterTest.withCountries("AL", "BA", "ME", "CS", "YU"));

        assertThat(roundTrip(activities)).containsExactlyElementsOf(activities);
    }

    @Test
    void historicalTerritoriesComeBackAfterTheCodelistCountries() {
        // the schema puts every recipient-country before every recipient-region
        IatiActivity mixed = StaxIatiActivityWriterTest.withCountries("CS", "RS", "YU", "ME");

        assertThat(roundTrip(List.of(mixed)).get(0).recipientCountries()).containsExactly("RS", "ME", "CS", "YU");
    }

    @Test
    void anEmptyReportingOrganisationComesBackAsNone() {
        IatiActivity m = StaxIatiActivityWriterTest.minimal();
        IatiActivity empty = new IatiActivity(m.identifier(), new Organisation(null, null, null), m.title(), null, null,
                m.plannedStart(), null, null, null, List.of(), List.of(), List.of(), List.of(), Map.of(), 0);

        assertThat(roundTrip(List.of(empty)).get(0).reportingOrganisation()).isNull();
    }

    @Test
    void twoHundredGeneratedActivitiesComeBackEqual() {
        long seed = Long.getLong("iati.seed", DEFAULT_SEED);
        IatiFileGenerator generator = new IatiFileGenerator(seed);
        List<IatiActivity> activities = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            activities.add(generator.nextActivity());
        }
        try {
            List<IatiActivity> back = roundTrip(activities);

            assertThat(back).hasSize(activities.size());
            for (int i = 0; i < activities.size(); i++) {
                assertThat(back.get(i)).as("activity %d", i + 1).isEqualTo(mappedFields(activities.get(i)));
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionFailedError("seed " + seed + ": " + e.getMessage() + "\n  rerun with -Diati.seed=" + seed, e);
        }
    }
}

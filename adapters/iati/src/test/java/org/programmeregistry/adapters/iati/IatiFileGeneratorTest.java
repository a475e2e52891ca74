package org.programmeregistry.adapters.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programmeregistry.application.port.out.iati.IatiActivity;

class IatiFileGeneratorTest {

    @Test
    void aGeneratedFileOf100ActivitiesValidatesAndReadsBackAsGenerated(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("activities.xml");
        IatiFileGenerator.Summary summary = new IatiFileGenerator(42).write(file, 100);

        assertThat(summary.activities()).isEqualTo(100);
        assertThat(IatiFiles.schemaErrors(Files.readAllBytes(file))).isEmpty();

        List<IatiActivity> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(new StaxIatiActivityReader().read(in, read::add)).isEqualTo(100);
        }
        IatiFileGenerator same = new IatiFileGenerator(42);
        for (int i = 0; i < read.size(); i++) {
            assertThat(IatiFiles.mappedFields(read.get(i))).as("activity %d", i + 1).isEqualTo(same.nextActivity());
        }
        Map<String, Integer> unmapped = new TreeMap<>();
        read.forEach(a -> a.unmapped().forEach((name, count) -> unmapped.merge(name, count, Integer::sum)));
        assertThat(unmapped).isEqualTo(summary.unmapped());
        assertThat(unmapped).containsKeys("sector", "budget", "transaction");
    }

    @Test
    void generatedActivitiesAreRealistic() {
        IatiFileGenerator generator = new IatiFileGenerator(7);
        List<IatiActivity> activities = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            activities.add(generator.nextActivity());
        }

        assertThat(activities).extracting(IatiActivity::identifier).doesNotHaveDuplicates();
        assertThat(activities).anySatisfy(a -> assertThat(a.recipientCountries()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(activities).anySatisfy(a -> assertThat(a.recipientCountries()).containsAnyOf("CS", "YU"));
        assertThat(activities).anySatisfy(a -> assertThat(a.participants()).extracting(IatiActivity.Participant::roleCode)
                .contains("1", "2", "4"));
        assertThat(activities).anySatisfy(a -> assertThat(a.sdgTargets()).isNotEmpty());
        assertThat(activities).anySatisfy(a -> assertThat(a.sdgGoals()).isNotEmpty());
        assertThat(activities).allSatisfy(a -> assertThat(a.recipientCountries()).isSubsetOf(IatiFileGenerator.recipientPool()));
    }

    @Test
    void theSameSeedGivesTheSameFile(@TempDir Path folder) throws IOException {
        Path one = folder.resolve("one.xml");
        Path two = folder.resolve("two.xml");
        new IatiFileGenerator(5).write(one, 20);
        new IatiFileGenerator(5).write(two, 20);

        assertThat(Files.mismatch(one, two)).isEqualTo(-1L);
    }
}

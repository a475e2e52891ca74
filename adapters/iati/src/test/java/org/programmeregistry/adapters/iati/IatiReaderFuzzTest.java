package org.programmeregistry.adapters.iati;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Tag;
import org.programmeregistry.application.port.out.iati.IatiFileException;

/**
 * The IATI reader given arbitrary bytes: it ends with the activities it read or an
 * {@link IatiFileException} (or, for a version it does not read, an I2 refusal), nothing else. Jazzer reports any other exception or error (an
 * out-of-memory in the fuzz run's 512 MB heap included) as a finding, with the input that
 * caused it. Seeds: the official examples and hostile files under IatiReaderFuzzTestInputs.
 */
class IatiReaderFuzzTest {

    private static final StaxIatiActivityReader READER = new StaxIatiActivityReader();

    /** A few seconds of fuzzing in every 'mvn verify'. */
    @FuzzTest(maxDuration = "10s")
    void readsActivitiesOrRefusesTheFile(byte[] file) {
        read(file);
    }

    /** The long run of docs/quality.md: mvn -P fuzz -pl adapters/iati -am verify. */
    @Tag("long-fuzz")
    @FuzzTest(maxDuration = "5m")
    void readsActivitiesOrRefusesTheFileForLong(byte[] file) {
        read(file);
    }

    private static void read(byte[] file) {
        try {
            READER.read(new ByteArrayInputStream(file), activity -> { });
        } catch (IatiFileException refused) {
            // a refusal naming what is wrong is the reader's answer to a broken file
        } catch (org.programmeregistry.domain.RuleViolation version) {
            if (version.rule() != org.programmeregistry.domain.Rule.I2) {
                throw version;
            }
            // I2: a file of a version the reader does not map is refused as such
        }
    }
}

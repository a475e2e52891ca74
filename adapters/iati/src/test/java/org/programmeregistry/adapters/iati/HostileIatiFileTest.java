package org.programmeregistry.adapters.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.application.port.out.iati.IatiFileException;

/**
 * Hostile and broken files: each is refused with an {@link IatiFileException} that says where,
 * without expanding an entity, reading another file or opening a connection, and before any
 * activity reaches the consumer when the problem comes first.
 */
class HostileIatiFileTest {

    private static final String ACTIVITY = "<iati-activity><iati-identifier>X-1</iati-identifier>"
            + "<title><narrative>&payload;</narrative></title></iati-activity>";

    private final StaxIatiActivityReader reader = new StaxIatiActivityReader();
    private final List<IatiActivity> received = new ArrayList<>();

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(byte[] xml) {
        return assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(xml), received::add))
                .isInstanceOfSatisfying(IatiFileException.class, e -> {
                    assertThat(e.line()).as("line").isPositive();
                    assertThat(e.column()).as("column").isPositive();
                });
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String xml) {
        return assertRefused(xml.getBytes(UTF_8));
    }

    // ---- DTDs and entities -------------------------------------------------------------------

    @Test
    void billionLaughsIsRefusedAtTheDoctypeBeforeAnyEntityIsExpanded() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [\n" + dtd + "<!ENTITY payload \"&lol9;\">\n]>\n"
                + "<iati-activities version=\"2.03\">" + ACTIVITY + "</iati-activities>";

        assertRefused(xml).hasMessageContaining("document type declaration (<!DOCTYPE ...>)");
        assertThat(received).isEmpty();
    }

    @Test
    void aDoctypeWithoutAnyDeclarationIsRefusedToo() {
        assertRefused("<!DOCTYPE iati-activities>\n<iati-activities version=\"2.03\"/>")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void anEntityReferenceWithoutDoctypeIsRefused() {
        assertRefused("<iati-activities version=\"2.03\">\n" + ACTIVITY + "</iati-activities>");
        assertThat(received).isEmpty();
    }

    static Stream<Arguments> fileEntityAttacks() {
        String entityText = "%m";
        String dtd = "<!ENTITY payload \"%m\">";
        return Stream.of(
                Arguments.of(Named.of("external general entity", "<!DOCTYPE iati-activities [<!ENTITY payload SYSTEM \"%s\">]>"),
                        entityText),
                Arguments.of(Named.of("external parameter entity", "<!DOCTYPE iati-activities [<!ENTITY % p SYSTEM \"%s\"> %p;]>"),
                        dtd),
                Arguments.of(Named.of("external DTD", "<!DOCTYPE iati-activities SYSTEM \"%s\">"), dtd),
                Arguments.of(Named.of("external DTD with public id", "<!DOCTYPE iati-activities PUBLIC \"-//X//Y//EN\" \"%s\">"),
                        dtd));
    }

    @ParameterizedTest
    @MethodSource("fileEntityAttacks")
    void anExternalEntityOrDtdOnAFileIsRefusedAndTheFileNeverRead(String doctype, String secretContent, @TempDir Path folder)
            throws IOException {
        String marker = "MARKER-" + UUID.randomUUID();
        Path secret = folder.resolve("secret.txt");
        // read the way the doctype asks, the file would put the marker into the activity's title
        Files.writeString(secret, secretContent.replace("%m", marker));
        String xml = "<?xml version=\"1.0\"?>\n" + doctype.replace("%s", secret.toUri().toString())
                + "\n<iati-activities version=\"2.03\">" + ACTIVITY + "</iati-activities>";

        Throwable thrown = catchThrowable(() -> reader.read(new ByteArrayInputStream(xml.getBytes(UTF_8)), received::add));

        assertThat(received.toString()).doesNotContain(marker);
        assertThat(describe(thrown)).doesNotContain(marker);
        assertThat(received).isEmpty();
        assertThat(thrown).isInstanceOfSatisfying(IatiFileException.class, e -> {
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
        }).hasMessageContaining("DOCTYPE");
    }

    static Stream<Named<String>> networkAttacks() {
        return Stream.of(
                Named.of("external general entity", "<!DOCTYPE iati-activities [<!ENTITY payload SYSTEM \"%s/entity\">]>"),
                Named.of("external parameter entity", "<!DOCTYPE iati-activities [<!ENTITY % p SYSTEM \"%s/p.dtd\"> %p;]>"),
                Named.of("external DTD", "<!DOCTYPE iati-activities SYSTEM \"%s/iati.dtd\">"),
                Named.of("entity inside an external DTD", "<!DOCTYPE iati-activities SYSTEM \"%s/iati.dtd\" [<!ENTITY x \"y\">]>"));
    }

    @ParameterizedTest
    @MethodSource("networkAttacks")
    void anExternalEntityOrDtdOverHttpIsRefusedWithoutAnyConnection(String doctype) throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // records every connection and hangs up at once, so a reader that did connect fails instead of waiting
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "iati-test-listener");
            listener.setDaemon(true);
            listener.start();
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String xml = "<?xml version=\"1.0\"?>\n" + doctype.replace("%s", base)
                    + "\n<iati-activities version=\"2.03\">" + ACTIVITY + "</iati-activities>";

            Throwable thrown = catchThrowable(() -> reader.read(new ByteArrayInputStream(xml.getBytes(UTF_8)), received::add));

            assertThat(connections.get()).as("connections to the server").isZero();
            assertThat(thrown).isInstanceOfSatisfying(IatiFileException.class, e -> {
                assertThat(e.line()).isPositive();
                assertThat(e.column()).isPositive();
            }).hasMessageContaining("DOCTYPE");
        }
        assertThat(received).isEmpty();
    }

    private static String describe(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    // ---- limits ------------------------------------------------------------------------------

    @Test
    void elementsNestedDeeperThanTheLimitAreRefused() {
        int depthOfActivity = 2;
        String tooDeep = "<x>".repeat(StaxIatiActivityReader.DEFAULT_MAX_DEPTH - depthOfActivity + 1);
        assertRefused("<iati-activities version=\"2.03\"><iati-activity>\n" + tooDeep)
                // the reader's own limit, or the JDK's identical one (jdk.xml.maxElementDepth, 100 since JDK 24), whichever trips first
                .hasMessageMatching("(?s).*(nested more than 100 deep|depth of \"101\" that exceeds the limit \"100\").*");
        assertThat(received).isEmpty();
    }

    @Test
    void elementsNestedExactlyToTheLimitAreRead() {
        int levels = StaxIatiActivityReader.DEFAULT_MAX_DEPTH - 2;
        String xml = "<iati-activities version=\"2.03\"><iati-activity>" + "<x>".repeat(levels) + "</x>".repeat(levels)
                + "</iati-activity></iati-activities>";

        assertThat(reader.read(new ByteArrayInputStream(xml.getBytes(UTF_8)), received::add)).isEqualTo(1);
        assertThat(received.get(0).unmapped()).containsEntry("x", 1);
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedInAMappedElement() {
        String text = "a".repeat(StaxIatiActivityReader.DEFAULT_MAX_TEXT_LENGTH + 1);
        assertRefused("<iati-activities version=\"2.03\"><iati-activity><title><narrative>" + text
                + "</narrative></title></iati-activity></iati-activities>")
                .hasMessageContaining("a text longer than 1048576 characters");
        assertThat(received).isEmpty();
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedInAnUnmappedElementToo() {
        String text = "1".repeat(StaxIatiActivityReader.DEFAULT_MAX_TEXT_LENGTH + 1);
        assertRefused("<iati-activities version=\"2.03\"><iati-activity><budget><value>" + text
                + "</value></budget></iati-activity></iati-activities>")
                .hasMessageContaining("a text longer than");
    }

    @Test
    void aTextCutIntoPiecesByChildElementsStillCountsWhole() {
        String piece = "b".repeat(StaxIatiActivityReader.DEFAULT_MAX_TEXT_LENGTH / 2 + 1);
        assertRefused("<iati-activities version=\"2.03\"><iati-activity><iati-identifier>" + piece + "<x/>" + piece
                + "</iati-identifier></iati-activity></iati-activities>")
                .hasMessageContaining("a text longer than");
    }

    @Test
    void aTextJustWithinTheLimitIsRead() {
        String text = "c".repeat(StaxIatiActivityReader.DEFAULT_MAX_TEXT_LENGTH);
        String xml = "<iati-activities version=\"2.03\"><iati-activity><title><narrative>" + text
                + "</narrative></title></iati-activity></iati-activities>";

        reader.read(new ByteArrayInputStream(xml.getBytes(UTF_8)), received::add);
        assertThat(received.get(0).title()).hasSize(StaxIatiActivityReader.DEFAULT_MAX_TEXT_LENGTH);
    }

    @Test
    void anAttributeValueLongerThanTheLimitIsRefused() {
        String value = "R".repeat(StaxIatiActivityReader.DEFAULT_MAX_ATTRIBUTE_LENGTH + 1);
        assertRefused("<iati-activities version=\"2.03\">\n<iati-activity>\n<reporting-org ref=\"" + value
                + "\" type=\"10\"/></iati-activity></iati-activities>")
                .hasMessageContaining("the value of attribute ref is longer than 65536 characters")
                .isInstanceOfSatisfying(IatiFileException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void aTagLargerThanTheEventBudgetIsStoppedWhileTheParserReadsIt() {
        // one attribute far beyond the budget: the input stream stops the parser before it has buffered it all
        byte[] head = "<iati-activities version=\"2.03\"><iati-activity><reporting-org ref=\"".getBytes(UTF_8);
        InputStream endless = new java.io.SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
            @Override
            public int read() {
                return 'R';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'R');
                return len;
            }
        });

        assertThatThrownBy(() -> reader.read(endless, received::add))
                .isInstanceOfSatisfying(IatiFileException.class, e -> assertThat(e.column()).isPositive())
                .hasMessageContaining("spans more than " + StaxIatiActivityReader.DEFAULT_MAX_EVENT_BYTES + " bytes");
    }

    @Test
    void aCommentLongerThanTheEventBudgetIsRefused() {
        assertRefused("<iati-activities version=\"2.03\"><!--" + "x".repeat(StaxIatiActivityReader.DEFAULT_MAX_EVENT_BYTES + 1)
                + "--></iati-activities>")
                .hasMessageContaining("spans more than");
    }

    @Test
    void anActivityWithMoreValuesThanTheLimitIsRefused() {
        StaxIatiActivityReader small = new StaxIatiActivityReader(100, 1000, 1000, 1 << 20, 5);
        String countries = "<recipient-country code=\"RS\"/>".repeat(6);
        String xml = "<iati-activities version=\"2.03\"><iati-activity>" + countries + "</iati-activity></iati-activities>";

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(xml.getBytes(UTF_8)), received::add))
                .isInstanceOf(IatiFileException.class)
                .hasMessageContaining("more than 5 values of one kind");
    }

    @Test
    void anActivityWithMoreDistinctUnmappedNamesThanTheLimitIsRefused() {
        StaxIatiActivityReader small = new StaxIatiActivityReader(100, 1000, 1000, 1 << 20, 5);
        StringBuilder children = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            children.append("<unknown-").append(i).append("/>");
        }
        String xml = "<iati-activities version=\"2.03\"><iati-activity>" + children + "</iati-activity></iati-activities>";

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(xml.getBytes(UTF_8)), received::add))
                .isInstanceOf(IatiFileException.class)
                .hasMessageContaining("more than 5 different unmapped elements");
    }

    // ---- not an IATI activity file -----------------------------------------------------------

    @Test
    void anotherRootElementIsRefused() {
        assertRefused("<?xml version=\"1.0\"?>\n<iati-organisations version=\"2.03\"/>")
                .hasMessageContaining("the root element is <iati-organisations>, not <iati-activities>")
                .isInstanceOfSatisfying(IatiFileException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void theRootElementInANamespaceIsRefused() {
        assertRefused("<x:iati-activities xmlns:x=\"urn:example\" version=\"2.03\"/>")
                .hasMessageContaining("the root element is <x:iati-activities>");
    }

    @Test
    void aTruncatedFileIsRefusedWhereItEnds() throws IOException {
        byte[] whole = Files.readAllBytes(IatiFiles.example("activity-standard-example-annotated.xml"));
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertRefused(half)
                .hasMessageContaining("not well-formed XML")
                .isInstanceOfSatisfying(IatiFileException.class, e -> assertThat(e.line()).isGreaterThan(100));
        assertThat(received).isEmpty();
    }

    @Test
    void aTruncatedFileHasHandedOverTheActivitiesBeforeTheCut() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IatiFileGenerator(11).write(out, 5, java.time.Instant.parse("2025-01-01T00:00:00Z"));
        String whole = out.toString(UTF_8);
        int cut = whole.indexOf("<iati-activity ", whole.indexOf("</iati-activity>") + 1) + 40; // inside the second activity

        assertRefused(whole.substring(0, cut));
        assertThat(received).hasSize(1);
    }

    @Test
    void plainTextIsRefused() {
        assertRefused("This is a programme description, not an IATI file.\n")
                .hasMessageContaining("not well-formed XML")
                .isInstanceOfSatisfying(IatiFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(1);
                });
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, (byte) 0xB7, 0x5A, 0x00, 0x00};
        assertRefused(zip);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0]).hasMessageContaining("Premature end of file");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] xml = "<iati-activities version=\"2.03\"><iati-activity><title><narrative>X</narrative></title></iati-activity></iati-activities>"
                .getBytes(UTF_8);
        xml[new String(xml, UTF_8).indexOf(">X<") + 1] = (byte) 0xFF;
        assertRefused(xml);
    }

    @Test
    void contentAfterTheRootIsRefused() {
        assertRefused("<iati-activities version=\"2.03\"/>\n<iati-activities version=\"2.03\"/>");
    }
}

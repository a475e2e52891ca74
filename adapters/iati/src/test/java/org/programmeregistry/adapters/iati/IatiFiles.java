package org.programmeregistry.adapters.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI files in the repository's {@code reference/iati} (system property
 * {@code iati.reference}, set by the module's pom) and a validator for the 2.03 activity schema that resolves the schema's include
 * and import from the local folder only, never from the network.
 */
final class IatiFiles {

    private static Schema schema;

    private IatiFiles() {
    }

    static Path reference() {
        String property = System.getProperty("iati.reference");
        if (property == null) {
            throw new IllegalStateException("system property iati.reference is not set (the module's pom sets it for surefire)");
        }
        return Path.of(property).toAbsolutePath().normalize();
    }

    static Path example(String name) {
        return reference().resolve("examples").resolve(name);
    }

    static Path schemaFolder() {
        return reference().resolve("schema");
    }

    /** Every error the schema finds in {@code xml}; empty when it validates. */
    static List<String> schemaErrors(byte[] xml) {
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = schema().newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    private static synchronized Schema schema() throws SAXException {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setResourceResolver(new LocalSchemaResolver(schemaFolder()));
            Path main = schemaFolder().resolve("iati-activities-schema.xsd");
            schema = factory.newSchema(new StreamSource(main.toFile()));
        }
        return schema;
    }

    /** The activity without what a round trip does not keep: its line and its unmapped elements. */
    static IatiActivity mappedFields(IatiActivity a) {
        return new IatiActivity(a.identifier(), a.reportingOrganisation(), a.title(), a.description(), a.statusCode(),
                a.plannedStart(), a.actualStart(), a.plannedEnd(), a.actualEnd(), a.participants(), a.recipientCountries(),
                a.sdgTargets(), a.sdgGoals(), java.util.Map.of(), 0);
    }

    /** Resolves schema documents to files of the schema folder by name; refuses everything else. */
    private static final class LocalSchemaResolver implements LSResourceResolver {

        private final Path folder;

        LocalSchemaResolver(Path folder) {
            this.folder = folder;
        }

        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            if (systemId == null) {
                throw new IllegalStateException("schema resource without system id refused (namespace " + namespaceURI + ")");
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                throw new IllegalStateException("schema resource refused: " + systemId);
            }
            return new FileInput(file, publicId);
        }
    }

    private static final class FileInput implements LSInput {

        private final Path file;
        private final String publicId;

        FileInput(Path file, String publicId) {
            this.file = file;
            this.publicId = publicId;
        }

        @Override
        public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getSystemId() {
            return file.toUri().toString();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}

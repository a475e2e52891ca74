package org.programmeregistry.adapters.iati;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.COMMENT;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_DECLARATION;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.NOTATION_DECLARATION;
import static javax.xml.stream.XMLStreamConstants.PROCESSING_INSTRUCTION;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.application.port.out.iati.IatiActivityReader;
import org.programmeregistry.application.port.out.iati.IatiFileException;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;

/**
 * Reads IATI 2.03 {@code iati-activities} files with the JDK's StAX parser, one activity at a
 * time: each activity is handed to the consumer and then dropped, so memory stays bounded by the
 * largest single activity, never by the file.
 *
 * <h2>Hostile input</h2>
 * IATI files never need a DTD, so the reader refuses one outright instead of trying to make it
 * harmless: the parser runs with DTD support, external entities and entity replacement off, an
 * {@link javax.xml.stream.XMLResolver} that refuses everything and no access to external DTDs,
 * and the first {@code DTD} event (any {@code <!DOCTYPE ...>}, with or without internal subset or
 * external identifier) or entity reference ends the read with {@link IatiFileException}. Billion
 * laughs, XXE through {@code file:} or {@code http:} and external DTDs are therefore refused before
 * any entity is expanded, any other file is read or any connection is opened. Besides that:
 * <ul>
 * <li>elements nest at most {@value #DEFAULT_MAX_DEPTH} deep (the root counts as 1);</li>
 * <li>a text value (the characters of one element between two tags, or all the direct text of a
 *     mapped element) holds at most {@value #DEFAULT_MAX_TEXT_LENGTH} characters, as does a comment
 *     or processing instruction;</li>
 * <li>an attribute value holds at most {@value #DEFAULT_MAX_ATTRIBUTE_LENGTH} characters;</li>
 * <li>the parser may consume at most {@value #DEFAULT_MAX_EVENT_BYTES} bytes of input for one
 *     event (a start tag with its attributes, a comment, ...): checking an attribute's length after
 *     the fact would come after the parser had buffered it, so the input stream itself stops a
 *     tag that never ends. Text is delivered in chunks, so long texts meet the text limit first;</li>
 * <li>an activity holds at most {@value #DEFAULT_MAX_ITEMS_PER_ACTIVITY} values in each of its
 *     lists and as many distinct unmapped element names;</li>
 * <li>the root element must be {@code iati-activities} (in no namespace), with a {@code version} of 2.01, 2.02
 *     or 2.03 (I2, refused with a {@link RuleViolation} naming the version found).</li>
 * </ul>
 * Every other refusal, and every parse error (not XML, truncated, wrong encoding), is an
 * {@link IatiFileException} with the line and column where reading stopped. The stream is read
 * in order and not closed; activities before the failure have already reached the consumer, so a
 * caller that wants all or nothing collects or checks first (the import use case does).
 *
 * <h2>Mapping</h2>
 * Values are taken as written (codes unchecked), stripped of leading and trailing white space; an
 * empty value reads as {@code null}. Of several {@code narrative}s the first non-empty one without
 * {@code xml:lang} or in the activity's default language is taken, else the first non-empty one.
 * <ul>
 * <li>{@code iati-identifier}; {@code reporting-org} (@ref, @type, narrative), {@code null} when it
 *     has none of the three; {@code title}; the first {@code description} of type 1 or without
 *     type;</li>
 * <li>{@code participating-org} (@ref, @type, @role, narrative); one with none of the four carries
 *     nothing and is skipped (the writer emits such a placeholder when an activity has no
 *     participant, because the schema requires one);</li>
 * <li>{@code activity-status/@code}; {@code activity-date} of type 1 planned start, 2 actual start,
 *     3 planned end, 4 actual end. A type 1-4 date whose {@code iso-date} is missing or not an
 *     {@code xsd:date} (yyyy-MM-dd, an optional time zone is ignored) refuses the file with an
 *     {@link IatiFileException} naming the activity and pointing at the date: a date cannot be
 *     carried as written in {@link IatiActivity}, and dropping it silently could turn an actual
 *     end into an open programme;</li>
 * <li>{@code recipient-country/@code}, and {@code recipient-region/@code} of vocabulary 99 (the
 *     reporting organisation's own: how {@link StaxIatiActivityWriter} exports territories the IATI
 *     Country codelist lacks), both into {@code recipientCountries}, countries first;</li>
 * <li>{@code tag/@code} of vocabulary 3 into {@code sdgTargets}, of vocabulary 2 into
 *     {@code sdgGoals}.</li>
 * </ul>
 * Every other child element of {@code iati-activity}, and every child the mapping leaves aside (a
 * description of another type, a second title, a date of another type, a region of another
 * vocabulary, a tag of another vocabulary, a country without code), is counted in
 * {@code unmapped} under its element name ({@code prefix:name} for elements of other namespaces).
 * {@code line} is the line of the activity's start tag (where the tag ends).
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class StaxIatiActivityReader implements IatiActivityReader {

    public static final int DEFAULT_MAX_DEPTH = 100;
    public static final int DEFAULT_MAX_TEXT_LENGTH = 1 << 20;
    public static final int DEFAULT_MAX_ATTRIBUTE_LENGTH = 1 << 16;
    public static final int DEFAULT_MAX_EVENT_BYTES = 4 << 20;
    public static final int DEFAULT_MAX_ITEMS_PER_ACTIVITY = 10_000;

    private static final String ROOT = "iati-activities";
    /** I2: the versions whose elements and codes the reader maps as it does 2.03's. */
    static final List<String> READ_VERSIONS = List.of("2.01", "2.02", "2.03");
    private static final String ACTIVITY = "iati-activity";
    private static final Pattern XSD_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?");

    private final int maxDepth;
    private final int maxTextLength;
    private final int maxAttributeLength;
    private final int maxEventBytes;
    private final int maxItemsPerActivity;

    /** A reader with the default limits. */
    public StaxIatiActivityReader() {
        this(DEFAULT_MAX_DEPTH, DEFAULT_MAX_TEXT_LENGTH, DEFAULT_MAX_ATTRIBUTE_LENGTH, DEFAULT_MAX_EVENT_BYTES,
                DEFAULT_MAX_ITEMS_PER_ACTIVITY);
    }

    /** A reader with other limits (each at least 1; {@code maxDepth} at least 3, the depth of an activity's children). */
    public StaxIatiActivityReader(int maxDepth, int maxTextLength, int maxAttributeLength, int maxEventBytes,
            int maxItemsPerActivity) {
        if (maxDepth < 3 || maxTextLength < 1 || maxAttributeLength < 1 || maxEventBytes < 1 || maxItemsPerActivity < 1) {
            throw new IllegalArgumentException("limits must be positive, and the depth at least 3");
        }
        this.maxDepth = maxDepth;
        this.maxTextLength = maxTextLength;
        this.maxAttributeLength = maxAttributeLength;
        this.maxEventBytes = maxEventBytes;
        this.maxItemsPerActivity = maxItemsPerActivity;
    }

    @Override
    public int read(InputStream in, Consumer<IatiActivity> consumer) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(consumer, "consumer");
        return new Parse(new EventBudgetInputStream(in, maxEventBytes), consumer).run();
    }

    /** The JDK's own StAX implementation (never one found on the class path), locked down. */
    private static XMLInputFactory lockedDownFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are refused: " + abbreviate(systemId));
        });
        factory.setXMLReporter((message, type, info, location) -> {
            // warnings are not errors; fatal errors arrive as exceptions
        });
        return factory;
    }

    /** The state of one read. */
    private final class Parse {

        private final EventBudgetInputStream input;
        private final Consumer<IatiActivity> consumer;
        private XMLStreamReader xml;
        private int depth;
        private long textLength;

        Parse(EventBudgetInputStream input, Consumer<IatiActivity> consumer) {
            this.input = input;
            this.consumer = consumer;
        }

        int run() {
            try {
                xml = lockedDownFactory().createXMLStreamReader(input);
            } catch (XMLStreamException e) {
                throw notXml(e);
            } catch (RuntimeException e) {
                throw new IatiFileException("the file cannot be read as XML: " + e.getMessage(), 1, 1, e);
            }
            try {
                return document();
            } finally {
                try {
                    xml.close();
                } catch (XMLStreamException | RuntimeException ignored) {
                    // the stream belongs to the caller; nothing of ours is left open
                }
            }
        }

        private int document() {
            while (next() != START_ELEMENT) {
                // prolog: comments, processing instructions, white space (a DTD is refused in next())
            }
            if (!isIati(ROOT)) {
                throw refuse("the root element is <" + qualifiedName() + ">, not <" + ROOT + ">");
            }
            String version = attribute("version");
            if (version == null || !READ_VERSIONS.contains(version)) {
                throw new RuleViolation(Rule.I2, (version == null ? "the file states no version (iati-activities/@version)"
                        : "the file is IATI version '" + abbreviate(version) + "'") + "; the registry reads versions "
                        + String.join(", ", READ_VERSIONS));
            }
            int count = 0;
            while (true) {
                int event = next();
                if (event == START_ELEMENT) {
                    if (depth == 2 && isIati(ACTIVITY)) {
                        IatiActivity activity = activity();
                        consumer.accept(activity);
                        count++;
                    } else {
                        skipElement();
                    }
                } else if (event == END_DOCUMENT) {
                    return count;
                }
            }
        }

        private IatiActivity activity() {
            int own = depth;
            ActivityBuilder a = new ActivityBuilder(location().getLineNumber(), attribute(XMLConstants.XML_NS_URI, "lang"));
            while (true) {
                int event = next();
                if (event == END_ELEMENT && depth < own) {
                    return a.build();
                }
                if (event != START_ELEMENT) {
                    continue;
                }
                if (!isIatiNamespace()) {
                    a.unmapped(qualifiedName());
                    skipElement();
                    continue;
                }
                String name = xml.getLocalName();
                switch (name) {
                    case "iati-identifier" -> {
                        if (a.seen(name)) {
                            a.unmapped(name);
                            skipElement();
                        } else {
                            a.identifier = text();
                        }
                    }
                    case "reporting-org" -> {
                        if (a.seen(name)) {
                            a.unmapped(name);
                            skipElement();
                        } else {
                            String ref = attribute("ref");
                            String type = attribute("type");
                            String orgName = narrative(a.language);
                            a.reportingOrganisation = ref == null && type == null && orgName == null
                                    ? null : new IatiActivity.Organisation(ref, orgName, type);
                        }
                    }
                    case "title" -> {
                        if (a.seen(name)) {
                            a.unmapped(name);
                            skipElement();
                        } else {
                            a.title = narrative(a.language);
                        }
                    }
                    case "description" -> {
                        String type = attribute("type");
                        if ((type == null || type.equals("1")) && !a.seen(name)) {
                            a.description = narrative(a.language);
                        } else {
                            a.unmapped(name);
                            skipElement();
                        }
                    }
                    case "participating-org" -> {
                        String ref = attribute("ref");
                        String type = attribute("type");
                        String role = attribute("role");
                        String orgName = narrative(a.language);
                        if (ref != null || type != null || role != null || orgName != null) {
                            a.add(a.participants, new IatiActivity.Participant(new IatiActivity.Organisation(ref, orgName, type), role));
                        }
                    }
                    case "activity-status" -> {
                        if (a.seen(name)) {
                            a.unmapped(name);
                        } else {
                            a.statusCode = attribute("code");
                        }
                        skipElement();
                    }
                    case "activity-date" -> activityDate(a);
                    case "other-identifier" -> {
                        String ref = attribute("ref");
                        if ("A1".equals(attribute("type")) && ref != null && a.ownIdentifier == null && a.identifier != null
                                && a.identifier.endsWith("-" + ref)) {
                            a.ownIdentifier = ref;
                        } else {
                            a.unmapped(name);
                        }
                        skipElement();
                    }
                    case "recipient-country" -> {
                        String code = attribute("code");
                        if (code == null) {
                            a.unmapped(name);
                        } else {
                            a.add(a.countries, code);
                        }
                        skipElement();
                    }
                    case "recipient-region" -> {
                        String code = attribute("code");
                        if (code != null && "99".equals(attribute("vocabulary"))) {
                            a.add(a.regions, code);
                        } else {
                            a.unmapped(name);
                        }
                        skipElement();
                    }
                    case "tag" -> {
                        String code = attribute("code");
                        String vocabulary = attribute("vocabulary");
                        if (code != null && "3".equals(vocabulary)) {
                            a.add(a.sdgTargets, code);
                        } else if (code != null && "2".equals(vocabulary)) {
                            a.add(a.sdgGoals, code);
                        } else {
                            a.unmapped(name);
                        }
                        skipElement();
                    }
                    default -> {
                        a.unmapped(name);
                        skipElement();
                    }
                }
            }
        }

        private void activityDate(ActivityBuilder a) {
            String type = attribute("type");
            int index = type == null ? -1 : List.of("1", "2", "3", "4").indexOf(type);
            if (index < 0 || a.dates[index] != null) {
                a.unmapped("activity-date");
                skipElement();
                return;
            }
            String raw = attribute("iso-date");
            LocalDate date = raw == null ? null : date(raw);
            if (date == null) {
                String who = a.identifier == null ? "the activity at line " + a.line : "activity \"" + abbreviate(a.identifier)
                        + "\" (line " + a.line + ")";
                throw refuse(who + ": activity-date of type " + type + (raw == null ? " has no iso-date"
                        : " has iso-date \"" + abbreviate(raw) + "\", which is not a date yyyy-MM-dd"));
            }
            a.dates[index] = date;
            skipElement();
        }

        /** The chosen narrative among the children of the current element, which is consumed. */
        private String narrative(String defaultLanguage) {
            int own = depth;
            String preferred = null;
            String first = null;
            while (true) {
                int event = next();
                if (event == END_ELEMENT && depth < own) {
                    return preferred != null ? preferred : first;
                }
                if (event != START_ELEMENT) {
                    continue;
                }
                if (isIati("narrative")) {
                    String language = attribute(XMLConstants.XML_NS_URI, "lang");
                    String text = text();
                    if (text != null) {
                        if (first == null) {
                            first = text;
                        }
                        if (preferred == null && (language == null || language.equalsIgnoreCase(defaultLanguage))) {
                            preferred = text;
                        }
                    }
                } else {
                    skipElement();
                }
            }
        }

        /** The direct text of the current element (children skipped), which is consumed; stripped, empty as null. */
        private String text() {
            int own = depth;
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = next();
                switch (event) {
                    case CHARACTERS, CDATA, SPACE -> {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        if (text.length() > maxTextLength) {
                            throw refuse("a text longer than " + maxTextLength + " characters");
                        }
                    }
                    case START_ELEMENT -> skipElement();
                    case END_ELEMENT -> {
                        if (depth < own) {
                            return clean(text.toString());
                        }
                    }
                    default -> {
                        // comments and processing instructions inside a value are ignored
                    }
                }
            }
        }

        /** Consumes the current element, whose start tag was the last event. */
        private void skipElement() {
            int own = depth;
            while (depth >= own) {
                next();
            }
        }

        /** The next event, after every check that applies to it. */
        private int next() {
            int event;
            try {
                event = xml.next();
            } catch (XMLStreamException e) {
                throw notXml(e);
            } catch (RuntimeException e) {
                // the JDK parser reports a few malformed inputs as unchecked exceptions
                throw refuse("the file cannot be read as XML: " + e.getMessage(), e);
            }
            input.startNextEvent();
            switch (event) {
                case START_ELEMENT -> {
                    depth++;
                    textLength = 0;
                    if (depth > maxDepth) {
                        throw refuse("elements are nested more than " + maxDepth + " deep");
                    }
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (xml.getAttributeValue(i).length() > maxAttributeLength) {
                            throw refuse("the value of attribute " + xml.getAttributeLocalName(i) + " is longer than "
                                    + maxAttributeLength + " characters");
                        }
                    }
                }
                case END_ELEMENT -> {
                    depth--;
                    textLength = 0;
                }
                case CHARACTERS, CDATA, SPACE -> {
                    textLength += xml.getTextLength();
                    if (textLength > maxTextLength) {
                        throw refuse("a text longer than " + maxTextLength + " characters");
                    }
                }
                case COMMENT -> {
                    if (xml.getTextLength() > maxTextLength) {
                        throw refuse("a comment longer than " + maxTextLength + " characters");
                    }
                }
                case PROCESSING_INSTRUCTION -> {
                    String data = xml.getPIData();
                    if (data != null && data.length() > maxTextLength) {
                        throw refuse("a processing instruction longer than " + maxTextLength + " characters");
                    }
                }
                case DTD, ENTITY_DECLARATION, NOTATION_DECLARATION -> throw refuse(
                        "a document type declaration (<!DOCTYPE ...>): IATI files have none, and DTDs and entities are refused");
                case ENTITY_REFERENCE -> throw refuse("an entity reference (&" + abbreviate(xml.getLocalName())
                        + ";): only the five predefined entities and character references are allowed");
                default -> {
                    // START_DOCUMENT, END_DOCUMENT, ATTRIBUTE, NAMESPACE
                }
            }
            return event;
        }

        private boolean isIati(String localName) {
            return isIatiNamespace() && localName.equals(xml.getLocalName());
        }

        private boolean isIatiNamespace() {
            String namespace = xml.getNamespaceURI();
            return namespace == null || namespace.isEmpty();
        }

        private String qualifiedName() {
            String prefix = xml.getPrefix();
            return abbreviate(prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName());
        }

        /** An unqualified attribute of the current start tag; stripped, empty as null. */
        private String attribute(String localName) {
            return attribute(null, localName);
        }

        private String attribute(String namespace, String localName) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String attributeNamespace = xml.getAttributeNamespace(i);
                boolean sameNamespace = namespace == null ? attributeNamespace == null || attributeNamespace.isEmpty()
                        : namespace.equals(attributeNamespace);
                if (sameNamespace && localName.equals(xml.getAttributeLocalName(i))) {
                    return clean(xml.getAttributeValue(i));
                }
            }
            return null;
        }

        private Location location() {
            return xml.getLocation();
        }

        private IatiFileException refuse(String message) {
            return refuse(message, null);
        }

        private IatiFileException refuse(String message, Throwable cause) {
            Location location = location();
            return new IatiFileException("not a readable IATI activity file: " + message,
                    location == null ? 0 : Math.max(location.getLineNumber(), 0),
                    location == null ? 0 : Math.max(location.getColumnNumber(), 0), cause);
        }

        private IatiFileException notXml(XMLStreamException e) {
            Location location = e.getLocation() != null ? e.getLocation() : xml == null ? null : location();
            int line = location == null ? 1 : Math.max(location.getLineNumber(), 1);
            int column = location == null ? 1 : Math.max(location.getColumnNumber(), 1);
            String message;
            if (e.getNestedException() instanceof EventTooLargeException tooLarge) {
                message = tooLarge.getMessage();
            } else {
                String raw = String.valueOf(e.getMessage());
                int at = raw.indexOf("Message: ");
                message = "not well-formed XML: " + (at >= 0 ? raw.substring(at + "Message: ".length()) : raw).strip();
            }
            return new IatiFileException("not a readable IATI activity file: " + message, line, column, e);
        }

        /** An activity being read. */
        private final class ActivityBuilder {

            final int line;
            final String language;
            final List<String> seen = new ArrayList<>(4);
            String identifier;
            String ownIdentifier;
            IatiActivity.Organisation reportingOrganisation;
            String title;
            String description;
            String statusCode;
            final LocalDate[] dates = new LocalDate[4];
            final List<IatiActivity.Participant> participants = new ArrayList<>();
            final List<String> countries = new ArrayList<>();
            final List<String> regions = new ArrayList<>();
            final List<String> sdgTargets = new ArrayList<>();
            final List<String> sdgGoals = new ArrayList<>();
            final Map<String, Integer> unmapped = new HashMap<>();

            ActivityBuilder(int line, String language) {
                this.line = line;
                this.language = language;
            }

            /** Whether a single-valued element was met before; marks it as met. */
            boolean seen(String name) {
                if (seen.contains(name)) {
                    return true;
                }
                seen.add(name);
                return false;
            }

            <T> void add(List<T> list, T value) {
                if (list.size() >= maxItemsPerActivity) {
                    throw refuse("an activity with more than " + maxItemsPerActivity + " values of one kind");
                }
                list.add(value);
            }

            void unmapped(String name) {
                if (!unmapped.containsKey(name) && unmapped.size() >= maxItemsPerActivity) {
                    throw refuse("an activity with more than " + maxItemsPerActivity + " different unmapped elements");
                }
                unmapped.merge(name, 1, Integer::sum);
            }

            IatiActivity build() {
                List<String> recipients = new ArrayList<>(countries.size() + regions.size());
                recipients.addAll(countries);
                recipients.addAll(regions);
                return new IatiActivity(identifier, reportingOrganisation, title, description, statusCode, dates[0], dates[1],
                        dates[2], dates[3], participants, recipients, sdgTargets, sdgGoals, unmapped, line, ownIdentifier);
            }
        }
    }

    private static LocalDate date(String value) {
        Matcher m = XSD_DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }

    /** Thrown by {@link EventBudgetInputStream}; the parser wraps it in an XMLStreamException. */
    private static final class EventTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        EventTooLargeException(int limit) {
            super("a single tag, comment, processing instruction or declaration spans more than " + limit + " bytes");
        }
    }

    /**
     * Counts the bytes the parser takes between two events and fails the read when one event needs
     * more than the budget, so the parser never buffers an endless tag, comment or DTD.
     */
    private static final class EventBudgetInputStream extends FilterInputStream {

        private final int budget;
        private long used;

        EventBudgetInputStream(InputStream in, int budget) {
            super(in);
            this.budget = budget;
        }

        void startNextEvent() {
            used = 0;
        }

        private void use(long bytes) throws IOException {
            if (bytes > 0) {
                used += bytes;
                if (used > budget) {
                    throw new EventTooLargeException(budget);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                use(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            use(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            use(skipped);
            return skipped;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}

package org.programmeregistry.adapters.iati;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.programmeregistry.application.port.out.iati.IatiActivity;
import org.programmeregistry.application.port.out.iati.IatiActivityWriter;

/**
 * Writes IATI 2.03 {@code iati-activities} files with the JDK's StAX writer, in UTF-8, that
 * validate against the official {@code iati-activities-schema.xsd}.
 *
 * <h2>What is written</h2>
 * {@code <iati-activities version="2.03" generated-datetime="...">}, then per activity
 * {@code <iati-activity last-updated-datetime="..." xml:lang="en">} (both datetimes are
 * {@code generatedAt}, to the second) with its children in the order the schema's sequence
 * demands: {@code iati-identifier}, {@code reporting-org}, {@code title}, {@code description
 * type="1"}, {@code participating-org}s, {@code other-identifier type="A1"} (the registry's own
 * identifier, when the activity is published under another), {@code activity-status}, {@code activity-date}s (types 1
 * to 4), {@code recipient-country}s, {@code recipient-region}s, {@code tag}s (vocabulary 2 SDG
 * goals, then vocabulary 3 SDG targets). Texts are {@code narrative}s in the activity's default
 * language, so they carry no {@code xml:lang}. An {@link IatiActivity} holds no events, delegations
 * or people, so none can be written.
 *
 * <h2>What the schema requires and an activity may lack</h2>
 * The writer never invents facts. Where the schema requires an attribute or narrative the
 * activity does not have, it writes it <em>empty</em>: valid against the schema, read back as
 * {@code null} by {@link StaxIatiActivityReader} (so a round trip is lossless), and flagged by the
 * IATI validator's rules, which is right: the gap is real and the publisher must fill it.
 * <ul>
 * <li>{@code reporting-org} without {@code ref} or {@code type} (or no reporting organisation at
 *     all): {@code ref=""} and/or {@code type=""}; without a name, an empty narrative. No guess
 *     such as type 90 "Other", and no reference derived from the identifier, which might name the
 *     wrong publisher;</li>
 * <li>no title or description: an empty narrative;</li>
 * <li>no status: {@code code=""}; a participant without role: {@code role=""};</li>
 * <li>no participant: one empty {@code <participating-org role=""/>}, which the reader skips.</li>
 * </ul>
 * What cannot be written validly is refused with {@link IllegalArgumentException} before a single
 * byte is written: an empty list (the schema requires at least one {@code iati-activity}), an
 * activity without any date (the schema requires an {@code activity-date},
 * whose {@code iso-date} must be a date), a date outside years 1-9999, a blank country or SDG code,
 * a code, reference or type holding a tab or line break (a parser would turn it into a space), and
 * a character XML 1.0 cannot carry. A carriage return in a text is written as {@code &#13;} so
 * that it survives reading.
 *
 * <h2>Countries, historical territories and percentages</h2>
 * A code in IATI's Country codelist (the bundled {@code country-codes.txt}, derived from the
 * official file, withdrawn codes left out) is written as {@code recipient-country}. The registry
 * also knows territories that no longer exist, such as CS Serbia and Montenegro and YU Yugoslavia;
 * IATI's codelist lacks them, and a {@code recipient-country} with such a code would break the
 * codelist rule. They are written as {@code <recipient-region vocabulary="99" code="CS">} (99: a
 * region vocabulary of the reporting organisation) with a narrative naming the territory, which
 * keeps the registry's code intact for a round trip ({@link StaxIatiActivityReader} maps
 * vocabulary-99 regions back to recipient countries) while telling any other reader what it is.
 * The names come from a small built-in map of the registry's historical codes rather than from
 * {@link IatiActivity}, which has no room for them (and needs none); a code outside the map is named
 * by itself. CS names two territories; it is named Czechoslovakia for an activity that started
 * before 1993, Serbia and Montenegro otherwise. Because the schema puts every
 * {@code recipient-country} before every {@code recipient-region}, such territories come back
 * after the codelist countries when the file is read.
 *
 * <p>With more than one recipient in total, each gets a {@code percentage}, in hundredths, as even
 * as can be, the remainder going one hundredth at a time to the last ones (3: 33.33, 33.33, 33.34),
 * so that they sum to exactly 100. Countries and vocabulary-99 regions share the 100 because the
 * IATI ruleset (rule 3.4.2) sums {@code recipient-country} and {@code recipient-region} percentages
 * together, per region vocabulary; with a single recipient the percentage is left out (rules 3.1.4
 * and 3.4.4 allow omitting it). The registry records no shares, so equal shares are the only
 * honest split.
 *
 * <p>Instances are immutable and may be shared between threads. The output stream is flushed, not
 * closed.
 */
public final class StaxIatiActivityWriter implements IatiActivityWriter {

    public static final String IATI_VERSION = "2.03";
    static final String REGION_VOCABULARY_REPORTING_ORGANISATION = "99";
    static final String TAG_VOCABULARY_SDG_GOALS = "2";
    static final String TAG_VOCABULARY_SDG_TARGETS = "3";
    static final String COUNTRY_CODES_RESOURCE = "country-codes.txt";

    private static final Set<String> COUNTRY_CODES = loadCountryCodes();
    private static final Map<String, String> HISTORICAL_NAMES = Map.ofEntries(
            Map.entry("AN", "Netherlands Antilles"),
            Map.entry("BU", "Burma"),
            Map.entry("CS", "Serbia and Montenegro"),
            Map.entry("DD", "German Democratic Republic"),
            Map.entry("FX", "France, Metropolitan"),
            Map.entry("NT", "Neutral Zone"),
            Map.entry("SU", "USSR"),
            Map.entry("TP", "East Timor"),
            Map.entry("YD", "Yemen, Democratic"),
            Map.entry("YU", "Yugoslavia"),
            Map.entry("ZR", "Zaire"));
    private static final LocalDate CZECHOSLOVAKIA_DISSOLVED = LocalDate.of(1993, 1, 1);

    @Override
    public void write(List<IatiActivity> activities, Instant generatedAt, OutputStream out) {
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(out, "out");
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("no activity to write; an IATI activity file holds at least one");
        }
        for (int i = 0; i < activities.size(); i++) {
            check(activities.get(i), i);
        }
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(generatedAt.truncatedTo(ChronoUnit.SECONDS));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", IATI_VERSION);
            xml.writeAttribute("generated-datetime", timestamp);
            for (IatiActivity activity : activities) {
                activity(xml, activity, timestamp);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            throw new UncheckedIOException("cannot write the IATI file: " + e.getMessage(),
                    cause instanceof IOException io ? io : new IOException(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the IATI file: " + e.getMessage(), e);
        }
    }

    private static void activity(XMLStreamWriter xml, IatiActivity a, String timestamp) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", timestamp);
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");

        indent(xml, 2);
        xml.writeStartElement("iati-identifier");
        text(xml, a.identifier());
        xml.writeEndElement();

        IatiActivity.Organisation reporting = a.reportingOrganisation() != null ? a.reportingOrganisation()
                : new IatiActivity.Organisation(null, null, null);
        indent(xml, 2);
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", orEmpty(reporting.ref()));
        xml.writeAttribute("type", orEmpty(reporting.typeCode()));
        narrative(xml, reporting.name(), 3);
        indent(xml, 2);
        xml.writeEndElement();

        indent(xml, 2);
        xml.writeStartElement("title");
        narrative(xml, a.title(), 3);
        indent(xml, 2);
        xml.writeEndElement();

        indent(xml, 2);
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(xml, a.description(), 3);
        indent(xml, 2);
        xml.writeEndElement();

        if (a.participants().isEmpty()) {
            indent(xml, 2);
            xml.writeEmptyElement("participating-org");
            xml.writeAttribute("role", "");
        }
        for (IatiActivity.Participant participant : a.participants()) {
            IatiActivity.Organisation organisation = participant.organisation();
            indent(xml, 2);
            if (organisation.name() == null) {
                xml.writeEmptyElement("participating-org");
            } else {
                xml.writeStartElement("participating-org");
            }
            if (organisation.ref() != null) {
                xml.writeAttribute("ref", organisation.ref());
            }
            if (organisation.typeCode() != null) {
                xml.writeAttribute("type", organisation.typeCode());
            }
            xml.writeAttribute("role", orEmpty(participant.roleCode()));
            if (organisation.name() != null) {
                narrative(xml, organisation.name(), 3);
                indent(xml, 2);
                xml.writeEndElement();
            }
        }

        if (a.reportingOrganisationIdentifier() != null) {
            indent(xml, 2);
            xml.writeEmptyElement("other-identifier");
            xml.writeAttribute("ref", a.reportingOrganisationIdentifier());
            xml.writeAttribute("type", "A1");
        }

        indent(xml, 2);
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", orEmpty(a.statusCode()));

        LocalDate[] dates = {a.plannedStart(), a.actualStart(), a.plannedEnd(), a.actualEnd()};
        for (int type = 1; type <= 4; type++) {
            if (dates[type - 1] != null) {
                indent(xml, 2);
                xml.writeEmptyElement("activity-date");
                xml.writeAttribute("type", Integer.toString(type));
                xml.writeAttribute("iso-date", dates[type - 1].toString());
            }
        }

        List<String> countries = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        for (String code : a.recipientCountries()) {
            (isIatiCountry(code) ? countries : regions).add(code);
        }
        List<String> percentages = percentages(countries.size() + regions.size());
        int share = 0;
        for (String code : countries) {
            indent(xml, 2);
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", code);
            if (!percentages.isEmpty()) {
                xml.writeAttribute("percentage", percentages.get(share));
            }
            share++;
        }
        for (String code : regions) {
            indent(xml, 2);
            xml.writeStartElement("recipient-region");
            xml.writeAttribute("code", code);
            xml.writeAttribute("vocabulary", REGION_VOCABULARY_REPORTING_ORGANISATION);
            if (!percentages.isEmpty()) {
                xml.writeAttribute("percentage", percentages.get(share));
            }
            share++;
            narrative(xml, historicalName(code, a), 3);
            indent(xml, 2);
            xml.writeEndElement();
        }

        for (String goal : a.sdgGoals()) {
            tag(xml, TAG_VOCABULARY_SDG_GOALS, goal);
        }
        for (String target : a.sdgTargets()) {
            tag(xml, TAG_VOCABULARY_SDG_TARGETS, target);
        }

        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void tag(XMLStreamWriter xml, String vocabulary, String code) throws XMLStreamException {
        indent(xml, 2);
        xml.writeEmptyElement("tag");
        xml.writeAttribute("vocabulary", vocabulary);
        xml.writeAttribute("code", code);
    }

    /** A {@code narrative} holding {@code value}, empty when it is {@code null}. */
    private static void narrative(XMLStreamWriter xml, String value, int level) throws XMLStreamException {
        indent(xml, level);
        if (value == null || value.isEmpty()) {
            xml.writeEmptyElement("narrative");
        } else {
            xml.writeStartElement("narrative");
            text(xml, value);
            xml.writeEndElement();
        }
    }

    /** Text content; a carriage return as a character reference, since a parser would turn a literal one into a line feed. */
    private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        int from = 0;
        for (int i = value.indexOf('\r'); i >= 0; i = value.indexOf('\r', from)) {
            xml.writeCharacters(value.substring(from, i));
            xml.writeEntityRef("#13");
            from = i + 1;
        }
        xml.writeCharacters(value.substring(from));
    }

    private static void indent(XMLStreamWriter xml, int level) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(level));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Whether IATI's Country codelist has {@code code} (withdrawn codes excepted). */
    static boolean isIatiCountry(String code) {
        return COUNTRY_CODES.contains(code);
    }

    /** The codes of IATI's Country codelist the writer accepts as {@code recipient-country}, in the codelist's order. */
    static Set<String> iatiCountryCodes() {
        return COUNTRY_CODES;
    }

    /** The name written for a territory the Country codelist lacks. */
    static String historicalName(String code, IatiActivity activity) {
        if ("CS".equals(code)) {
            LocalDate start = activity.actualStart() != null ? activity.actualStart() : activity.plannedStart();
            if (start != null && start.isBefore(CZECHOSLOVAKIA_DISSOLVED)) {
                return "Czechoslovakia";
            }
        }
        return HISTORICAL_NAMES.getOrDefault(code, code);
    }

    /**
     * Percentages for {@code n} recipients as plain decimals with at most two decimals, summing
     * to exactly 100; empty for fewer than two.
     */
    static List<String> percentages(int n) {
        if (n < 2) {
            return List.of();
        }
        int base = 10_000 / n;
        int remainder = 10_000 % n;
        List<String> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int hundredths = base + (i >= n - remainder ? 1 : 0);
            result.add(BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString());
        }
        return result;
    }

    // ---- checks before anything is written ----------------------------------------------------

    private static void check(IatiActivity a, int index) {
        if (a == null) {
            throw new IllegalArgumentException("activity " + (index + 1) + " is null");
        }
        String who = "activity " + (index + 1) + (a.identifier() == null ? "" : " (" + abbreviate(a.identifier()) + ")");
        LocalDate[] dates = {a.plannedStart(), a.actualStart(), a.plannedEnd(), a.actualEnd()};
        if (Stream.of(dates).allMatch(Objects::isNull)) {
            throw new IllegalArgumentException(who + " has no date; IATI requires at least one activity-date");
        }
        for (LocalDate date : dates) {
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                throw new IllegalArgumentException(who + " has date " + date + ", outside years 1-9999");
            }
        }
        text(who, "identifier", a.identifier());
        text(who, "title", a.title());
        text(who, "description", a.description());
        attribute(who, "status code", a.statusCode());
        if (a.reportingOrganisation() != null) {
            organisation(who, "reporting organisation", a.reportingOrganisation());
        }
        for (IatiActivity.Participant participant : a.participants()) {
            organisation(who, "participating organisation", participant.organisation());
            attribute(who, "participating organisation role", participant.roleCode());
        }
        code(who, "recipient country", a.recipientCountries());
        code(who, "SDG target", a.sdgTargets());
        code(who, "SDG goal", a.sdgGoals());
    }

    private static void organisation(String who, String what, IatiActivity.Organisation o) {
        text(who, what + " name", o.name());
        attribute(who, what + " reference", o.ref());
        attribute(who, what + " type", o.typeCode());
    }

    private static void code(String who, String what, List<String> codes) {
        for (String code : codes) {
            if (code.isBlank()) {
                throw new IllegalArgumentException(who + " has a blank " + what + " code");
            }
            attribute(who, what + " code", code);
        }
    }

    private static void attribute(String who, String what, String value) {
        text(who, what, value);
        if (value != null && (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException(who + ": the " + what + " holds a tab or line break");
        }
    }

    private static void text(String who, String what, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) {
                throw new IllegalArgumentException(who + ": the " + what + " holds character U+"
                        + String.format("%04X", c) + ", which XML cannot carry");
            }
            i += Character.charCount(c);
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }

    private static Set<String> loadCountryCodes() {
        try (InputStream in = StaxIatiActivityWriter.class.getResourceAsStream(COUNTRY_CODES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + COUNTRY_CODES_RESOURCE + " is missing");
            }
            Set<String> codes = new LinkedHashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    codes.add(code);
                }
            }
            return Collections.unmodifiableSet(codes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COUNTRY_CODES_RESOURCE, e);
        }
    }
}

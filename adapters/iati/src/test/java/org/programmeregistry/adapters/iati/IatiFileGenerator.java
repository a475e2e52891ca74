package org.programmeregistry.adapters.iati;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.programmeregistry.application.port.out.iati.IatiActivity;

/**
 * Generates realistic IATI 2.03 activity files, deterministically from a seed, for tests and
 * benchmarks: regional programmes with several recipient countries (now and then a historical
 * territory such as CS or YU, as a vocabulary-99 region), organisations in several roles, SDG
 * goals and targets, and elements the registry does not map ({@code contact-info}, {@code sector},
 * {@code budget}, {@code transaction}, {@code related-activity}). Files are written as a stream, one
 * activity at a time, in the schema's element order; they validate against the 2.03 schema.
 *
 * <p>The XML is written here, independently of {@link StaxIatiActivityWriter}, so reading a
 * generated file checks the reader against a second writer. {@link #nextActivity()} gives the
 * activities alone (as the writer and the reader see them: codelist countries before historical
 * territories, no line, nothing unmapped); a generator with the same seed writes the same
 * activities, in the same order, to a file.
 */
public final class IatiFileGenerator {

    /** What a generated file holds: how many activities, and the unmapped elements over all of them. */
    public record Summary(int activities, Map<String, Integer> unmapped) {
    }

    private record Org(String ref, String name, String type) {
        IatiActivity.Organisation toIati() {
            return new IatiActivity.Organisation(ref, name, type);
        }
    }

    private static final List<Org> ORGANISATIONS = List.of(
            new Org("XM-DAC-47066", "International Organization for Migration", "40"),
            new Org("XI-IATI-EC_NEAR", "European Commission - Directorate-General for Neighbourhood and Enlargement Negotiations", "15"),
            new Org("XM-DAC-41114", "United Nations Development Programme", "40"),
            new Org("GB-GOV-1", "UK - Foreign, Commonwealth & Development Office", "10"),
            new Org("DE-1", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH", "10"),
            new Org("SE-0", "Styrelsen för internationellt utvecklingssamarbete (Sida)", "10"),
            new Org("AT-12", "Austrian Development Agency", "10"),
            new Org("XM-DAC-928", "World Health Organization", "40"),
            new Org(null, "Regional Cooperation Council Secretariat", "40"),
            new Org(null, "Ministarstvo unutrašnjih poslova Republike Srbije", "10"),
            new Org(null, "Centre for Research & Policy \"Europe <East>\"", "21"),
            new Org("XM-OCHA-CBPF-ALB", null, "22"));
    private static final List<String> COUNTRIES = List.of("AL", "BA", "HR", "ME", "MK", "RS", "XK", "TR", "MD", "UA", "GE",
            "AM", "AZ", "BG", "RO", "SI", "HU");
    private static final List<String> HISTORICAL = List.of("CS", "YU");
    private static final List<String> SDG_TARGETS = List.of("1.3", "4.4", "5.2", "8.8", "10.7", "16.1", "16.2", "16.3",
            "16.6", "16.a", "17.9", "17.18");
    private static final List<String> SDG_GOALS = List.of("1", "4", "5", "8", "10", "16", "17");
    private static final List<String> THEMES = List.of("Integrated Border Management", "Migration and Asylum Management",
            "Fight against Trafficking in Human Beings", "Police Cooperation", "Judicial Reform", "Civil Registration",
            "Disaster Risk Reduction", "Public Health Preparedness", "Youth Employment", "Roma Inclusion");
    private static final List<String> OPENINGS = List.of("Strengthening", "Support to", "Regional Programme for",
            "Capacity Building in", "Enhancing");
    private static final List<String> PLACES = List.of("in the Western Balkans", "in South-East Europe", "in Türkiye and the Region",
            "in Shqipëri, Crna Gora and Србија", "in the Eastern Partnership", "across the Danube Region");
    private static final List<String> SENTENCES = List.of(
            "The programme improves cooperation between the beneficiary administrations.",
            "It aligns national procedures with EU standards & best practice.",
            "Activities include training, study visits, equipment and regional meetings.",
            "Results are measured against baselines agreed with each beneficiary <as of year one>.",
            "A steering committee of all beneficiaries meets twice a year.",
            "Gender equality and the rights of vulnerable groups are mainstreamed throughout.",
            "Données et rapports sont partagés en français, shqip, српски and English.",
            "Digital tools 🌍 support the exchange of information between border crossing points.");

    /** Recipients that existed throughout 1991 to today, so any programme period suits them (P6). */
    private static final List<String> LASTING = List.of("AL", "BA", "HR", "MK", "TR", "MD", "UA", "GE", "AM", "AZ", "BG", "RO", "SI", "HU");

    private final long seed;
    private final Random random;
    private final boolean importable;
    private int sequence;

    /** Activities of every kind a publisher may send, including ones the registry refuses (for the import's checks). */
    public IatiFileGenerator(long seed) {
        this(seed, false);
    }

    private IatiFileGenerator(long seed, boolean importable) {
        this.seed = seed;
        this.random = new Random(seed);
        this.importable = importable;
    }

    /**
     * Activities that every registry rule accepts (dates fit the status, territories existed
     * during the period, every participant has a role and a name or identifier), with more
     * transactions, so 10,000 of them make about 40 MB: the import benchmark's files.
     */
    public static IatiFileGenerator importable(long seed) {
        return new IatiFileGenerator(seed, true);
    }

    public long seed() {
        return seed;
    }

    /** The next activity: what a file written by a generator of the same seed holds at this position, as the reader maps it. */
    public IatiActivity nextActivity() {
        if (importable) {
            return nextImportableActivity();
        }
        sequence++;
        Org reporting = ORGANISATIONS.get(random.nextInt(8));
        IatiActivity.Organisation reportingOrganisation = switch (random.nextInt(20)) {
            case 0 -> null;
            case 1 -> new IatiActivity.Organisation(null, reporting.name(), reporting.type());
            case 2 -> new IatiActivity.Organisation(reporting.ref(), reporting.name(), null);
            default -> reporting.toIati();
        };
        String identifier = (reporting.ref() != null ? reporting.ref() : "XM-DAC-47066") + "-" + (2000 + random.nextInt(25)) + "-"
                + String.format("%05d", sequence);
        String title = OPENINGS.get(random.nextInt(OPENINGS.size())) + " " + THEMES.get(random.nextInt(THEMES.size())) + " "
                + PLACES.get(random.nextInt(PLACES.size()));
        String description = description();

        LocalDate plannedStart = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12_000));
        LocalDate plannedEnd = random.nextInt(10) == 0 ? null : plannedStart.plusMonths(6 + random.nextInt(60)).minusDays(1);
        LocalDate actualStart = random.nextBoolean() ? plannedStart.plusDays(random.nextInt(120)) : null;
        LocalDate actualEnd = actualStart != null && plannedEnd != null && random.nextInt(3) == 0
                ? plannedEnd.plusDays(random.nextInt(200)) : null;
        String status = actualEnd != null ? (random.nextBoolean() ? "3" : "4") : actualStart != null ? "2"
                : String.valueOf(1 + random.nextInt(6));

        List<IatiActivity.Participant> participants = new ArrayList<>();
        int participantCount = random.nextInt(30) == 0 ? 0 : 1 + random.nextInt(5);
        for (int i = 0; i < participantCount; i++) {
            Org org = ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
            String role = random.nextInt(40) == 0 ? null : String.valueOf(1 + random.nextInt(4));
            IatiActivity.Organisation organisation = switch (random.nextInt(12)) {
                case 0 -> new IatiActivity.Organisation(org.ref(), null, org.type());
                case 1 -> new IatiActivity.Organisation(org.ref(), org.name(), null);
                default -> org.toIati();
            };
            participants.add(new IatiActivity.Participant(organisation, role));
        }

        List<String> countries = pick(COUNTRIES, random.nextInt(7));
        if (random.nextInt(6) == 0) {
            countries.addAll(pick(HISTORICAL, 1 + random.nextInt(HISTORICAL.size())));
        }
        List<String> targets = pick(SDG_TARGETS, random.nextInt(5));
        List<String> goals = pick(SDG_GOALS, random.nextInt(3));
        return new IatiActivity(identifier, reportingOrganisation, title, description, status, plannedStart, actualStart,
                plannedEnd, actualEnd, participants, countries, targets, goals, Map.of(), 0);
    }

    private IatiActivity nextImportableActivity() {
        sequence++;
        Org reporting = ORGANISATIONS.get(random.nextInt(8));
        String identifier = reporting.ref() + "-" + (2000 + random.nextInt(25)) + "-" + String.format("%05d", sequence);
        String title = OPENINGS.get(random.nextInt(OPENINGS.size())) + " " + THEMES.get(random.nextInt(THEMES.size())) + " "
                + PLACES.get(random.nextInt(PLACES.size()));
        String status = String.valueOf(1 + random.nextInt(6));
        boolean started = !status.equals("1") && !status.equals("5");
        boolean ended = status.equals("3") || status.equals("4");
        // the era decides which recipients existed: Serbia and Montenegro (2003-2006) or today's states (from 2007)
        boolean serbiaAndMontenegro = random.nextInt(10) == 0;
        LocalDate plannedStart = serbiaAndMontenegro ? LocalDate.of(2003, 3, 1).plusDays(random.nextInt(800))
                : LocalDate.of(2007, 1, 1).plusDays(random.nextInt(6_000));
        LocalDate plannedEnd = serbiaAndMontenegro ? plannedStart.plusMonths(6).minusDays(1)
                : random.nextInt(10) == 0 && !ended ? null : plannedStart.plusMonths(6 + random.nextInt(60)).minusDays(1);
        LocalDate actualStart = started ? plannedStart.plusDays(random.nextInt(60)) : null;
        LocalDate actualEnd = ended ? (plannedEnd != null ? plannedEnd : actualStart.plusYears(2)).plusDays(random.nextInt(30)) : null;

        List<IatiActivity.Participant> participants = new ArrayList<>();
        participants.add(new IatiActivity.Participant(reporting.toIati(), "2"));
        participants.add(new IatiActivity.Participant(ORGANISATIONS.get(random.nextInt(8)).toIati(), "1"));
        int more = random.nextInt(4);
        for (int i = 0; i < more; i++) {
            Org org = ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size() - 1));
            participants.add(new IatiActivity.Participant(org.toIati(), String.valueOf(1 + random.nextInt(4))));
        }
        List<String> countries = pick(LASTING, 1 + random.nextInt(6));
        if (serbiaAndMontenegro) {
            countries.add("CS");
        } else if (random.nextBoolean()) {
            countries.addAll(pick(List.of("ME", "RS", "XK"), 1 + random.nextInt(3)));
        }
        List<String> targets = pick(SDG_TARGETS, random.nextInt(5));
        List<String> goals = pick(SDG_GOALS, random.nextInt(3));
        return new IatiActivity(identifier, reporting.toIati(), title, description(), status, plannedStart, actualStart, plannedEnd,
                actualEnd, participants, countries, targets, goals, Map.of(), 0);
    }

    private String description() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return null;
        }
        int count = 1 + random.nextInt(4);
        String separator = kind == 1 ? "\r\n" : kind == 2 ? "\n\n" : " ";
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(SENTENCES.get(random.nextInt(SENTENCES.size())));
        }
        return String.join(separator, parts);
    }

    private List<String> pick(List<String> pool, int count) {
        List<String> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        return new ArrayList<>(shuffled.subList(0, Math.min(count, pool.size())));
    }

    /** Writes {@code count} activities to {@code file}. */
    public Summary write(Path file, int count) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return write(out, count, Instant.parse("2025-01-15T09:30:00Z"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code count} activities to {@code out}, one at a time (nothing is kept); {@code out} is flushed, not closed. */
    public Summary write(OutputStream out, int count, Instant generatedAt) {
        Random extras = new Random(seed ^ 0x5DEECE66DL);
        Map<String, Integer> unmapped = new TreeMap<>();
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(generatedAt.truncatedTo(ChronoUnit.SECONDS));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeComment(" generated by IatiFileGenerator, seed " + seed + " ");
            xml.writeCharacters("\n");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", timestamp);
            for (int i = 0; i < count; i++) {
                activity(xml, nextActivity(), timestamp, extras, importable ? 6 : 0, unmapped);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(count, Map.copyOf(unmapped));
    }

    private static void activity(XMLStreamWriter xml, IatiActivity a, String timestamp, Random extras, int moreTransactions,
            Map<String, Integer> unmapped) throws XMLStreamException {
        nl(xml, 1);
        xml.writeStartElement("iati-activity");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");
        xml.writeAttribute("last-updated-datetime", timestamp);
        xml.writeAttribute("default-currency", "EUR");

        nl(xml, 2);
        xml.writeStartElement("iati-identifier");
        xml.writeCharacters(a.identifier());
        xml.writeEndElement();

        IatiActivity.Organisation reporting = a.reportingOrganisation() == null ? new IatiActivity.Organisation(null, null, null)
                : a.reportingOrganisation();
        nl(xml, 2);
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reporting.ref() == null ? "" : reporting.ref());
        xml.writeAttribute("type", reporting.typeCode() == null ? "" : reporting.typeCode());
        narratives(xml, reporting.name());
        xml.writeEndElement();

        nl(xml, 2);
        xml.writeStartElement("title");
        narratives(xml, a.title());
        xml.writeEndElement();

        nl(xml, 2);
        xml.writeStartElement("description");
        narratives(xml, a.description());
        xml.writeEndElement();
        if (extras.nextInt(3) == 0) {
            nl(xml, 2);
            xml.writeStartElement("description");
            xml.writeAttribute("type", "2");
            narratives(xml, "Objectives as agreed with the beneficiaries.");
            xml.writeEndElement();
            unmapped.merge("description", 1, Integer::sum);
        }

        if (a.participants().isEmpty()) {
            nl(xml, 2);
            xml.writeEmptyElement("participating-org");
            xml.writeAttribute("role", "");
        }
        for (IatiActivity.Participant p : a.participants()) {
            nl(xml, 2);
            xml.writeStartElement("participating-org");
            if (p.organisation().ref() != null) {
                xml.writeAttribute("ref", p.organisation().ref());
            }
            if (p.organisation().typeCode() != null) {
                xml.writeAttribute("type", p.organisation().typeCode());
            }
            xml.writeAttribute("role", p.roleCode() == null ? "" : p.roleCode());
            if (p.organisation().name() != null) {
                narratives(xml, p.organisation().name());
            }
            xml.writeEndElement();
        }

        nl(xml, 2);
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", a.statusCode());
        date(xml, "1", a.plannedStart());
        date(xml, "2", a.actualStart());
        date(xml, "3", a.plannedEnd());
        date(xml, "4", a.actualEnd());

        if (extras.nextInt(4) == 0) {
            nl(xml, 2);
            xml.writeStartElement("contact-info");
            xml.writeAttribute("type", "1");
            xml.writeStartElement("organisation");
            narratives(xml, "Programme Coordination Unit");
            xml.writeEndElement();
            xml.writeStartElement("email");
            xml.writeCharacters("coordination@example.org");
            xml.writeEndElement();
            xml.writeEndElement();
            unmapped.merge("contact-info", 1, Integer::sum);
        }

        List<String> countries = a.recipientCountries().stream().filter(StaxIatiActivityWriter::isIatiCountry).toList();
        List<String> regions = a.recipientCountries().stream().filter(c -> !StaxIatiActivityWriter.isIatiCountry(c)).toList();
        List<String> percentages = StaxIatiActivityWriter.percentages(countries.size() + regions.size());
        int share = 0;
        for (String code : countries) {
            nl(xml, 2);
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", code);
            if (!percentages.isEmpty()) {
                xml.writeAttribute("percentage", percentages.get(share));
            }
            share++;
        }
        for (String code : regions) {
            nl(xml, 2);
            xml.writeStartElement("recipient-region");
            xml.writeAttribute("code", code);
            xml.writeAttribute("vocabulary", "99");
            if (!percentages.isEmpty()) {
                xml.writeAttribute("percentage", percentages.get(share));
            }
            share++;
            narratives(xml, StaxIatiActivityWriter.historicalName(code, a));
            xml.writeEndElement();
        }

        int sectors = 1 + extras.nextInt(3);
        List<String> sectorPercentages = StaxIatiActivityWriter.percentages(sectors);
        for (int i = 0; i < sectors; i++) {
            nl(xml, 2);
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", List.of("15210", "15130", "15136", "15180", "12261").get((i + extras.nextInt(5)) % 5));
            if (!sectorPercentages.isEmpty()) {
                xml.writeAttribute("percentage", sectorPercentages.get(i));
            }
        }
        unmapped.merge("sector", sectors, Integer::sum);

        for (String goal : a.sdgGoals()) {
            tag(xml, "2", goal);
        }
        for (String target : a.sdgTargets()) {
            tag(xml, "3", target);
        }
        if (extras.nextInt(5) == 0) {
            tag(xml, "1", "1");
            unmapped.merge("tag", 1, Integer::sum);
        }

        LocalDate start = a.plannedStart();
        int budgets = 1 + extras.nextInt(3);
        for (int i = 0; i < budgets; i++) {
            nl(xml, 2);
            xml.writeStartElement("budget");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("status", "2");
            xml.writeEmptyElement("period-start");
            xml.writeAttribute("iso-date", start.plusYears(i).toString());
            xml.writeEmptyElement("period-end");
            xml.writeAttribute("iso-date", start.plusYears(i + 1).minusDays(1).toString());
            xml.writeStartElement("value");
            xml.writeAttribute("value-date", start.plusYears(i).toString());
            xml.writeCharacters(Integer.toString(50_000 + extras.nextInt(2_000_000)));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        unmapped.merge("budget", budgets, Integer::sum);

        int transactions = moreTransactions + extras.nextInt(9);
        for (int i = 0; i < transactions; i++) {
            nl(xml, 2);
            xml.writeStartElement("transaction");
            xml.writeEmptyElement("transaction-type");
            xml.writeAttribute("code", i == 0 ? "2" : "3");
            xml.writeEmptyElement("transaction-date");
            xml.writeAttribute("iso-date", start.plusDays(30L * i).toString());
            xml.writeStartElement("value");
            xml.writeAttribute("value-date", start.plusDays(30L * i).toString());
            xml.writeCharacters(Integer.toString(1_000 + extras.nextInt(500_000)));
            xml.writeEndElement();
            xml.writeStartElement("description");
            narratives(xml, i == 0 ? "Commitment" : "Disbursement " + i);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (transactions > 0) {
            unmapped.merge("transaction", transactions, Integer::sum);
        }

        if (extras.nextInt(4) == 0) {
            nl(xml, 2);
            xml.writeEmptyElement("related-activity");
            xml.writeAttribute("ref", a.identifier() + "-PHASE-1");
            xml.writeAttribute("type", "1");
            unmapped.merge("related-activity", 1, Integer::sum);
        }

        nl(xml, 1);
        xml.writeEndElement();
    }

    private static void narratives(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (text != null) {
            int from = 0;
            for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', from)) {
                xml.writeCharacters(text.substring(from, i));
                xml.writeEntityRef("#13");
                from = i + 1;
            }
            xml.writeCharacters(text.substring(from));
        }
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        if (date != null) {
            nl(xml, 2);
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", type);
            xml.writeAttribute("iso-date", date.toString());
        }
    }

    private static void tag(XMLStreamWriter xml, String vocabulary, String code) throws XMLStreamException {
        nl(xml, 2);
        xml.writeEmptyElement("tag");
        xml.writeAttribute("vocabulary", vocabulary);
        xml.writeAttribute("code", code);
    }

    private static void nl(XMLStreamWriter xml, int level) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(level));
    }

    /** The distinct recipient codes a generated activity can have, for tests. */
    static Set<String> recipientPool() {
        Set<String> pool = new LinkedHashSet<>(COUNTRIES);
        pool.addAll(HISTORICAL);
        return pool;
    }
}

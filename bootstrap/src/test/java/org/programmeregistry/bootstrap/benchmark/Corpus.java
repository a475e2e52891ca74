package org.programmeregistry.bootstrap.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.programmeregistry.application.readmodel.SearchText;

/**
 * Programmes as rows, generated deterministically from their number, and a loader that writes
 * them with plain JDBC batches into the tables the jOOQ adapter uses, with the same column
 * conventions as {@code JooqProgrammeRepository}: keys of acronyms in upper case, the period
 * columns actual-where-known-else-planned per end, the search rows as {@code SearchIndex} writes them
 * ({@link SearchText#words}), beneficiary and contribution sequence numbers 0..n-1.
 */
final class Corpus {

    record Contribution(String donor, String instrument, BigDecimal amount, String currency) {
    }

    record Role(String organisation, String role) {
    }

    record ModuleRow(int number, String name, String lead) {
    }

    record Prog(String id, String title, String summary, String status, LocalDate plannedStart, LocalDate plannedEnd,
            LocalDate actualStart, LocalDate actualEnd, String officeOrganisation, String officeTerritory, LocalDate officeOpenedOn,
            List<String> beneficiaries, List<Contribution> contributions, List<Role> roles, List<ModuleRow> modules,
            List<String> sdgTargets) {

        LocalDate periodStart() {
            return actualStart != null ? actualStart : plannedStart;
        }

        LocalDate periodEnd() {
            LocalDate end = actualEnd != null ? actualEnd : plannedEnd;
            LocalDate start = periodStart();
            return start != null && end != null && end.isBefore(start) ? null : end;
        }
    }

    /** "Today" for the generated statuses, the fixed clock of the test fixtures. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Donors, most frequent first (Zipf-like weights). */
    static final List<String> DONORS = List.of("EC", "USAID", "SIDA", "GIZ", "SDC", "FCDO", "NORAD", "ADA", "DANIDA", "JICA", "KOICA",
            "AFD", "AECID", "Irish-Aid", "NL-MFA", "CIDA", "DFAT", "FI-MFA", "LuxDev", "CZDA", "SlovakAid", "PL-MFA", "EBRD", "CEB",
            "WB");
    /** Implementers and other partners, most frequent first. */
    static final List<String> IMPLEMENTERS = List.of("UNDP", "IOM", "UNHCR", "UNICEF", "OSCE", "CoE", "ICMPD", "ILO", "UNODC", "WHO",
            "FAO", "UNFPA", "UNESCO", "UN-Women", "UNEP", "ITC", "UNIDO", "OHCHR", "RCC", "MARRI", "DCAF", "IDLO", "Frontex", "Europol",
            "EUAA", "ETF", "Save-the-Children", "Oxfam", "CARE", "IRC", "NRC", "DRC", "Caritas", "HelpAge", "Mercy-Corps", "World-Vision",
            "ACTED", "Handicap-Intl", "Terre-des-Hommes", "ICRC");
    /** Beneficiary territories, most frequent first, with the first day each exists (null: before 1990). */
    static final Map<String, LocalDate> TERRITORIES = new LinkedHashMap<>();

    static {
        for (String code : List.of("AL", "BA", "MK", "RS", "ME", "XK", "MD", "UA", "GE", "AM", "AZ", "TR", "HR", "BY", "KZ", "KG", "TJ",
                "UZ", "TM", "MN", "AF", "PK", "EG", "JO", "LB", "MA", "TN", "DZ", "LY", "IQ", "ET", "KE", "SO", "SD", "NG", "NE", "ML",
                "SN", "GH", "BD")) {
            TERRITORIES.put(code, switch (code) {
                case "RS" -> LocalDate.of(2006, 6, 5);
                case "ME" -> LocalDate.of(2006, 6, 3);
                case "XK" -> LocalDate.of(1999, 6, 10);
                case "BA" -> LocalDate.of(1992, 3, 3);
                default -> null;
            });
        }
    }

    /** Words of the generated summaries past their first sentence: none begins "border" or "manag". */
    private static final List<String> FILLER = List.of("the", "of", "and", "to", "in", "for", "with", "on", "by", "from", "a", "an",
            "capacity", "development", "institutions", "national", "regional", "local", "authorities", "officials", "training", "support",
            "cooperation", "exchange", "practice", "legislation", "policy", "strategy", "action", "plan", "implementation", "monitoring",
            "evaluation", "reporting", "coordination", "dialogue", "partners", "beneficiaries", "stakeholders", "civil", "society",
            "organisations", "ministries", "agencies", "services", "staff", "equipment", "infrastructure", "procedures", "standards",
            "guidelines", "manuals", "curricula", "workshops", "seminars", "conferences", "study", "visits", "experts", "assessment",
            "analysis", "needs", "gaps", "priorities", "results", "outcomes", "outputs", "indicators", "targets", "baseline", "data",
            "information", "systems", "databases", "software", "hardware", "networks", "communication", "awareness", "public", "campaigns",
            "media", "women", "youth", "children", "vulnerable", "groups", "minorities", "rights", "protection", "access", "justice",
            "rule", "law", "governance", "transparency", "accountability", "integrity", "efficiency", "effectiveness", "sustainability",
            "ownership", "alignment", "harmonisation", "reform", "modernisation", "europe", "union", "accession", "neighbourhood",
            "integration", "inclusion", "employment", "skills", "education", "health", "environment", "climate", "energy", "water",
            "fragmented", "sectors", "levels", "phases", "years", "activities", "components", "budget", "resources", "funding");

    private static final List<String> QUALIFIERS = List.of("Regional", "Integrated", "National", "Cross-border", "Joint", "Sustainable",
            "Inclusive", "Strategic", "Community", "Local", "Digital", "Green");
    private static final List<String> KINDS = List.of("Programme", "Project", "Initiative", "Facility", "Partnership", "Action",
            "Support");
    private static final List<String> TOPICS = List.of("Border Management", "Migration Governance", "Asylum Systems",
            "Anti-Trafficking Cooperation", "Rule of Law", "Judicial Reform", "Public Administration Reform", "Water Management",
            "Energy Efficiency", "Climate Adaptation", "Disaster Risk Reduction", "Youth Employment", "Vocational Education",
            "Social Inclusion of Roma", "Gender Equality", "Health Systems", "Food Security", "Customs Modernisation",
            "Police Cooperation", "Organised Crime", "Civil Society Development", "Local Governance", "Trade Facilitation",
            "Statistics Capacity", "Media Freedom", "Cultural Heritage", "Rural Development", "Waste Management", "Air Quality",
            "Child Protection", "Labour Mobility", "Diaspora Engagement", "Integrated Border Management", "Refugee Protection",
            "Small and Medium Enterprises", "Transport Connectivity", "Digital Skills", "Public Finance Management",
            "Anti-Corruption", "Human Rights Institutions");
    private static final List<String> REGIONS = List.of("the Western Balkans", "South-East Europe", "the Eastern Partnership",
            "Central Asia", "the Southern Neighbourhood", "the Sahel", "the Horn of Africa", "the Black Sea Region", "the Danube Region",
            "the Silk Route Countries");
    private static final List<String> STATUSES_LATE = List.of("CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED",
            "CLOSED", "CANCELLED", "FINALISATION");
    private static final List<String> INSTRUMENTS = List.of("CARDS", "IPA I", "IPA II", "IPA III", "ENI", "NDICI", "DCI", "EIDHR",
            "Grant", "Trust Fund", "Delegation Agreement");
    private static final List<String> SDG = List.of("10.7", "16.3", "16.6", "16.a", "5.2", "8.5", "8.8", "13.1", "6.4", "4.4", "3.8",
            "2.1", "17.9", "11.5");

    private Corpus() {
    }

    /** A Zipf-like pick from a list ordered most frequent first (weight 1/(rank+1)^0.9). */
    private static <T> T zipf(SplittableRandom r, List<T> items) {
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += 1 / Math.pow(i + 1, 0.9);
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            x -= 1 / Math.pow(i + 1, 0.9);
            if (x <= 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    private static <T> T any(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static String searchId(int i) {
        return String.format(Locale.ROOT, "PRG-%06d", i);
    }

    /** A varied programme for the search benchmark: mixed statuses, periods 1995-2030, skewed territories and partners. */
    static Prog searchProgramme(int i) {
        SplittableRandom r = new SplittableRandom(0x5EEDL * 1_000_003L + i);
        String topic = any(r, TOPICS);
        String title = switch (r.nextInt(4)) {
            case 0 -> any(r, QUALIFIERS) + " " + any(r, KINDS) + " on " + topic + " in " + any(r, REGIONS);
            case 1 -> "Support to " + topic + " in " + any(r, REGIONS) + " " + (1995 + r.nextInt(32));
            case 2 -> topic + " " + any(r, KINDS) + " " + (char) ('I' + r.nextInt(3)) + " (" + any(r, QUALIFIERS) + ")";
            default -> any(r, QUALIFIERS) + " " + topic + " and " + any(r, TOPICS) + " " + any(r, KINDS);
        };
        StringBuilder summary = new StringBuilder("The " + title.toLowerCase(Locale.ROOT) + " strengthens the capacity of national "
                + "institutions and regional cooperation mechanisms; it supports legislation, training of officials, equipment and the "
                + "exchange of good practice between the beneficiaries. Reference " + i + ".");
        // about 150 words in all, as the data shape has it
        for (int w = 0; w < 115; w++) {
            summary.append(w % 12 == 0 ? ". " : " ").append(any(r, FILLER));
        }
        LocalDate plannedStart = LocalDate.of(1995, 1, 1).plusDays(r.nextInt(35 * 365));
        LocalDate plannedEnd = plannedStart.plusMonths(12 + r.nextInt(60)).minusDays(1);
        LocalDate actualStart = null;
        LocalDate actualEnd = null;
        String status;
        if (plannedStart.isAfter(TODAY.minusMonths(3))) {
            status = r.nextInt(20) == 0 ? "CANCELLED" : "PIPELINE";
        } else {
            actualStart = plannedStart.plusDays(r.nextInt(120));
            if (actualStart.isAfter(TODAY)) {
                actualStart = null;
                status = "PIPELINE";
            } else if (plannedEnd.isBefore(TODAY.minusMonths(6))) {
                status = any(r, STATUSES_LATE);
                if (status.equals("CLOSED")) {
                    actualEnd = plannedEnd.plusDays(r.nextInt(200));
                    if (actualEnd.isAfter(TODAY)) {
                        actualEnd = TODAY.minusDays(1);
                    }
                }
            } else {
                status = r.nextInt(25) == 0 ? "SUSPENDED" : "IMPLEMENTATION";
            }
        }
        LocalDate start = actualStart != null ? actualStart : plannedStart;
        LocalDate end = actualEnd != null ? actualEnd : plannedEnd;
        Set<String> beneficiaries = new LinkedHashSet<>();
        int nb = 3 + r.nextInt(2);
        List<String> codes = new ArrayList<>(TERRITORIES.keySet());
        while (beneficiaries.size() < nb) {
            String code = zipf(r, codes);
            LocalDate from = TERRITORIES.get(code);
            if (from == null || !from.isAfter(start)) {
                beneficiaries.add(code);
            } else if (beneficiaries.isEmpty()) {
                beneficiaries.add("AL");
            } else {
                nb--;
            }
        }
        Set<String> donors = new LinkedHashSet<>();
        while (donors.size() < 2) {
            donors.add(zipf(r, DONORS));
        }
        List<Contribution> contributions = new ArrayList<>();
        for (String d : donors) {
            boolean amount = r.nextInt(4) != 0;
            contributions.add(new Contribution(d, r.nextInt(3) == 0 ? null : any(r, INSTRUMENTS),
                    amount ? BigDecimal.valueOf(50_000L + r.nextInt(20_000) * 1_000L) : null, amount ? "EUR" : null));
        }
        List<Role> roles = new ArrayList<>();
        for (String d : donors) {
            roles.add(new Role(d, "FUNDING"));
        }
        Set<String> implementers = new LinkedHashSet<>();
        implementers.add(zipf(r, IMPLEMENTERS));
        implementers.forEach(o -> roles.add(new Role(o, "IMPLEMENTING")));
        roles.add(new Role(implementers.iterator().next(), "ACCOUNTABLE"));
        List<ModuleRow> modules = new ArrayList<>();
        int nm = 2;
        List<String> leads = new ArrayList<>(implementers);
        for (int m = 1; m <= nm; m++) {
            String lead = r.nextInt(4) == 0 ? zipf(r, IMPLEMENTERS) : any(r, leads);
            modules.add(new ModuleRow(m, "Component " + m + ": " + any(r, TOPICS), lead));
        }
        String officeOrg = null;
        String officeTerritory = null;
        LocalDate officeOpened = null;
        if (r.nextInt(10) < 3) {
            officeOrg = any(r, leads);
            officeTerritory = beneficiaries.iterator().next();
            officeOpened = start;
        }
        List<String> sdg = new ArrayList<>();
        if (r.nextBoolean()) {
            sdg.add(any(r, SDG));
        }
        return new Prog(searchId(i), title, summary.toString(), status, plannedStart, plannedEnd, actualStart, actualEnd, officeOrg, officeTerritory,
                officeOpened, List.copyOf(beneficiaries), contributions, roles, modules, sdg);
    }

    static String poolId(int i) {
        // not String.format: this runs once per measured operation, and the harness's own cost blurs the ratio
        String digits = Integer.toString(i);
        return "POOL-" + "000000".substring(Math.min(6, digits.length())) + digits;
    }

    /**
     * The programmes of the write benchmark, all alike: in implementation since 2008, three
     * beneficiaries (AL, BA, MK), two contributions, three roles, one module, one SDG target.
     */
    static Prog poolProgramme(int i) {
        return new Prog(poolId(i), "Regional Programme on Integrated Border Management in the Western Balkans " + i,
                "Strengthens border management and cross-border cooperation between the beneficiaries; supports legislation, "
                        + "training and equipment.",
                "IMPLEMENTATION", LocalDate.of(2008, 1, 1), LocalDate.of(2014, 12, 31), LocalDate.of(2008, 3, 1), null, null, null, null,
                List.of("AL", "BA", "MK"),
                List.of(new Contribution("EC", "CARDS", new BigDecimal("4500000.000000"), "EUR"), new Contribution("SIDA", null, null, null)),
                List.of(new Role("EC", "FUNDING"), new Role("SIDA", "FUNDING"), new Role("UNDP", "IMPLEMENTING")),
                List.of(new ModuleRow(1, "Component 1: Integrated Border Management", "UNDP")), List.of("10.7"));
    }

    /** Registers every donor and implementer (type 40 or 10) so commands naming them find them. */
    static void loadOrganisations(BenchDatabase db) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(
                        "insert into organisation (acronym_key, acronym, name, type_code, iati_identifier, version) values (?, ?, ?, ?, ?, 0)")) {
            c.setAutoCommit(false);
            List<String> all = new ArrayList<>(DONORS);
            all.addAll(IMPLEMENTERS);
            for (String a : all) {
                ps.setString(1, a.toUpperCase(Locale.ROOT));
                ps.setString(2, a);
                ps.setString(3, "Organisation " + a);
                ps.setString(4, DONORS.contains(a) ? "10" : "40");
                ps.setNull(5, Types.VARCHAR);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        }
    }

    /** Inserts programmes {@code from} (inclusive) to {@code to} (exclusive) and all their child rows, in batches. */
    static void load(BenchDatabase db, IntFunction<Prog> programme, int from, int to) throws SQLException {
        String url = db.kind == BenchDatabase.Kind.POSTGRES ? db.url + "&reWriteBatchedInserts=true" : db.url;
        try (Connection c = DriverManager.getConnection(url, db.user, db.password);
                PreparedStatement p = c.prepareStatement("insert into programme (id, title, summary, status, planned_start, planned_end, "
                        + "actual_start, actual_end, period_start, period_end, office_organisation, office_territory, office_opened_on, "
                        + "id_key, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement b = c.prepareStatement("insert into programme_beneficiary (programme_id, territory, seq) values (?, ?, ?)");
                PreparedStatement co = c.prepareStatement("insert into programme_contribution (programme_id, seq, donor_key, donor, "
                        + "instrument, amount, currency) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement ro = c.prepareStatement(
                        "insert into programme_role (programme_id, organisation_key, organisation, role) values (?, ?, ?, ?)");
                PreparedStatement mo = c.prepareStatement(
                        "insert into programme_module (programme_id, module_number, name, lead_key, lead) values (?, ?, ?, ?, ?)");
                PreparedStatement sd = c.prepareStatement("insert into programme_sdg_target (programme_id, target) values (?, ?)");
                PreparedStatement st = c.prepareStatement(
                        "insert into programme_search_text (programme_id, title_words, other_words) values (?, ?, ?)");
                PreparedStatement po = c.prepareStatement("insert into programme_organisation (programme_id, organisation_key) values (?, ?)");
                PreparedStatement sw = db.kind == BenchDatabase.Kind.H2
                        ? c.prepareStatement("insert into programme_search_word (programme_id, word, in_title) values (?, ?, ?)") : null) {
            c.setAutoCommit(false);
            List<PreparedStatement> all = new ArrayList<>(List.of(p, b, co, ro, mo, sd, st, po));
            if (sw != null) {
                all.add(sw);
            }
            for (int i = from; i < to; i++) {
                Prog g = programme.apply(i);
                p.setString(1, g.id());
                p.setString(2, g.title());
                p.setString(3, g.summary());
                p.setString(4, g.status());
                p.setObject(5, g.plannedStart(), Types.DATE);
                p.setObject(6, g.plannedEnd(), Types.DATE);
                p.setObject(7, g.actualStart(), Types.DATE);
                p.setObject(8, g.actualEnd(), Types.DATE);
                p.setObject(9, g.periodStart(), Types.DATE);
                p.setObject(10, g.periodEnd(), Types.DATE);
                p.setString(11, g.officeOrganisation());
                p.setString(12, g.officeTerritory());
                p.setObject(13, g.officeOpenedOn(), Types.DATE);
                p.setString(14, g.id().toUpperCase(Locale.ROOT));
                p.addBatch();
                for (int k = 0; k < g.beneficiaries().size(); k++) {
                    b.setString(1, g.id());
                    b.setString(2, g.beneficiaries().get(k));
                    b.setInt(3, k);
                    b.addBatch();
                }
                for (int k = 0; k < g.contributions().size(); k++) {
                    Contribution x = g.contributions().get(k);
                    co.setString(1, g.id());
                    co.setInt(2, k);
                    co.setString(3, x.donor().toUpperCase(Locale.ROOT));
                    co.setString(4, x.donor());
                    co.setString(5, x.instrument());
                    co.setBigDecimal(6, x.amount());
                    co.setString(7, x.currency());
                    co.addBatch();
                }
                for (Role x : g.roles()) {
                    ro.setString(1, g.id());
                    ro.setString(2, x.organisation().toUpperCase(Locale.ROOT));
                    ro.setString(3, x.organisation());
                    ro.setString(4, x.role());
                    ro.addBatch();
                }
                for (ModuleRow x : g.modules()) {
                    mo.setString(1, g.id());
                    mo.setInt(2, x.number());
                    mo.setString(3, x.name());
                    mo.setString(4, x.lead().toUpperCase(Locale.ROOT));
                    mo.setString(5, x.lead());
                    mo.addBatch();
                }
                for (String t : g.sdgTargets()) {
                    sd.setString(1, g.id());
                    sd.setString(2, t);
                    sd.addBatch();
                }
                // the search rows as the adapter's SearchIndex writes them
                List<String> titleWords = SearchText.words(g.title());
                List<String> texts = new ArrayList<>(List.of(g.summary()));
                g.modules().forEach(m -> texts.add(m.name()));
                List<String> otherWords = SearchText.words(String.join(" ", texts));
                st.setString(1, g.id());
                st.setString(2, String.join(" ", titleWords));
                st.setString(3, String.join(" ", otherWords));
                st.addBatch();
                Set<String> organisations = new LinkedHashSet<>();
                g.roles().forEach(x -> organisations.add(x.organisation().toUpperCase(Locale.ROOT)));
                g.contributions().forEach(x -> organisations.add(x.donor().toUpperCase(Locale.ROOT)));
                g.modules().forEach(x -> organisations.add(x.lead().toUpperCase(Locale.ROOT)));
                if (g.officeOrganisation() != null) {
                    organisations.add(g.officeOrganisation().toUpperCase(Locale.ROOT));
                }
                for (String o : organisations) {
                    po.setString(1, g.id());
                    po.setString(2, o);
                    po.addBatch();
                }
                if (sw != null) {
                    Set<String> inTitle = new java.util.HashSet<>(titleWords);
                    for (String w : titleWords) {
                        sw.setString(1, g.id());
                        sw.setString(2, w);
                        sw.setBoolean(3, true);
                        sw.addBatch();
                    }
                    for (String w : otherWords) {
                        if (!inTitle.contains(w)) {
                            sw.setString(1, g.id());
                            sw.setString(2, w);
                            sw.setBoolean(3, false);
                            sw.addBatch();
                        }
                    }
                }
                if ((i - from) % 2_000 == 1_999) {
                    for (PreparedStatement s : all) {
                        s.executeBatch();
                    }
                    c.commit();
                }
            }
            for (PreparedStatement s : all) {
                s.executeBatch();
            }
            c.commit();
            if (db.kind == BenchDatabase.Kind.POSTGRES) {
                // the word starts as the adapter's SearchIndex derives them from the documents just written
                try (java.sql.Statement s = c.createStatement()) {
                    s.executeUpdate("insert into programme_search_starts (programme_id, word_starts) select t.programme_id, search_word_starts(t.document) "
                            + "from programme_search_text t where not exists (select 1 from programme_search_starts s where s.programme_id = t.programme_id)");
                }
                c.commit();
            }
        }
    }
}

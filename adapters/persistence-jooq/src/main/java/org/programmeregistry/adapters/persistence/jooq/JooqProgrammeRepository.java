package org.programmeregistry.adapters.persistence.jooq;

import static org.programmeregistry.adapters.persistence.jooq.Jdbc.Statement.parameter;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.EVENT;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.EVENT_PARTICIPANT;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.EVENT_SIGNATURE;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_BENEFICIARY;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_CONTRIBUTION;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_DELIVERABLE;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_MODULE;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_ROLE;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_SDG_TARGET;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.ProgrammeBeneficiaryRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.ProgrammeContributionRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.ProgrammeDeliverableRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.ProgrammeModuleRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.ProgrammeRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.ProgrammeRoleRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.ProgrammeSdgTargetRecord;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.PortfolioSummary;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.CoordinatingOffice;
import org.programmeregistry.domain.programme.Deliverable;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.EventReference;
import org.programmeregistry.domain.programme.EventStatus;
import org.programmeregistry.domain.programme.Module;
import org.programmeregistry.domain.programme.Money;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.ProgrammeSnapshot;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.programme.SdgTarget;
import org.programmeregistry.domain.programme.SignedDeliverable;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * Programmes in {@code programme} and its child tables. An update writes the root row under
 * its version and, for the children, only the rows that changed since the programme was
 * loaded in the same transaction.
 */
final class JooqProgrammeRepository implements ProgrammeRepository {

    private final JooqTransactions transactions;
    private final SqlProgrammeSearch search;

    JooqProgrammeRepository(JooqTransactions transactions, SqlProgrammeSearch.Shortcuts shortcuts) {
        this.transactions = transactions;
        this.search = new SqlProgrammeSearch(transactions, shortcuts);
    }

    // ---- reading -----------------------------------------------------------------------------

    @Override
    public Optional<Programme> find(ProgrammeId id) {
        return Optional.ofNullable(load(List.of(id.key())).get(id));
    }

    @Override
    public Map<ProgrammeId, Programme> findAll(Collection<ProgrammeId> ids) {
        List<String> keys = ids.stream().map(ProgrammeId::key).distinct().toList();
        Map<ProgrammeId, Programme> found = new LinkedHashMap<>();
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            found.putAll(load(keys.subList(from, Math.min(keys.size(), from + IN_LIST))));
        }
        return found;
    }

    /** At most this many ids in one IN list. */
    private static final int IN_LIST = 1_000;

    /**
     * The programmes with these ids ({@link ProgrammeId#key}s: the root row is found by its key,
     * regardless of case, and its children by the identifier as stored): one query per table,
     * however many ids, run over JDBC ({@link Jdbc}); for one id the SQL is rendered once and kept.
     */
    private Map<ProgrammeId, Programme> load(List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Connection connection = transactions.connection();
        Map<String, ProgrammeSnapshot> roots = new LinkedHashMap<>();
        Jdbc.query(connection, sql("load root", keys, (dsl, c) -> dsl.select(PROGRAMME.ID, PROGRAMME.TITLE, PROGRAMME.SUMMARY, PROGRAMME.STATUS,
                PROGRAMME.PLANNED_START, PROGRAMME.PLANNED_END, PROGRAMME.ACTUAL_START, PROGRAMME.ACTUAL_END, PROGRAMME.OFFICE_ORGANISATION,
                PROGRAMME.OFFICE_TERRITORY, PROGRAMME.OFFICE_OPENED_ON, PROGRAMME.VERSION).from(PROGRAMME).where(c.apply(PROGRAMME.ID_KEY))),
                keys, r -> {
                    String office = r.getString(9);
                    roots.put(r.getString(1), new ProgrammeSnapshot(new ProgrammeId(r.getString(1)), r.getString(2), r.getString(3),
                            ProgrammeStatus.valueOf(r.getString(4)), new Period(date(r, 5), date(r, 6)), new Period(date(r, 7), date(r, 8)),
                            office == null ? Optional.empty()
                                    : Optional.of(new CoordinatingOffice(new Acronym(office), new TerritoryCode(r.getString(10)), date(r, 11))),
                            List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), r.getLong(12)));
                });
        if (roots.isEmpty()) {
            return Map.of();
        }
        List<String> stored = List.copyOf(roots.keySet());
        Map<String, List<TerritoryCode>> beneficiaries = new HashMap<>();
        Jdbc.query(connection, sql("load beneficiaries", stored, (dsl, c) -> dsl.select(PROGRAMME_BENEFICIARY.PROGRAMME_ID, PROGRAMME_BENEFICIARY.TERRITORY)
                .from(PROGRAMME_BENEFICIARY).where(c.apply(PROGRAMME_BENEFICIARY.PROGRAMME_ID))
                .orderBy(PROGRAMME_BENEFICIARY.PROGRAMME_ID, PROGRAMME_BENEFICIARY.SEQ)),
                stored, r -> listOf(beneficiaries, r.getString(1)).add(new TerritoryCode(r.getString(2))));
        Map<String, List<Contribution>> contributions = new HashMap<>();
        Jdbc.query(connection, sql("load contributions", stored, (dsl, c) -> dsl.select(PROGRAMME_CONTRIBUTION.PROGRAMME_ID, PROGRAMME_CONTRIBUTION.DONOR,
                PROGRAMME_CONTRIBUTION.INSTRUMENT, PROGRAMME_CONTRIBUTION.AMOUNT, PROGRAMME_CONTRIBUTION.CURRENCY).from(PROGRAMME_CONTRIBUTION)
                .where(c.apply(PROGRAMME_CONTRIBUTION.PROGRAMME_ID)).orderBy(PROGRAMME_CONTRIBUTION.PROGRAMME_ID, PROGRAMME_CONTRIBUTION.SEQ)),
                stored, r -> {
                    BigDecimal amount = r.getBigDecimal(4);
                    listOf(contributions, r.getString(1)).add(new Contribution(new Acronym(r.getString(2)), Optional.ofNullable(r.getString(3)),
                            amount == null ? Optional.empty() : Optional.of(new Money(amount, r.getString(5)))));
                });
        Map<String, Map<Acronym, Set<PartnerRole>>> roles = new HashMap<>();
        Jdbc.query(connection, sql("load roles", stored, (dsl, c) -> dsl.select(PROGRAMME_ROLE.PROGRAMME_ID, PROGRAMME_ROLE.ORGANISATION, PROGRAMME_ROLE.ROLE)
                .from(PROGRAMME_ROLE).where(c.apply(PROGRAMME_ROLE.PROGRAMME_ID))),
                stored, r -> roles.computeIfAbsent(r.getString(1), k -> new TreeMap<>())
                        .computeIfAbsent(new Acronym(r.getString(2)), o -> new HashSet<>()).add(PartnerRole.valueOf(r.getString(3))));
        Map<String, List<Module>> modules = new HashMap<>();
        Jdbc.query(connection, sql("load modules", stored, (dsl, c) -> dsl.select(PROGRAMME_MODULE.PROGRAMME_ID, PROGRAMME_MODULE.MODULE_NUMBER,
                PROGRAMME_MODULE.NAME, PROGRAMME_MODULE.LEAD).from(PROGRAMME_MODULE).where(c.apply(PROGRAMME_MODULE.PROGRAMME_ID))
                .orderBy(PROGRAMME_MODULE.PROGRAMME_ID, PROGRAMME_MODULE.MODULE_NUMBER)),
                stored, r -> listOf(modules, r.getString(1)).add(new Module(r.getInt(2), r.getString(3), new Acronym(r.getString(4)))));
        Map<String, List<Deliverable>> deliverables = new HashMap<>();
        Jdbc.query(connection, sql("load deliverables", stored, (dsl, c) -> dsl.select(PROGRAMME_DELIVERABLE.PROGRAMME_ID,
                PROGRAMME_DELIVERABLE.DELIVERABLE_NUMBER, PROGRAMME_DELIVERABLE.KIND, PROGRAMME_DELIVERABLE.SCOPE, PROGRAMME_DELIVERABLE.TITLE,
                PROGRAMME_DELIVERABLE.TERRITORY).from(PROGRAMME_DELIVERABLE).where(c.apply(PROGRAMME_DELIVERABLE.PROGRAMME_ID))
                .orderBy(PROGRAMME_DELIVERABLE.PROGRAMME_ID, PROGRAMME_DELIVERABLE.DELIVERABLE_NUMBER)),
                stored, r -> listOf(deliverables, r.getString(1)).add(new Deliverable(r.getInt(2), DeliverableKind.valueOf(r.getString(3)),
                        DeliverableScope.valueOf(r.getString(4)), r.getString(5), Optional.ofNullable(r.getString(6)).map(TerritoryCode::new))));
        Map<String, List<SdgTarget>> targets = new HashMap<>();
        Jdbc.query(connection, sql("load targets", stored, (dsl, c) -> dsl.select(PROGRAMME_SDG_TARGET.PROGRAMME_ID, PROGRAMME_SDG_TARGET.TARGET)
                .from(PROGRAMME_SDG_TARGET).where(c.apply(PROGRAMME_SDG_TARGET.PROGRAMME_ID))),
                stored, r -> listOf(targets, r.getString(1)).add(new SdgTarget(r.getString(2))));
        // what the programme keeps of its events is read from the events' own rows: the event
        // root, the heads of its delegations (seq 0) and its signatures
        Map<String, Map<Integer, Set<TerritoryCode>>> delegations = new HashMap<>();
        Jdbc.query(connection, sql("load event delegations", stored, (dsl, c) -> dsl.select(EVENT_PARTICIPANT.PROGRAMME_ID,
                EVENT_PARTICIPANT.EVENT_NUMBER, EVENT_PARTICIPANT.TERRITORY).from(EVENT_PARTICIPANT)
                .where(c.apply(EVENT_PARTICIPANT.PROGRAMME_ID)).and(EVENT_PARTICIPANT.SEQ.eq(DSL.inline(0)))),
                stored, r -> delegations.computeIfAbsent(r.getString(1), k -> new HashMap<>()).computeIfAbsent(r.getInt(2), k -> new HashSet<>())
                        .add(new TerritoryCode(r.getString(3))));
        Map<String, Map<Integer, Set<SignedDeliverable>>> signatures = new HashMap<>();
        Jdbc.query(connection, sql("load event signatures", stored, (dsl, c) -> dsl.select(EVENT_SIGNATURE.PROGRAMME_ID,
                EVENT_SIGNATURE.EVENT_NUMBER, EVENT_SIGNATURE.DELIVERABLE_NUMBER, EVENT_SIGNATURE.TERRITORY).from(EVENT_SIGNATURE)
                .where(c.apply(EVENT_SIGNATURE.PROGRAMME_ID))),
                stored, r -> signatures.computeIfAbsent(r.getString(1), k -> new HashMap<>()).computeIfAbsent(r.getInt(2), k -> new HashSet<>())
                        .add(new SignedDeliverable(r.getInt(3), new TerritoryCode(r.getString(4)))));
        Map<String, List<EventReference>> events = new HashMap<>();
        Jdbc.query(connection, sql("load events", stored, (dsl, c) -> dsl.select(EVENT.PROGRAMME_ID, EVENT.EVENT_NUMBER, EVENT.MODULE_NUMBER,
                EVENT.START_DATE, EVENT.END_DATE, EVENT.STATUS).from(EVENT).where(c.apply(EVENT.PROGRAMME_ID))
                .orderBy(EVENT.PROGRAMME_ID, EVENT.EVENT_NUMBER)),
                stored, r -> {
                    String programme = r.getString(1);
                    int number = r.getInt(2);
                    listOf(events, programme).add(new EventReference(number, Optional.ofNullable(r.getObject(3, Integer.class)),
                            new Period(date(r, 4), date(r, 5)), EventStatus.valueOf(r.getString(6)),
                            delegations.getOrDefault(programme, Map.of()).getOrDefault(number, Set.of()),
                            signatures.getOrDefault(programme, Map.of()).getOrDefault(number, Set.of())));
                });
        Map<ProgrammeId, Programme> found = new LinkedHashMap<>();
        for (ProgrammeSnapshot root : roots.values()) {
            String key = root.id().value();
            ProgrammeSnapshot snapshot = new ProgrammeSnapshot(root.id(), root.title(), root.summary(), root.status(), root.planned(),
                    root.actual(), root.coordinatingOffice(), beneficiaries.getOrDefault(key, List.of()),
                    contributions.getOrDefault(key, List.of()), roles.getOrDefault(key, Map.of()), modules.getOrDefault(key, List.of()),
                    deliverables.getOrDefault(key, List.of()), targets.getOrDefault(key, List.of()), events.getOrDefault(key, List.of()),
                    root.version());
            Programme programme = rebuild(snapshot);
            // the rows as read: what an update of this programme compares its children with
            transactions.scope().remember(root.id(), snapshot);
            found.put(root.id(), programme);
        }
        return found;
    }

    /**
     * The programme from its rows. Read committed reads each table at its own moment: rows read
     * on either side of another transaction's commit may break a rule together. When the
     * programme's version moved meanwhile, that is a concurrent change, not corrupt rows.
     */
    private Programme rebuild(ProgrammeSnapshot snapshot) {
        try {
            return Programme.reconstitute(snapshot);
        } catch (RuleViolation violation) {
            Long stored = transactions.dsl().select(PROGRAMME.VERSION).from(PROGRAMME).where(PROGRAMME.ID.eq(snapshot.id().value()))
                    .fetchOne(PROGRAMME.VERSION);
            if (stored == null || stored != snapshot.version()) {
                throw new ConcurrentChangeException("programme " + snapshot.id());
            }
            throw violation;
        }
    }

    /**
     * The SQL of one of {@link #load}'s queries for {@code keys}: kept for one key, rendered
     * for a list. {@code query} gets the condition "programme id is one of the keys".
     */
    private String sql(String name, List<String> keys, BiFunction<DSLContext, Function<Field<String>, Condition>, Query> query) {
        Function<DSLContext, Query> build = dsl -> query.apply(dsl, column -> oneOf(column, keys));
        return keys.size() == 1 ? transactions.statement(name, build).sql() : transactions.render(build).sql();
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static Condition oneOf(Field<String> column, List<String> keys) {
        return keys.size() == 1 ? column.eq(keys.get(0)) : column.in(keys);
    }

    private static <T> List<T> listOf(Map<String, List<T>> byProgramme, String programmeId) {
        return byProgramme.computeIfAbsent(programmeId, k -> new ArrayList<>());
    }

    @Override
    public boolean exists(ProgrammeId id) {
        return transactions.dsl().fetchExists(PROGRAMME, PROGRAMME.ID_KEY.eq(id.key()));
    }

    // ---- writing -----------------------------------------------------------------------------

    @Override
    public void add(Programme programme) {
        addAll(List.of(programme));
    }

    @Override
    public void addAll(List<Programme> programmes) {
        NewRows rows = new NewRows();
        programmes.forEach(p -> rows.add(p.snapshot()));
        rows.insert(transactions);
    }

    @Override
    public void update(Programme programme) {
        DSLContext dsl = transactions.dsl();
        ProgrammeSnapshot s = programme.snapshot();
        ProgrammeRecord root = root(s, s.version() + 1);
        Jdbc.Statement update = transactions.statement("programme update", d -> d.update(PROGRAMME)
                .set(PROGRAMME.TITLE, parameter(PROGRAMME.TITLE)).set(PROGRAMME.SUMMARY, parameter(PROGRAMME.SUMMARY))
                .set(PROGRAMME.STATUS, parameter(PROGRAMME.STATUS))
                .set(PROGRAMME.PLANNED_START, parameter(PROGRAMME.PLANNED_START)).set(PROGRAMME.PLANNED_END, parameter(PROGRAMME.PLANNED_END))
                .set(PROGRAMME.ACTUAL_START, parameter(PROGRAMME.ACTUAL_START)).set(PROGRAMME.ACTUAL_END, parameter(PROGRAMME.ACTUAL_END))
                .set(PROGRAMME.PERIOD_START, parameter(PROGRAMME.PERIOD_START)).set(PROGRAMME.PERIOD_END, parameter(PROGRAMME.PERIOD_END))
                .set(PROGRAMME.OFFICE_ORGANISATION, parameter(PROGRAMME.OFFICE_ORGANISATION))
                .set(PROGRAMME.OFFICE_TERRITORY, parameter(PROGRAMME.OFFICE_TERRITORY))
                .set(PROGRAMME.OFFICE_OPENED_ON, parameter(PROGRAMME.OFFICE_OPENED_ON)).set(PROGRAMME.VERSION, parameter(PROGRAMME.VERSION))
                .where(PROGRAMME.ID.eq(parameter(PROGRAMME.ID)).and(PROGRAMME.VERSION.eq(parameter(PROGRAMME.VERSION)))));
        int updated = Jdbc.update(transactions.connection(), update, root.getTitle(), root.getSummary(), root.getStatus(),
                root.getPlannedStart(), root.getPlannedEnd(), root.getActualStart(), root.getActualEnd(), root.getPeriodStart(),
                root.getPeriodEnd(), root.getOfficeOrganisation(), root.getOfficeTerritory(), root.getOfficeOpenedOn(), root.getVersion(),
                root.getId(), s.version());
        if (updated == 0) {
            throw new ConcurrentChangeException("programme " + s.id());
        }
        ProgrammeSnapshot before = (ProgrammeSnapshot) transactions.scope().takeLoaded(s.id());
        if (before != null && before.version() == s.version()) {
            writeChildren(dsl, s, before);
            SearchIndex.update(transactions.connection(), SearchIndex.keepsWords(transactions), SearchIndex.of(before, List.of()),
                    SearchIndex.of(s, List.of()));
        } else {
            deleteChildren(dsl, s.id().value());
            NewRows rows = new NewRows();
            rows.addChildren(s);
            rows.insert(transactions);
            SearchIndex.refresh(transactions.connection(), SearchIndex.keepsWords(transactions), List.of(s.id().value()));
        }
    }

    /** The rows of new programmes, table by table, so each table is written in one batch. */
    private static final class NewRows {
        final List<ProgrammeRecord> roots = new ArrayList<>();
        final List<ProgrammeBeneficiaryRecord> beneficiaries = new ArrayList<>();
        final List<ProgrammeContributionRecord> contributions = new ArrayList<>();
        final List<ProgrammeRoleRecord> roles = new ArrayList<>();
        final List<ProgrammeModuleRecord> modules = new ArrayList<>();
        final List<ProgrammeDeliverableRecord> deliverables = new ArrayList<>();
        final List<ProgrammeSdgTargetRecord> targets = new ArrayList<>();
        final List<SearchIndex.Entry> searched = new ArrayList<>();

        /** A new programme, stored at version 0. */
        void add(ProgrammeSnapshot s) {
            roots.add(root(s, 0));
            addChildren(s);
            // a new programme has no events yet
            searched.add(SearchIndex.of(s, List.of()));
        }

        void addChildren(ProgrammeSnapshot s) {
            String id = s.id().value();
            for (int i = 0; i < s.beneficiaries().size(); i++) {
                beneficiaries.add(beneficiaryRow(id, s.beneficiaries().get(i), i));
            }
            for (int i = 0; i < s.contributions().size(); i++) {
                contributions.add(contributionRow(id, s.contributions().get(i), i));
            }
            roles.addAll(roleRows(id, s));
            modules.addAll(moduleRows(id, s));
            deliverables.addAll(deliverableRows(id, s));
            targets.addAll(targetRows(id, s));
        }

        void insert(JooqTransactions transactions) {
            Jdbc.insertAll(transactions, PROGRAMME, roots);
            Jdbc.insertAll(transactions, PROGRAMME_BENEFICIARY, beneficiaries);
            Jdbc.insertAll(transactions, PROGRAMME_CONTRIBUTION, contributions);
            Jdbc.insertAll(transactions, PROGRAMME_ROLE, roles);
            Jdbc.insertAll(transactions, PROGRAMME_MODULE, modules);
            Jdbc.insertAll(transactions, PROGRAMME_DELIVERABLE, deliverables);
            Jdbc.insertAll(transactions, PROGRAMME_SDG_TARGET, targets);
            SearchIndex.insert(transactions.connection(), SearchIndex.keepsWords(transactions), searched);
        }
    }

    /** Writes the children of {@code after} that differ from those of {@code before}, the state already in the tables. */
    private void writeChildren(DSLContext dsl, ProgrammeSnapshot after, ProgrammeSnapshot before) {
        String id = after.id().value();
        // most changes touch one kind of child: compare the values before building any row
        writeOrdered(dsl, PROGRAMME_BENEFICIARY, PROGRAMME_BENEFICIARY.PROGRAMME_ID, id, before.beneficiaries(), after.beneficiaries(),
                (t, seq) -> beneficiaryRow(id, t, seq));
        writeOrdered(dsl, PROGRAMME_CONTRIBUTION, PROGRAMME_CONTRIBUTION.PROGRAMME_ID, id, before.contributions(), after.contributions(),
                (c, seq) -> contributionRow(id, c, seq));
        if (!before.roles().equals(after.roles())) {
            writeKeyed(dsl, PROGRAMME_ROLE, PROGRAMME_ROLE.PROGRAMME_ID, id, roleRows(id, before), roleRows(id, after),
                    r -> DSL.and(PROGRAMME_ROLE.ORGANISATION_KEY.eq(r.getOrganisationKey()), PROGRAMME_ROLE.ROLE.eq(r.getRole())));
        }
        if (!before.modules().equals(after.modules())) {
            writeKeyed(dsl, PROGRAMME_MODULE, PROGRAMME_MODULE.PROGRAMME_ID, id, moduleRows(id, before), moduleRows(id, after),
                    r -> PROGRAMME_MODULE.MODULE_NUMBER.eq(r.getModuleNumber()));
        }
        if (!before.deliverables().equals(after.deliverables())) {
            writeKeyed(dsl, PROGRAMME_DELIVERABLE, PROGRAMME_DELIVERABLE.PROGRAMME_ID, id, deliverableRows(id, before),
                    deliverableRows(id, after), r -> PROGRAMME_DELIVERABLE.DELIVERABLE_NUMBER.eq(r.getDeliverableNumber()));
        }
        if (!before.sdgTargets().equals(after.sdgTargets())) {
            writeKeyed(dsl, PROGRAMME_SDG_TARGET, PROGRAMME_SDG_TARGET.PROGRAMME_ID, id, targetRows(id, before), targetRows(id, after),
                    r -> PROGRAMME_SDG_TARGET.TARGET.eq(r.getTarget()));
        }
    }

    private static void deleteChildren(DSLContext dsl, String id) {
        dsl.deleteFrom(PROGRAMME_BENEFICIARY).where(PROGRAMME_BENEFICIARY.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_CONTRIBUTION).where(PROGRAMME_CONTRIBUTION.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_ROLE).where(PROGRAMME_ROLE.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_MODULE).where(PROGRAMME_MODULE.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_DELIVERABLE).where(PROGRAMME_DELIVERABLE.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_SDG_TARGET).where(PROGRAMME_SDG_TARGET.PROGRAMME_ID.eq(id)).execute();
    }

    /**
     * Children kept in order by a sequence number 0..n-1: an appended tail is inserted; any
     * other change rewrites the list, which keeps the numbers contiguous.
     */
    private <T, R extends TableRecord<R>> void writeOrdered(DSLContext dsl, Table<R> table, TableField<R, String> programmeId,
            String id, List<T> before, List<T> after, BiFunction<T, Integer, R> row) {
        if (before.equals(after)) {
            return;
        }
        int keep = after.size() >= before.size() && after.subList(0, before.size()).equals(before) ? before.size() : 0;
        if (keep == 0 && !before.isEmpty()) {
            dsl.deleteFrom(table).where(programmeId.eq(id)).execute();
        }
        List<R> rows = new ArrayList<>();
        for (int i = keep; i < after.size(); i++) {
            rows.add(row.apply(after.get(i), i));
        }
        Jdbc.insertAll(transactions, table, rows);
    }

    /** Children identified by their key columns: removed or changed rows are deleted, new or changed rows inserted. */
    private <R extends TableRecord<R>> void writeKeyed(DSLContext dsl, Table<R> table, TableField<R, String> programmeId, String id,
            List<R> before, List<R> after, Function<R, Condition> key) {
        List<List<Object>> beforeValues = before.stream().map(Rows::values).toList();
        List<List<Object>> afterValues = after.stream().map(Rows::values).toList();
        if (beforeValues.equals(afterValues)) {
            return;
        }
        Set<List<Object>> kept = new HashSet<>(afterValues);
        Set<List<Object>> stored = new HashSet<>(beforeValues);
        List<Condition> gone = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!kept.contains(beforeValues.get(i))) {
                gone.add(key.apply(before.get(i)));
            }
        }
        if (!gone.isEmpty()) {
            dsl.deleteFrom(table).where(programmeId.eq(id)).and(DSL.or(gone)).execute();
        }
        List<R> added = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (!stored.contains(afterValues.get(i))) {
                added.add(after.get(i));
            }
        }
        Jdbc.insertAll(transactions, table, added);
    }

    private static ProgrammeRecord root(ProgrammeSnapshot s, long version) {
        Period period = s.actual().orElse(s.planned());
        ProgrammeRecord root = new ProgrammeRecord();
        root.setId(s.id().value());
        root.setIdKey(s.id().key());
        root.setTitle(s.title());
        root.setSummary(s.summary());
        root.setStatus(s.status().name());
        root.setPlannedStart(s.planned().start());
        root.setPlannedEnd(s.planned().end());
        root.setActualStart(s.actual().start());
        root.setActualEnd(s.actual().end());
        root.setPeriodStart(period.start());
        root.setPeriodEnd(period.end());
        root.setOfficeOrganisation(s.coordinatingOffice().map(o -> o.organisation().value()).orElse(null));
        root.setOfficeTerritory(s.coordinatingOffice().map(o -> o.territory().value()).orElse(null));
        root.setOfficeOpenedOn(s.coordinatingOffice().map(CoordinatingOffice::openedOn).orElse(null));
        root.setVersion(version);
        return root;
    }

    private static ProgrammeBeneficiaryRecord beneficiaryRow(String id, TerritoryCode territory, int seq) {
        return new ProgrammeBeneficiaryRecord(id, territory.value(), seq);
    }

    private static ProgrammeContributionRecord contributionRow(String id, Contribution c, int seq) {
        return new ProgrammeContributionRecord(id, seq, c.donor().key(), c.donor().value(), c.instrument().orElse(null),
                c.amount().map(Money::amount).orElse(null), c.amount().map(Money::currency).orElse(null));
    }

    private static List<ProgrammeSdgTargetRecord> targetRows(String id, ProgrammeSnapshot s) {
        return s.sdgTargets().stream().map(t -> new ProgrammeSdgTargetRecord(id, t.code())).toList();
    }

    private static List<ProgrammeRoleRecord> roleRows(String id, ProgrammeSnapshot s) {
        List<ProgrammeRoleRecord> rows = new ArrayList<>();
        s.roles().forEach((org, set) -> set.forEach(role -> rows.add(new ProgrammeRoleRecord(id, org.key(), org.value(), role.name()))));
        return rows;
    }

    private static List<ProgrammeModuleRecord> moduleRows(String id, ProgrammeSnapshot s) {
        return s.modules().stream().map(m -> new ProgrammeModuleRecord(id, m.number(), m.name(), m.lead().key(), m.lead().value())).toList();
    }

    private static List<ProgrammeDeliverableRecord> deliverableRows(String id, ProgrammeSnapshot s) {
        return s.deliverables().stream().map(d -> new ProgrammeDeliverableRecord(id, d.number(), d.kind().name(), d.scope().name(), d.title(),
                d.territory().map(TerritoryCode::value).orElse(null))).toList();
    }

    /** One page of programmes, found by {@link SqlProgrammeSearch}. */
    @Override
    public Page<ProgrammeSummary> search(ProgrammeFilter filter) {
        return search.page(filter);
    }

    @Override
    public PortfolioSummary portfolio() {
        DSLContext dsl = transactions.dsl();
        long programmes = dsl.fetchCount(PROGRAMME);
        Map<String, Long> byStatus = counts(dsl.select(PROGRAMME.STATUS, DSL.count().cast(Long.class)).from(PROGRAMME)
                .groupBy(PROGRAMME.STATUS).fetch());
        Map<String, Long> byTerritory = counts(dsl.select(PROGRAMME_BENEFICIARY.TERRITORY, DSL.count().cast(Long.class))
                .from(PROGRAMME_BENEFICIARY).groupBy(PROGRAMME_BENEFICIARY.TERRITORY).fetch());
        Map<String, Long> byDonor = counts(dsl.select(DSL.max(PROGRAMME_CONTRIBUTION.DONOR),
                DSL.countDistinct(PROGRAMME_CONTRIBUTION.PROGRAMME_ID).cast(Long.class))
                .from(PROGRAMME_CONTRIBUTION).groupBy(PROGRAMME_CONTRIBUTION.DONOR_KEY).fetch());
        return new PortfolioSummary(programmes, byStatus, byTerritory, byDonor);
    }

    private static Map<String, Long> counts(List<Record2<String, Long>> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }
}

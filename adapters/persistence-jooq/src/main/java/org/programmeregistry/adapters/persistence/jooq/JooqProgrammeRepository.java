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
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_ORGANISATION;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_SEARCH_TEXT;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.SQLDialect;
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
import org.programmeregistry.application.readmodel.SearchCursor;
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

    JooqProgrammeRepository(JooqTransactions transactions) {
        this.transactions = transactions;
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
            if (!SearchIndex.of(before, List.of()).equals(SearchIndex.of(s, List.of()))) {
                SearchIndex.refresh(transactions.connection(), keepsWords(transactions), List.of(s.id().value()));
            }
        } else {
            deleteChildren(dsl, s.id().value());
            NewRows rows = new NewRows();
            rows.addChildren(s);
            rows.insert(transactions);
            SearchIndex.refresh(transactions.connection(), keepsWords(transactions), List.of(s.id().value()));
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
            SearchIndex.insert(transactions.connection(), keepsWords(transactions), searched);
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

    /** Whether this store searches through the word table of H2 rather than PostgreSQL's full-text index. */
    static boolean keepsWords(JooqTransactions transactions) {
        return transactions.dsl().dialect().family() == SQLDialect.H2;
    }

    // ---- searching ---------------------------------------------------------------------------

    /** PostgreSQL's full-text document of programme_search_text (db/vendor/postgresql/V4_1), not in the generated classes. */
    private static final Field<Object> DOCUMENT = DSL.field(DSL.name("programme_search_text", "document"));
    /** The title's words alone (the same script), what relevance is measured on. */
    private static final Field<Object> TITLE_DOCUMENT = DSL.field(DSL.name("programme_search_text", "title_document"));
    /** H2's word table (db/vendor/h2/V4_1), not in the generated classes. */
    private static final Table<?> WORD = DSL.table(DSL.name("programme_search_word")).as("w");
    private static final Field<String> WORD_PROGRAMME = DSL.field(DSL.name("w", "programme_id"), String.class);
    private static final Field<String> WORD_WORD = DSL.field(DSL.name("w", "word"), String.class);
    private static final Field<Boolean> WORD_IN_TITLE = DSL.field(DSL.name("w", "in_title"), Boolean.class);
    /** The same table read by word (db/vendor/h2/V6), for a rare word's programmes. */
    private static final Table<?> POSTING = DSL.table(DSL.name("programme_search_word")).as("r");
    private static final Field<String> POSTING_PROGRAMME = DSL.field(DSL.name("r", "programme_id"), String.class);
    private static final Field<String> POSTING_WORD = DSL.field(DSL.name("r", "word"), String.class);

    /**
     * One page in the order of {@link SearchCursor} (relevance, then id). With a text the page is
     * read level by level, highest relevance first: each level (the matches whose title holds
     * exactly that many of the search words) is a key range ordered by id that stops once the page
     * is full, so neither the first page nor a later one ranks every match. {@code limit + 1} rows
     * are read to know whether a next page exists. The total is exact up to
     * {@link ProgrammeFilter#EXACT_UP_TO} matches; above, it is an estimate marked as such
     * (PostgreSQL: the planner's; H2: from where the matches lie among the ids), or the exact
     * count when asked for.
     */
    @Override
    public Page<ProgrammeSummary> search(ProgrammeFilter filter) {
        DSLContext dsl = transactions.dsl();
        boolean words = keepsWords(transactions);
        List<String> searchWords = filter.words();
        boolean text = !searchWords.isEmpty();
        Table<?> from = text && !words ? PROGRAMME.join(PROGRAMME_SEARCH_TEXT).on(PROGRAMME_SEARCH_TEXT.PROGRAMME_ID.eq(PROGRAMME.ID)) : PROGRAMME;
        Condition criteria = criteria(filter, words, Optional.empty());
        int want = filter.limit() + 1;
        List<ProgrammeRecord> rows = new ArrayList<>();
        List<Integer> relevances = new ArrayList<>();
        // a cursor above the highest level (k words) puts every match after it
        int top = filter.after().map(a -> Math.min(a.relevance(), searchWords.size())).orElse(searchWords.size());
        Optional<String> afterId = filter.after().filter(a -> a.relevance() <= searchWords.size()).map(SearchCursor::id);
        List<String> known = text && !words ? frequent(dsl, searchWords) : searchWords;
        boolean rare = known.size() < searchWords.size();
        // with a rare word, the GIN index is read for the rare words alone; the frequent ones are tested on its rows
        List<String> unindexed = rare ? known : List.of();
        // H2: a rare word's programmes, read through the word index, are the only candidates
        Optional<String> rareWord = text && words ? rareWord(dsl, searchWords) : Optional.empty();
        for (int level = top; level >= 0 && rows.size() < want; level--) {
            Optional<String> resume = level == top ? afterId : Optional.empty();
            Condition range = rareWord.isPresent() ? candidates(rareWord.get(), resume)
                    : resume.map(id -> after(id, text && !words)).orElse(DSL.noCondition());
            Condition these = level == top && afterId.isPresent() ? criteria(filter, words, afterId) : criteria;
            Condition where = text ? these.and(level(searchWords, level, words, unindexed)) : these;
            List<ProgrammeRecord> found;
            if (rare) {
                CommonTableExpression<?> matches = DSL.name("matches").asMaterialized(dsl.select(PROGRAMME.fields()).from(from).where(where).and(range));
                found = dsl.with(matches).select(matches.fields()).from(matches).orderBy(matches.field(PROGRAMME.ID))
                        .limit(want - rows.size()).fetch().into(PROGRAMME);
            } else {
                found = dsl.select(PROGRAMME.fields()).from(from).where(where).and(range)
                        .orderBy(PROGRAMME.ID).limit(want - rows.size()).fetchInto(PROGRAMME);
            }
            rows.addAll(found);
            relevances.addAll(Collections.nCopies(found.size(), level));
        }
        List<ProgrammeSummary> items = new ArrayList<>();
        for (int i = 0; i < Math.min(filter.limit(), rows.size()); i++) {
            items.add(Rows.MAP.summary(rows.get(i)));
        }
        Optional<String> next = rows.size() > filter.limit()
                ? Optional.of(new SearchCursor(relevances.get(filter.limit() - 1), items.get(items.size() - 1).id()).token())
                : Optional.empty();
        Condition all = text ? criteria.and(matching(searchWords, words, unindexed)) : criteria;
        if (filter.after().isEmpty() && next.isEmpty()) {
            return new Page<>(items, items.size(), true, next);
        }
        if (rare) {
            // few matches by the statistics' account: counted (through the GIN index), never guessed
            CommonTableExpression<?> matches = DSL.name("matches").asMaterialized(dsl.select(PROGRAMME.ID).from(from).where(all));
            return new Page<>(items, dsl.with(matches).selectCount().from(matches).fetchOne(0, Long.class), true, next);
        }
        if (rareWord.isPresent()) {
            // fewer than RARE_POSTINGS candidates: counting them costs less than estimating from the ids
            return new Page<>(items, dsl.fetchCount(dsl.select(DSL.inline(1)).from(PROGRAMME)
                    .where(all.and(candidates(rareWord.get(), Optional.empty())))), true, next);
        }
        return words ? totalByIds(dsl, filter, all, items, next) : totalByPlanner(dsl, filter, from, criteria, all, items, next);
    }

    /**
     * PostgreSQL: the search words that begin a word its statistics know as frequent in the
     * searchable text (the most common elements of the document column). The planner estimates
     * any other word at a floor (about 0.4 % of the programmes) however rare it is, and would
     * read the id-ordered range for a page, which for a word of a handful of programmes means
     * the whole table. With such a rare word the matches are read through the GIN index in full
     * (a materialised CTE, planned without the page's LIMIT), for the rare words alone, and
     * ordered by id: few by definition. Without statistics (a new database) every word counts
     * as rare, which suits small tables.
     */
    private static List<String> frequent(DSLContext dsl, List<String> searchWords) {
        String elements = dsl.resultQuery("select most_common_elems::text from pg_stats where schemaname = current_schema() "
                + "and tablename = 'programme_search_text' and attname = 'document'").fetchOne(0, String.class);
        List<String> frequent = elements == null || elements.length() < 2 ? List.of()
                : List.of(elements.substring(1, elements.length() - 1).replace("\"", "").split(","));
        return searchWords.stream().filter(w -> frequent.stream().anyMatch(f -> f.startsWith(w))).toList();
    }

    /**
     * H2: below this many postings (rows of the word table) a search word is rare. The id-ordered
     * range tests about programmes × 21 / matches programmes to fill a page, and reads them all
     * when a word has fewer matches than a page; the word's programmes read through the word
     * index cost one row each. The two meet near √(21 × programmes), about 1,450 at 100,000.
     */
    static final int RARE_POSTINGS = 1_000;

    /**
     * H2: the first search word with fewer than {@link #RARE_POSTINGS} postings, if any: it has
     * no posting at that position of its index range, so a frequent word costs a bounded step
     * through the index, not a count of its postings.
     */
    private static Optional<String> rareWord(DSLContext dsl, List<String> searchWords) {
        return searchWords.stream().filter(word -> dsl.selectOne().from(POSTING).where(prefixOf(POSTING_WORD, word))
                .offset(RARE_POSTINGS - 1).limit(1).fetchOptional().isEmpty()).findFirst();
    }

    /**
     * H2: the programmes with a word that {@code word} begins (after the cursor's id, if any), one
     * range of the word index. The cursor's range is stated here, not on the programme: H2 would
     * read the programmes' key range from there, every one of them, rather than these few.
     */
    private static Condition candidates(String word, Optional<String> after) {
        return PROGRAMME.ID.in(DSL.selectDistinct(POSTING_PROGRAMME).from(POSTING).where(prefixOf(POSTING_WORD, word))
                .and(after.map(POSTING_PROGRAMME::gt).orElse(DSL.noCondition())));
    }

    /**
     * Above this many expected matches a total is not counted, not even up to
     * {@link ProgrammeFilter#EXACT_UP_TO} + 1: reading 201 matches costs ten pages, and an
     * expectation five times the threshold leaves room for the estimate's error.
     */
    static final long NOT_COUNTED_ABOVE = 5L * (ProgrammeFilter.EXACT_UP_TO + 1);

    /**
     * PostgreSQL: the planner's estimate first (planning only); when it expects few matches, a
     * count up to 201, level by level for a text (the title's small document settles "more than
     * 200" for frequent words before any programme's whole text is read).
     */
    private static Page<ProgrammeSummary> totalByPlanner(DSLContext dsl, ProgrammeFilter filter, Table<?> from, Condition criteria,
            Condition all, List<ProgrammeSummary> items, Optional<String> next) {
        long estimate = Math.round(dsl.explain(dsl.select(DSL.inline(1)).from(from).where(all)).rows());
        if (!filter.exactTotal() && estimate >= NOT_COUNTED_ABOVE) {
            return new Page<>(items, estimate, false, next);
        }
        List<String> searchWords = filter.words();
        long bounded = 0;
        if (searchWords.isEmpty()) {
            bounded = dsl.fetchCount(dsl.select(DSL.inline(1)).from(from).where(all).limit(ProgrammeFilter.EXACT_UP_TO + 1));
        }
        for (int level = searchWords.size(); !searchWords.isEmpty() && level >= 0 && bounded <= ProgrammeFilter.EXACT_UP_TO; level--) {
            bounded += dsl.fetchCount(dsl.select(DSL.inline(1)).from(from).where(criteria.and(level(searchWords, level, false, List.of())))
                    .limit(ProgrammeFilter.EXACT_UP_TO + 1 - bounded));
        }
        if (bounded <= ProgrammeFilter.EXACT_UP_TO) {
            return new Page<>(items, bounded, true, next);
        }
        if (filter.exactTotal()) {
            return new Page<>(items, dsl.fetchCount(dsl.select(DSL.inline(1)).from(from).where(all)), true, next);
        }
        return new Page<>(items, Math.max(ProgrammeFilter.EXACT_UP_TO + 1, estimate), false, next);
    }

    /** How many matches H2's first estimate reads: a page's worth. */
    private static final int SAMPLE = 21;

    /**
     * H2 gives no row estimate, and its exact count reads every match. The first matches in id
     * order are read instead (a range that stops early, as a page does), and where the last of
     * them lies among all programmes stands for the share of the whole: total ≈ n × programmes /
     * programmes with an id up to it. First from a page's worth; when that expects few matches,
     * from {@link ProgrammeFilter#EXACT_UP_TO} + 1 of them, which also tells an exact total up
     * to 200. This assumes matches spread evenly over the ids.
     */
    private static Page<ProgrammeSummary> totalByIds(DSLContext dsl, ProgrammeFilter filter, Condition all, List<ProgrammeSummary> items,
            Optional<String> next) {
        if (filter.exactTotal()) {
            return new Page<>(items, dsl.fetchCount(dsl.select(DSL.inline(1)).from(PROGRAMME).where(all)), true, next);
        }
        long programmes = dsl.fetchCount(PROGRAMME);
        for (int n : new int[] {SAMPLE, ProgrammeFilter.EXACT_UP_TO + 1}) {
            List<String> ids = dsl.select(PROGRAMME.ID).from(PROGRAMME).where(all).orderBy(PROGRAMME.ID).limit(n).fetch(PROGRAMME.ID);
            if (ids.size() < n) {
                return new Page<>(items, ids.size(), true, next);
            }
            long upTo = dsl.fetchCount(PROGRAMME, PROGRAMME.ID.le(ids.get(ids.size() - 1)));
            long estimate = Math.max(ProgrammeFilter.EXACT_UP_TO + 1, Math.round((double) n * programmes / Math.max(1, upTo)));
            if (n > SAMPLE || estimate >= NOT_COUNTED_ABOVE) {
                return new Page<>(items, estimate, false, next);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * The criteria other than the text, each a key lookup in an index of its own (see the
     * migrations). On PostgreSQL an {@code IN} the planner turns into a join or a semi-join as
     * the numbers say; H2 runs an {@code IN} by reading every match of the subquery first, so
     * there each criterion is an {@code EXISTS} tested on the programmes read in id order, which
     * stops with the page.
     */
    static Condition criteria(ProgrammeFilter f, boolean words, Optional<String> after) {
        List<Condition> all = new ArrayList<>();
        f.status().ifPresent(s -> all.add(PROGRAMME.STATUS.eq(s.name())));
        f.beneficiary().ifPresent(t -> all.add(owns(words, after, PROGRAMME_BENEFICIARY, PROGRAMME_BENEFICIARY.PROGRAMME_ID,
                PROGRAMME_BENEFICIARY.TERRITORY.eq(t.value()))));
        f.donor().ifPresent(d -> all.add(owns(words, after, PROGRAMME_CONTRIBUTION, PROGRAMME_CONTRIBUTION.PROGRAMME_ID,
                PROGRAMME_CONTRIBUTION.DONOR_KEY.eq(d.key()))));
        f.organisation().ifPresent(o -> all.add(owns(words, after, PROGRAMME_ORGANISATION, PROGRAMME_ORGANISATION.PROGRAMME_ID,
                PROGRAMME_ORGANISATION.ORGANISATION_KEY.eq(o.key()))));
        f.activeOn().ifPresent(day -> all.add(activeOn(day)));
        return DSL.and(all);
    }

    /**
     * The programme has a row of {@code table} that holds {@code condition}. On PostgreSQL a page
     * after a cursor states its range in the subquery too: the planner carries equalities into a
     * semi-join but not ranges, and would otherwise merge from the start of the index range.
     */
    private static Condition owns(boolean words, Optional<String> after, Table<?> table, Field<String> programme, Condition condition) {
        return words ? DSL.exists(DSL.selectOne().from(table).where(programme.eq(PROGRAMME.ID)).and(condition))
                : PROGRAMME.ID.in(DSL.select(programme).from(table).where(condition)
                        .and(after.map(programme::gt).orElse(DSL.noCondition())));
    }

    /**
     * Every search word begins a word of the searchable text. On PostgreSQL one {@code @@} per
     * word, not one query of them all: the planner estimates each word on its own and can read
     * the GIN index for the rarest alone, testing the others on its few rows (a word prefix is
     * a partial match, which GIN answers by reading every posting of every word it begins).
     */
    private static Condition matching(List<String> searchWords, boolean words, List<String> unindexed) {
        return DSL.and(searchWords.stream().map(w -> words ? hasWord(w, false)
                : unindexed.contains(w) ? tested(DOCUMENT, w + ":*") : tsquery(DOCUMENT, w + ":*")).toList());
    }

    /**
     * The same test as {@code @@}, as a function call the planner does not match to the GIN
     * index: a frequent word beside a rare one is tested on the rare word's rows, rather than
     * merged into the index scan, which would read every posting of every word it begins.
     */
    private static Condition tested(Field<Object> document, String query) {
        return DSL.condition("ts_match_vq({0}, to_tsquery('simple', {1}))", document, DSL.inline(query));
    }

    /**
     * The matches of relevance {@code level}: every search word begins a word of the searchable
     * text, and exactly {@code level} of them begin a word of the title. The top level (every word
     * in the title) implies the rest, and on PostgreSQL is the title's own GIN index (V5). Lower
     * levels name the title's words present and absent as one tsquery, which the planner can
     * estimate from its statistics, so it reads the id-ordered range for frequent words and the
     * GIN index for rare ones.
     */
    private static Condition level(List<String> searchWords, int level, boolean words, List<String> unindexed) {
        int k = searchWords.size();
        if (level == k) {
            return DSL.and(searchWords.stream().map(w -> words ? hasWord(w, true) : tsquery(TITLE_DOCUMENT, w + ":*")).toList());
        }
        Condition all = matching(searchWords, words, unindexed);
        List<String> exactly = words ? List.of() : subsets(searchWords, level);
        if (!words && !exactly.isEmpty()) {
            return all.and(tsquery(TITLE_DOCUMENT, String.join(" | ", exactly)));
        }
        return all.and(relevance(searchWords, words).eq(level));
    }

    /** At most this many alternatives in one tsquery; more (a long text) are counted word by word instead. */
    private static final int MAX_ALTERNATIVES = 32;

    /**
     * A tsquery alternative per choice of {@code level} words in the title and the others not,
     * e.g. {@code (bord:* & !manag:*) | (!bord:* & manag:*)}; empty when there would be too many.
     */
    private static List<String> subsets(List<String> searchWords, int level) {
        List<String> alternatives = new ArrayList<>();
        int k = searchWords.size();
        if (k >= 31) {
            return List.of();
        }
        for (int mask = 0; mask < 1 << k; mask++) {
            if (Integer.bitCount(mask) != level) {
                continue;
            }
            if (alternatives.size() == MAX_ALTERNATIVES) {
                return List.of();
            }
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                terms.add(((mask >> i & 1) == 1 ? "" : "!") + searchWords.get(i) + ":*");
            }
            alternatives.add("(" + String.join(" & ", terms) + ")");
        }
        return alternatives;
    }

    /**
     * The query is inlined, not bound: whether the id-ordered range or the GIN index is cheaper
     * depends on the words, and a prepared statement's generic plan would not see them.
     */
    private static Condition tsquery(Field<Object> document, String query) {
        return DSL.condition("{0} @@ to_tsquery('simple', {1})", document, DSL.inline(query));
    }

    /**
     * After the programme {@code id} in id order. With the search text joined (PostgreSQL) the
     * range is stated on both keys, since the planner carries equalities across a join but not
     * ranges, and either table may lead the id-ordered scan.
     */
    private static Condition after(String id, boolean joinsText) {
        return joinsText ? PROGRAMME.ID.gt(id).and(PROGRAMME_SEARCH_TEXT.PROGRAMME_ID.gt(id)) : PROGRAMME.ID.gt(id);
    }

    /** H2: the programme has a word (of its title, if {@code inTitle}) that {@code word} begins. */
    private static Condition hasWord(String word, boolean inTitle) {
        return DSL.exists(DSL.selectOne().from(WORD).where(WORD_PROGRAMME.eq(PROGRAMME.ID))
                .and(inTitle ? WORD_IN_TITLE.isTrue() : DSL.noCondition()).and(prefixOf(WORD_WORD, word)));
    }

    /** How many search words begin a word of the title ({@link org.programmeregistry.application.readmodel.SearchText#relevance}). */
    private static Field<Integer> relevance(List<String> searchWords, boolean words) {
        Field<Integer> sum = null;
        for (String word : searchWords) {
            Condition inTitle = words ? hasWord(word, true) : tsquery(TITLE_DOCUMENT, word + ":*");
            Field<Integer> one = DSL.when(inTitle, DSL.inline(1)).otherwise(DSL.inline(0));
            sum = sum == null ? one : sum.plus(one);
        }
        return sum;
    }

    private static Condition activeOn(LocalDate day) {
        return PROGRAMME.PERIOD_START.le(day).or(PROGRAMME.PERIOD_START.isNull())
                .and(PROGRAMME.PERIOD_END.ge(day).or(PROGRAMME.PERIOD_END.isNull()));
    }

    /**
     * Words starting with {@code prefix}: a range the index answers in any collation, and a
     * LIKE that keeps the range honest (words hold letters and digits only, nothing to escape).
     */
    private static Condition prefixOf(Field<String> word, String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        String upper = prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
        return word.ge(prefix).and(word.lt(upper)).and(word.like(prefix + "%"));
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

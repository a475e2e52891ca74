package org.programmeregistry.adapters.persistence.jooq;

import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.EVENT;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_BENEFICIARY;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_CONTRIBUTION;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_DELIVERABLE;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_MODULE;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_ROLE;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_SDG_TARGET;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.PROGRAMME_TITLE_WORD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
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
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.ProgrammeTitleWordRecord;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.port.out.ProgrammeRepository;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.PortfolioSummary;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.TitleWords;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.programme.Contribution;
import org.programmeregistry.domain.programme.CoordinatingOffice;
import org.programmeregistry.domain.programme.Deliverable;
import org.programmeregistry.domain.programme.DeliverableKind;
import org.programmeregistry.domain.programme.DeliverableScope;
import org.programmeregistry.domain.programme.EventReference;
import org.programmeregistry.domain.programme.Module;
import org.programmeregistry.domain.programme.Money;
import org.programmeregistry.domain.programme.PartnerRole;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;
import org.programmeregistry.domain.programme.ProgrammeSnapshot;
import org.programmeregistry.domain.programme.ProgrammeStatus;
import org.programmeregistry.domain.programme.SdgTarget;
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
        DSLContext dsl = transactions.dsl();
        String key = id.value();
        ProgrammeRecord root = dsl.selectFrom(PROGRAMME).where(PROGRAMME.ID.eq(key)).fetchOne();
        if (root == null) {
            return Optional.empty();
        }
        List<TerritoryCode> beneficiaries = dsl.select(PROGRAMME_BENEFICIARY.TERRITORY).from(PROGRAMME_BENEFICIARY)
                .where(PROGRAMME_BENEFICIARY.PROGRAMME_ID.eq(key)).orderBy(PROGRAMME_BENEFICIARY.SEQ)
                .fetch(r -> new TerritoryCode(r.value1()));
        List<Contribution> contributions = dsl.selectFrom(PROGRAMME_CONTRIBUTION).where(PROGRAMME_CONTRIBUTION.PROGRAMME_ID.eq(key))
                .orderBy(PROGRAMME_CONTRIBUTION.SEQ).fetch(JooqProgrammeRepository::contribution);
        Map<Acronym, Set<PartnerRole>> roles = new TreeMap<>();
        dsl.selectFrom(PROGRAMME_ROLE).where(PROGRAMME_ROLE.PROGRAMME_ID.eq(key)).fetch().forEach(r -> roles
                .computeIfAbsent(new Acronym(r.getOrganisation()), o -> new HashSet<>()).add(PartnerRole.valueOf(r.getRole())));
        List<Module> modules = dsl.selectFrom(PROGRAMME_MODULE).where(PROGRAMME_MODULE.PROGRAMME_ID.eq(key))
                .orderBy(PROGRAMME_MODULE.MODULE_NUMBER).fetch(Rows.MAP::module);
        List<Deliverable> deliverables = dsl.selectFrom(PROGRAMME_DELIVERABLE).where(PROGRAMME_DELIVERABLE.PROGRAMME_ID.eq(key))
                .orderBy(PROGRAMME_DELIVERABLE.DELIVERABLE_NUMBER).fetch(JooqProgrammeRepository::deliverable);
        List<SdgTarget> targets = dsl.select(PROGRAMME_SDG_TARGET.TARGET).from(PROGRAMME_SDG_TARGET)
                .where(PROGRAMME_SDG_TARGET.PROGRAMME_ID.eq(key)).fetch(r -> new SdgTarget(r.value1()));
        List<EventReference> events = dsl.select(EVENT.EVENT_NUMBER, EVENT.MODULE_NUMBER, EVENT.START_DATE, EVENT.END_DATE).from(EVENT)
                .where(EVENT.PROGRAMME_ID.eq(key)).orderBy(EVENT.EVENT_NUMBER)
                .fetch(r -> new EventReference(r.value1(), Optional.ofNullable(r.value2()), new Period(r.value3(), r.value4())));
        Optional<CoordinatingOffice> office = root.getOfficeOrganisation() == null ? Optional.empty()
                : Optional.of(new CoordinatingOffice(new Acronym(root.getOfficeOrganisation()), new TerritoryCode(root.getOfficeTerritory()),
                        root.getOfficeOpenedOn()));
        ProgrammeSnapshot snapshot = new ProgrammeSnapshot(id, root.getTitle(), root.getSummary(), ProgrammeStatus.valueOf(root.getStatus()),
                new Period(root.getPlannedStart(), root.getPlannedEnd()), new Period(root.getActualStart(), root.getActualEnd()), office,
                beneficiaries, contributions, roles, modules, deliverables, targets, events, root.getVersion());
        Programme programme = Programme.reconstitute(snapshot);
        transactions.scope().loaded.put(id, programme.snapshot());
        return Optional.of(programme);
    }

    @Override
    public boolean exists(ProgrammeId id) {
        return transactions.dsl().fetchExists(PROGRAMME, PROGRAMME.ID.eq(id.value()));
    }

    // ---- writing -----------------------------------------------------------------------------

    @Override
    public void add(Programme programme) {
        DSLContext dsl = transactions.dsl();
        ProgrammeSnapshot s = programme.snapshot();
        dsl.insertInto(PROGRAMME).set(root(s, 0)).execute();
        writeChildren(dsl, s, null);
    }

    @Override
    public void update(Programme programme) {
        DSLContext dsl = transactions.dsl();
        ProgrammeSnapshot s = programme.snapshot();
        ProgrammeRecord root = root(s, s.version() + 1);
        int updated = dsl.update(PROGRAMME).set(root).where(PROGRAMME.ID.eq(s.id().value()).and(PROGRAMME.VERSION.eq(s.version()))).execute();
        if (updated == 0) {
            throw new ConcurrentChangeException("programme " + s.id());
        }
        ProgrammeSnapshot before = (ProgrammeSnapshot) transactions.scope().loaded.remove(s.id());
        if (before == null || before.version() != s.version()) {
            deleteChildren(dsl, s.id().value());
            before = null;
        }
        writeChildren(dsl, s, before);
    }

    /**
     * Writes the children of {@code after} that differ from those of {@code stored}, the state
     * already in the tables; {@code stored} null means no child row is stored.
     */
    private static void writeChildren(DSLContext dsl, ProgrammeSnapshot after, ProgrammeSnapshot stored) {
        String id = after.id().value();
        ProgrammeSnapshot before = stored != null ? stored : withoutChildren(after);
        writeOrdered(dsl, PROGRAMME_BENEFICIARY, PROGRAMME_BENEFICIARY.PROGRAMME_ID, id, before.beneficiaries(), after.beneficiaries(),
                (t, seq) -> new ProgrammeBeneficiaryRecord(id, t.value(), seq));
        writeOrdered(dsl, PROGRAMME_CONTRIBUTION, PROGRAMME_CONTRIBUTION.PROGRAMME_ID, id, before.contributions(), after.contributions(),
                (c, seq) -> new ProgrammeContributionRecord(id, seq, c.donor().key(), c.donor().value(), c.instrument().orElse(null),
                        c.amount().map(Money::amount).orElse(null), c.amount().map(Money::currency).orElse(null)));
        writeKeyed(dsl, PROGRAMME_ROLE, PROGRAMME_ROLE.PROGRAMME_ID, id, roleRows(id, before), roleRows(id, after),
                r -> DSL.and(PROGRAMME_ROLE.ORGANISATION_KEY.eq(r.getOrganisationKey()), PROGRAMME_ROLE.ROLE.eq(r.getRole())));
        writeKeyed(dsl, PROGRAMME_MODULE, PROGRAMME_MODULE.PROGRAMME_ID, id, moduleRows(id, before), moduleRows(id, after),
                r -> PROGRAMME_MODULE.MODULE_NUMBER.eq(r.getModuleNumber()));
        writeKeyed(dsl, PROGRAMME_DELIVERABLE, PROGRAMME_DELIVERABLE.PROGRAMME_ID, id, deliverableRows(id, before), deliverableRows(id, after),
                r -> PROGRAMME_DELIVERABLE.DELIVERABLE_NUMBER.eq(r.getDeliverableNumber()));
        writeKeyed(dsl, PROGRAMME_SDG_TARGET, PROGRAMME_SDG_TARGET.PROGRAMME_ID, id,
                before.sdgTargets().stream().map(t -> new ProgrammeSdgTargetRecord(id, t.code())).toList(),
                after.sdgTargets().stream().map(t -> new ProgrammeSdgTargetRecord(id, t.code())).toList(),
                r -> PROGRAMME_SDG_TARGET.TARGET.eq(r.getTarget()));
        if (stored == null || !stored.title().equals(after.title())) {
            writeKeyed(dsl, PROGRAMME_TITLE_WORD, PROGRAMME_TITLE_WORD.PROGRAMME_ID, id,
                    stored == null ? List.of() : titleRows(id, stored.title()), titleRows(id, after.title()),
                    r -> PROGRAMME_TITLE_WORD.WORD.eq(r.getWord()));
        }
    }

    private static ProgrammeSnapshot withoutChildren(ProgrammeSnapshot s) {
        return new ProgrammeSnapshot(s.id(), s.title(), s.summary(), s.status(), s.planned(), s.actual(), Optional.empty(),
                List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), s.version());
    }

    private static void deleteChildren(DSLContext dsl, String id) {
        dsl.deleteFrom(PROGRAMME_BENEFICIARY).where(PROGRAMME_BENEFICIARY.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_CONTRIBUTION).where(PROGRAMME_CONTRIBUTION.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_ROLE).where(PROGRAMME_ROLE.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_MODULE).where(PROGRAMME_MODULE.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_DELIVERABLE).where(PROGRAMME_DELIVERABLE.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_SDG_TARGET).where(PROGRAMME_SDG_TARGET.PROGRAMME_ID.eq(id)).execute();
        dsl.deleteFrom(PROGRAMME_TITLE_WORD).where(PROGRAMME_TITLE_WORD.PROGRAMME_ID.eq(id)).execute();
    }

    /**
     * Children kept in order by a sequence number 0..n-1: an appended tail is inserted; any
     * other change rewrites the list, which keeps the numbers contiguous.
     */
    private static <T, R extends TableRecord<R>> void writeOrdered(DSLContext dsl, Table<R> table, TableField<R, String> programmeId,
            String id, List<T> before, List<T> after, java.util.function.BiFunction<T, Integer, R> row) {
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
        Rows.insertAll(dsl, table, rows);
    }

    /** Children identified by their key columns: removed or changed rows are deleted, new or changed rows inserted. */
    private static <R extends TableRecord<R>> void writeKeyed(DSLContext dsl, Table<R> table, TableField<R, String> programmeId, String id,
            List<R> before, List<R> after, Function<R, Condition> key) {
        List<List<Object>> beforeValues = before.stream().map(JooqProgrammeRepository::values).toList();
        List<List<Object>> afterValues = after.stream().map(JooqProgrammeRepository::values).toList();
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
        Rows.insertAll(dsl, table, added);
    }

    /** A row's values, for comparing rows; read field by field (intoArray copies through a converter per field). */
    private static List<Object> values(org.jooq.Record row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return java.util.Arrays.asList(values);
    }

    private static ProgrammeRecord root(ProgrammeSnapshot s, long version) {
        Period period = s.actual().orElse(s.planned());
        return new ProgrammeRecord(s.id().value(), s.title(), s.summary(), s.status().name(),
                s.planned().start(), s.planned().end(), s.actual().start(), s.actual().end(), period.start(), period.end(),
                s.coordinatingOffice().map(o -> o.organisation().value()).orElse(null),
                s.coordinatingOffice().map(o -> o.territory().value()).orElse(null),
                s.coordinatingOffice().map(CoordinatingOffice::openedOn).orElse(null), version);
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

    private static List<ProgrammeTitleWordRecord> titleRows(String id, String title) {
        return TitleWords.of(title).stream().map(w -> new ProgrammeTitleWordRecord(id, w)).toList();
    }

    private static Contribution contribution(ProgrammeContributionRecord r) {
        return new Contribution(new Acronym(r.getDonor()), Optional.ofNullable(r.getInstrument()),
                r.getAmount() == null ? Optional.empty() : Optional.of(new Money(r.getAmount(), r.getCurrency())));
    }

    private static Deliverable deliverable(ProgrammeDeliverableRecord r) {
        return new Deliverable(r.getDeliverableNumber(), DeliverableKind.valueOf(r.getKind()), DeliverableScope.valueOf(r.getScope()),
                r.getTitle(), Optional.ofNullable(r.getTerritory()).map(TerritoryCode::new));
    }

    // ---- searching ---------------------------------------------------------------------------

    @Override
    public Page<ProgrammeSummary> search(ProgrammeFilter filter) {
        DSLContext dsl = transactions.dsl();
        Condition where = conditions(filter);
        long total = dsl.fetchCount(PROGRAMME, where);
        List<ProgrammeSummary> items = total == 0 ? List.of() : dsl.selectFrom(PROGRAMME).where(where).orderBy(PROGRAMME.ID)
                .limit(filter.limit()).offset(filter.offset()).fetch(Rows.MAP::summary);
        return new Page<>(items, total, filter.offset(), filter.limit());
    }

    /** Each criterion is a key lookup in an index of its own (see the migration). */
    static Condition conditions(ProgrammeFilter f) {
        List<Condition> all = new ArrayList<>();
        f.status().ifPresent(s -> all.add(PROGRAMME.STATUS.eq(s.name())));
        f.beneficiary().ifPresent(t -> all.add(PROGRAMME.ID.in(DSL.select(PROGRAMME_BENEFICIARY.PROGRAMME_ID).from(PROGRAMME_BENEFICIARY)
                .where(PROGRAMME_BENEFICIARY.TERRITORY.eq(t.value())))));
        f.donor().ifPresent(d -> all.add(PROGRAMME.ID.in(donorProgrammes(d))));
        // One IN per role table rather than one IN over their UNION: H2 re-ran the union for every
        // programme row. The coordinating office needs no branch: its organisation is accountable (P7).
        f.organisation().ifPresent(o -> all.add(DSL.or(
                PROGRAMME.ID.in(DSL.select(PROGRAMME_ROLE.PROGRAMME_ID).from(PROGRAMME_ROLE).where(PROGRAMME_ROLE.ORGANISATION_KEY.eq(o.key()))),
                PROGRAMME.ID.in(donorProgrammes(o)),
                PROGRAMME.ID.in(DSL.select(PROGRAMME_MODULE.PROGRAMME_ID).from(PROGRAMME_MODULE).where(PROGRAMME_MODULE.LEAD_KEY.eq(o.key()))))));
        f.activeOn().ifPresent(day -> all.add(activeOn(day)));
        for (String word : f.titleWords()) {
            String prefix = TitleWords.normalise(word);
            all.add(PROGRAMME.ID.in(DSL.select(PROGRAMME_TITLE_WORD.PROGRAMME_ID).from(PROGRAMME_TITLE_WORD)
                    .where(prefixOf(PROGRAMME_TITLE_WORD.WORD, prefix))));
        }
        return DSL.and(all);
    }

    private static org.jooq.Select<Record1<String>> donorProgrammes(Acronym donor) {
        return DSL.select(PROGRAMME_CONTRIBUTION.PROGRAMME_ID).from(PROGRAMME_CONTRIBUTION)
                .where(PROGRAMME_CONTRIBUTION.DONOR_KEY.eq(donor.key()));
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

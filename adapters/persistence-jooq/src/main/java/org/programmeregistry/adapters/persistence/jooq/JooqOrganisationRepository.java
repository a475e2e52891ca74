package org.programmeregistry.adapters.persistence.jooq;

import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.OFFICE;
import static org.programmeregistry.adapters.persistence.jooq.generated.Tables.ORGANISATION;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.OfficeRecord;
import org.programmeregistry.adapters.persistence.jooq.generated.tables.records.OrganisationRecord;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.port.out.OrganisationRepository;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.IatiOrganisationIdentifier;
import org.programmeregistry.domain.organisation.Office;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.OrganisationType;

/** Organisations in {@code organisation} and {@code office}, keyed by the upper-case acronym. */
final class JooqOrganisationRepository implements OrganisationRepository {

    private final JooqTransactions transactions;

    JooqOrganisationRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Organisation> find(Acronym acronym) {
        return load(ORGANISATION.ACRONYM_KEY.eq(acronym.key())).stream().findFirst();
    }

    @Override
    public Optional<Organisation> findByIatiIdentifier(IatiOrganisationIdentifier identifier) {
        return load(ORGANISATION.IATI_IDENTIFIER.eq(identifier.value())).stream().findFirst();
    }

    @Override
    public List<Organisation> all() {
        return load(org.jooq.impl.DSL.trueCondition());
    }

    private List<Organisation> load(Condition condition) {
        DSLContext dsl = transactions.dsl();
        List<OrganisationRecord> rows = dsl.selectFrom(ORGANISATION).where(condition).orderBy(ORGANISATION.ACRONYM_KEY).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Office>> offices = dsl.selectFrom(OFFICE)
                .where(OFFICE.ORGANISATION_KEY.in(rows.stream().map(OrganisationRecord::getAcronymKey).toList()))
                .orderBy(OFFICE.ORGANISATION_KEY, OFFICE.TERRITORY)
                .fetchGroups(OFFICE.ORGANISATION_KEY, Rows.MAP::office);
        return rows.stream().map(row -> {
            Organisation organisation = Organisation.reconstitute(new Acronym(row.getAcronym()), row.getName(),
                    OrganisationType.fromIatiCode(row.getTypeCode()).orElseThrow(),
                    row.getIatiIdentifier() == null ? null : new IatiOrganisationIdentifier(row.getIatiIdentifier()),
                    offices.getOrDefault(row.getAcronymKey(), List.of()), row.getVersion());
            transactions.scope().remember(organisation.acronym(), Set.copyOf(organisation.offices()));
            return organisation;
        }).toList();
    }

    @Override
    public void add(Organisation o) {
        DSLContext dsl = transactions.dsl();
        dsl.insertInto(ORGANISATION).set(new OrganisationRecord(o.acronym().key(), o.acronym().value(), o.name(), o.type().iatiCode(),
                o.iatiIdentifier().map(IatiOrganisationIdentifier::value).orElse(null), 0L)).execute();
        Jdbc.insertAll(transactions, OFFICE, officeRows(o, o.offices()));
    }

    @Override
    public void update(Organisation o) {
        DSLContext dsl = transactions.dsl();
        int updated = dsl.update(ORGANISATION)
                .set(ORGANISATION.NAME, o.name())
                .set(ORGANISATION.TYPE_CODE, o.type().iatiCode())
                .set(ORGANISATION.IATI_IDENTIFIER, o.iatiIdentifier().map(IatiOrganisationIdentifier::value).orElse(null))
                .set(ORGANISATION.VERSION, o.version() + 1)
                .where(ORGANISATION.ACRONYM_KEY.eq(o.acronym().key()).and(ORGANISATION.VERSION.eq(o.version())))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException("organisation " + o.acronym());
        }
        @SuppressWarnings("unchecked")
        Set<Office> before = (Set<Office>) transactions.scope().takeLoaded(o.acronym());
        if (before == null) {
            dsl.deleteFrom(OFFICE).where(OFFICE.ORGANISATION_KEY.eq(o.acronym().key())).execute();
            before = Set.of();
        }
        Set<Office> known = new HashSet<>(before);
        Jdbc.insertAll(transactions, OFFICE, officeRows(o, o.offices().stream().filter(office -> !known.contains(office)).toList()));
    }

    private static List<OfficeRecord> officeRows(Organisation o, List<Office> offices) {
        return offices.stream().map(office -> new OfficeRecord(o.acronym().key(), office.territory().value(), office.openedOn()))
                .collect(Collectors.toList());
    }
}

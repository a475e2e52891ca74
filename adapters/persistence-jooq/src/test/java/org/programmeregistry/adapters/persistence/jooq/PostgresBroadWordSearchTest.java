package org.programmeregistry.adapters.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.programmeregistry.application.contract.SearchContract;
import org.programmeregistry.application.port.out.PersistencePorts;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.SearchText;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.programme.Programme;
import org.programmeregistry.domain.programme.ProgrammeId;

/**
 * The search contract on PostgreSQL with every search word its statistics do not know found
 * broad by the sample, so tested on the programmes read in id order, every level of relevance
 * included, as a short prefix of many words is on a large table. The contract's small tables
 * would otherwise read every word through the GIN index ({@link PostgresSearchTest}).
 */
class PostgresBroadWordSearchTest extends SearchContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgresWithBroadWords();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }

    @Override
    protected boolean estimatesLargeTotals() {
        return true;
    }

    @Test
    @DisplayName("a broad word's total is estimated from the share of the sample that has it: every other of 2,400 is about 1,200")
    void estimateFromTheSample() throws Exception {
        List<Programme> programmes = new ArrayList<>();
        for (int i = 0; i < 2_400; i++) {
            programmes.add(Programme.register(new ProgrammeId(String.format("E-%04d", i)), i % 2 == 0 ? "Even " + i : "Odd " + i, "",
                    new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))));
        }
        run(() -> ports.programmes().addAll(programmes));
        try (Connection c = DATABASE.persistence().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze programme");
            s.execute("analyze programme_search_text");
        }
        Page<ProgrammeSummary> estimated = inTransaction(() -> ports.programmes().search(even(false)));
        assertThat(estimated.totalExact()).isFalse();
        assertThat(estimated.total()).isBetween(1_100L, 1_300L);
        assertThat(estimated.items()).extracting(ProgrammeSummary::id).startsWith("E-0000", "E-0002", "E-0004");
        Page<ProgrammeSummary> counted = inTransaction(() -> ports.programmes().search(even(true)));
        assertThat(counted.totalExact()).isTrue();
        assertThat(counted.total()).isEqualTo(1_200);
    }

    private static ProgrammeFilter even(boolean exact) {
        return new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SearchText.words("even"), Optional.empty(), 10, exact);
    }
}

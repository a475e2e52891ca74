package org.programmeregistry.adapters.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;

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

class H2SearchTest extends SearchContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected PersistencePorts emptyPorts() {
        return DATABASE.emptyPorts();
    }

    @Override
    protected boolean estimatesLargeTotals() {
        return true;
    }

    @Test
    @DisplayName("H2 estimates a large total from where the 201st match lies among all programmes: every other of 500 is about 250")
    void estimateFromTheKeyPosition() {
        List<Programme> programmes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            programmes.add(Programme.register(new ProgrammeId(String.format("E-%03d", i)), i % 2 == 0 ? "Even " + i : "Odd " + i, "",
                    new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))));
        }
        run(() -> ports.programmes().addAll(programmes));
        Page<ProgrammeSummary> estimated = inTransaction(() -> ports.programmes().search(even(false)));
        assertThat(estimated.totalExact()).isFalse();
        assertThat(estimated.total()).isBetween(240L, 260L);
        Page<ProgrammeSummary> counted = inTransaction(() -> ports.programmes().search(even(true)));
        assertThat(counted.totalExact()).isTrue();
        assertThat(counted.total()).isEqualTo(250);
    }

    private static ProgrammeFilter even(boolean exact) {
        return new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SearchText.words("even"), Optional.empty(), 10, exact);
    }
}

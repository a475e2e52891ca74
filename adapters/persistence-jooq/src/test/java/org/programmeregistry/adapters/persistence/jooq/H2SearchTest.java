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
    @DisplayName("H2 estimates a large total from where the 201st match lies among all programmes: every other of 2,400 active on a day is about 1,200")
    void estimateFromTheKeyPosition() {
        store("E-%04d", 2_400);
        Page<ProgrammeSummary> estimated = inTransaction(() -> ports.programmes().search(activeIn2010(false)));
        assertThat(estimated.totalExact()).isFalse();
        assertThat(estimated.total()).isBetween(1_150L, 1_250L);
        Page<ProgrammeSummary> counted = inTransaction(() -> ports.programmes().search(activeIn2010(true)));
        assertThat(counted.totalExact()).isTrue();
        assertThat(counted.total()).isEqualTo(1_200);
    }

    @Test
    @DisplayName("H2 counts a text's total on its bitmaps, exactly, where matches read in id order would only estimate it: every other of 2,400 is 1,200")
    void textCountedOnTheBitmaps() {
        // more postings of "even" than a rare word has, so the matches are read in id order
        assertThat(SqlProgrammeSearch.RARE_POSTINGS).isLessThan(1_200);
        store("E-%04d", 2_400);
        Page<ProgrammeSummary> page = inTransaction(() -> ports.programmes().search(even(false)));
        assertThat(page.totalExact()).isTrue();
        assertThat(page.total()).isEqualTo(1_200);
    }

    @Test
    @DisplayName("H2 reads a rare word's programmes through the word index and counts them: 250 of 500, fewer postings than a frequent word, an exact total")
    void rareWordCounted() {
        store("E-%03d", 500);
        Page<ProgrammeSummary> page = inTransaction(() -> ports.programmes().search(even(false)));
        assertThat(page.totalExact()).isTrue();
        assertThat(page.total()).isEqualTo(250);
        assertThat(page.items()).extracting(ProgrammeSummary::id).startsWith("E-000", "E-002", "E-004");
    }

    /** Programmes titled "Even i" and "Odd i" in turn, the even ones of 2009-2011, the odd ones of 2012-2014. */
    private void store(String idFormat, int count) {
        List<Programme> programmes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            programmes.add(Programme.register(new ProgrammeId(String.format(idFormat, i)), i % 2 == 0 ? "Even " + i : "Odd " + i, "",
                    i % 2 == 0 ? new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 12, 31))
                            : new Period(LocalDate.of(2012, 1, 1), LocalDate.of(2014, 12, 31))));
        }
        run(() -> ports.programmes().addAll(programmes));
    }

    private static ProgrammeFilter activeIn2010(boolean exact) {
        return new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2010, 6, 1)),
                List.of(), Optional.empty(), 10, exact);
    }

    private static ProgrammeFilter even(boolean exact) {
        return new ProgrammeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SearchText.words("even"), Optional.empty(), 10, exact);
    }
}

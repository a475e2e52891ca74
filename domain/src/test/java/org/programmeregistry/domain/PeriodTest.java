package org.programmeregistry.domain;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The programme period: actual dates where known, planned otherwise, per end. */
class PeriodTest {

    private final Period planned = new Period(of(2009, 6, 15), of(2011, 6, 14));

    @Test
    @DisplayName("each unknown actual end is taken from the planned period")
    void unknownEndsComeFromThePlan() {
        assertThat(Period.unknown().orElse(planned)).isEqualTo(planned);
        assertThat(new Period(of(2009, 7, 1), null).orElse(planned)).isEqualTo(new Period(of(2009, 7, 1), of(2011, 6, 14)));
        assertThat(new Period(null, of(2010, 1, 1)).orElse(planned)).isEqualTo(new Period(of(2009, 6, 15), of(2010, 1, 1)));
    }

    @Test
    @DisplayName("a programme that actually started after its planned end has an open end until its actual end is known")
    void lateStartLeavesTheEndOpen() {
        assertThat(new Period(of(2012, 1, 1), null).orElse(planned)).isEqualTo(new Period(of(2012, 1, 1), null));
        assertThat(new Period(null, of(2009, 1, 1)).orElse(planned)).isEqualTo(new Period(null, of(2009, 1, 1)));
    }

    @Test
    @DisplayName("a period is written as its two days, an unknown one as ?")
    void periodsAreWritten() {
        assertThat(planned).hasToString("2009-06-15 .. 2011-06-14");
        assertThat(new Period(of(2009, 6, 15), null)).hasToString("2009-06-15 .. ?");
    }
}

package org.programmeregistry.adapters.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.adapters.persistence.jooq.SqlProgrammeSearch.Sql;

/** The SQL pieces the portfolio search is written in. */
class SqlProgrammeSearchSqlTest {

    @Test
    @DisplayName("conditions joined in any grouping make one flat conjunction, each term in parentheses, its values in order")
    void flatConjunction() {
        Sql a = Sql.of("a = ?", 1);
        Sql b = Sql.of("b or c");
        Sql c = Sql.of("d = ?", 2);

        Sql left = a.and(b).and(c);
        Sql right = Sql.and(List.of(a, b.and(c)));

        assertThat(left.text()).isEqualTo("(a = ?) and (b or c) and (d = ?)");
        assertThat(right.text()).isEqualTo(left.text());
        assertThat(left.values()).containsExactly(1, 2);
    }

    @Test
    @DisplayName("no condition adds nothing: not to a conjunction, not as a where clause")
    void noCondition() {
        Sql a = Sql.of("a = ?", 1);

        assertThat(Sql.NONE.and(a).and(Sql.NONE).text()).isEqualTo("(a = ?)");
        assertThat(Sql.of("select 1 from t").where(Sql.NONE).text()).isEqualTo("select 1 from t");
        assertThat(Sql.of("select 1 from t").where(a).text()).isEqualTo("select 1 from t where a = ?");
    }
}

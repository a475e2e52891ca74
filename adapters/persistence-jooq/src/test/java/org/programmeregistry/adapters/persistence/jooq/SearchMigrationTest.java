package org.programmeregistry.adapters.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.readmodel.ProgrammeFilter;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.SearchText;
import org.programmeregistry.domain.organisation.Acronym;

/** Migration V4 (with V4_1 and V4_2) on a database of version 3 that already holds programmes. */
class SearchMigrationTest {

    @Test
    @DisplayName("programmes stored before V4 are found by words of their summary, modules and events, and by an organisation in any role")
    void existingProgrammesAreIndexed() throws SQLException {
        String url = "jdbc:h2:mem:search-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (JooqPersistence persistence = JooqPersistence.open(url, "sa", "", 2)) {
            Flyway.configure().dataSource(persistence.dataSource()).locations("classpath:db/migration").target("3").load().migrate();
            try (Connection c = persistence.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into programme (id, id_key, title, summary, status, version) values "
                        + "('OLD-1', 'OLD-1', 'Dialogue in Türkiye', 'Fragmented agencies.', 'PIPELINE', 0)");
                s.execute("insert into programme_module (programme_id, module_number, name, lead_key, lead) values ('OLD-1', 1, 'Asylum', 'UNHCR', 'UNHCR')");
                s.execute("insert into event (programme_id, event_number, kind, title, city, venue_territory, start_date, end_date, status, version) "
                        + "values ('OLD-1', 1, 'CONSULTATION_EVENT', 'Final consultation', 'Vienna', 'AT', date '2009-01-01', date '2009-01-02', 'SCHEDULED', 0)");
            }
            persistence.migrate();
            for (String text : List.of("turkiye", "fragm", "asylum", "consultation")) {
                assertThat(search(persistence, text, Optional.empty())).as(text).containsExactly("OLD-1");
            }
            assertThat(search(persistence, "", Optional.of(Acronym.of("unhcr")))).containsExactly("OLD-1");
        }
    }

    private static List<String> search(JooqPersistence persistence, String text, Optional<Acronym> organisation) {
        ProgrammeFilter filter = new ProgrammeFilter(Optional.empty(), organisation, Optional.empty(), Optional.empty(), Optional.empty(),
                SearchText.words(text), Optional.empty(), 10, false);
        return persistence.transactions().inTransaction(() -> persistence.programmes().search(filter)).items().stream()
                .map(ProgrammeSummary::id).toList();
    }
}

package org.programmeregistry.adapters.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code SCHEMA_VERSION} is the version Flyway reaches on each database. Were it behind, no schema
 * would ever count as current and every command would start Flyway; were it ahead, likewise.
 */
class SchemaVersionTest {

    private static void currentAfterEveryMigration(TestDatabase database) throws Exception {
        try (Connection c = database.persistence().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet newest = s.executeQuery("select max(\"version\") from \"flyway_schema_history\" where \"success\"")) {
            newest.next();
            assertThat(newest.getString(1)).isEqualTo(JooqPersistence.SCHEMA_VERSION);
        }
        assertThat(JooqPersistence.schemaIsCurrent(database.persistence().dataSource())).isTrue();
    }

    @Nested
    class OnH2 {
        @RegisterExtension
        static final TestDatabase DATABASE = TestDatabase.h2();

        @Test
        @DisplayName("a database migrated on H2 is at SCHEMA_VERSION and counts as current, so commands skip Flyway")
        void current() throws Exception {
            currentAfterEveryMigration(DATABASE);
        }
    }

    @Nested
    class OnPostgres {
        @RegisterExtension
        static final TestDatabase DATABASE = TestDatabase.postgres();

        @Test
        @DisplayName("a database migrated on PostgreSQL is at SCHEMA_VERSION and counts as current, so commands skip Flyway")
        void current() throws Exception {
            currentAfterEveryMigration(DATABASE);
        }
    }
}

package org.programmeregistry.adapters.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule docs/scaling.md builds on: every table a programme owns (every table with a
 * programme_id column, and programme itself) has the programme id in its primary key, so it
 * can be distributed by programme; docs/scaling.md lists each of them.
 */
class ProgrammeOwnedTablesTest {

    /** Not owned by a programme: the audit log also holds organisations' entries (docs/scaling.md says how it must change). */
    private static final Set<String> NOT_OWNED = Set.of("audit_entry");

    @Test
    @DisplayName("every table a programme owns has the programme id in its primary key, and docs/scaling.md lists it")
    void programmeIdInEveryPrimaryKey() throws SQLException, IOException {
        TreeMap<String, List<String>> keys = new TreeMap<>();
        try (JooqPersistence persistence = JooqPersistence.open("jdbc:h2:mem:scaling-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", 2)
                .migrate(); Connection c = persistence.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    String name = table.toLowerCase(Locale.ROOT);
                    if (name.startsWith("flyway") || NOT_OWNED.contains(name) || !(name.equals("programme") || hasColumn(meta, table, "PROGRAMME_ID"))) {
                        continue;
                    }
                    List<String> key = new ArrayList<>();
                    try (ResultSet pk = meta.getPrimaryKeys(null, "PUBLIC", table)) {
                        while (pk.next()) {
                            key.add(pk.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                    keys.put(name, key);
                }
            }
        }
        assertThat(keys).containsKeys("programme", "programme_role", "event_participant", "programme_search_text", "programme_search_word");
        String scaling = Files.readString(repositoryRoot().resolve("docs/scaling.md"));
        keys.forEach((table, key) -> {
            assertThat(key).as(table).contains(table.equals("programme") ? "id" : "programme_id");
            assertThat(scaling).as("docs/scaling.md lists " + table).contains("| `" + table + "`");
        });
    }

    private static boolean hasColumn(DatabaseMetaData meta, String table, String column) throws SQLException {
        try (ResultSet columns = meta.getColumns(null, "PUBLIC", table, column)) {
            return columns.next();
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("docs/scaling.md")) && dir.getParent() != null) {
            dir = dir.getParent();
        }
        return dir;
    }
}

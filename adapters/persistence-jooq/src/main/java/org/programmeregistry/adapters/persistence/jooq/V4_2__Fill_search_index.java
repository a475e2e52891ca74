package org.programmeregistry.adapters.persistence.jooq;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V4_2 (Flyway reads version and description from the class name): fills the search tables of V4 (and of db/vendor/.../V4_1) for the programmes
 * stored before them, as the adapter would have written them.
 */
final class V4_2__Fill_search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("select id from programme order by id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        SearchIndex.refreshBeforeBitmaps(connection, SearchIndex.keepsWords(connection), ids);
    }
}

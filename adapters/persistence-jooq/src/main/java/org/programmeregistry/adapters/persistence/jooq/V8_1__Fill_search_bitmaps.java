package org.programmeregistry.adapters.persistence.jooq;

import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V8_1 (Flyway reads version and description from the class name): on H2, numbers the
 * programmes stored before db/vendor/h2/V8 and sets the bits of their criteria
 * ({@link SearchBitmaps#rebuild}); on PostgreSQL, which has no bitmaps, nothing.
 */
final class V8_1__Fill_search_bitmaps extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        Connection connection = context.getConnection();
        if (SearchIndex.keepsWords(connection)) {
            SearchBitmaps.rebuild(connection);
        }
    }
}

package org.programmeregistry.adapters.persistence.jooq;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.application.RegistryUnavailableException;

/** Turns what the database says into the application's words for it. */
final class Failures {

    private Failures() {
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof DataAccessException access) {
            SQLException sql = access.getCause(SQLException.class);
            if (sql != null) {
                RuntimeException translated = translateOrNull(sql);
                if (translated != null) {
                    return translated;
                }
            }
        }
        return e;
    }

    static RuntimeException translate(SQLException e) {
        RuntimeException translated = translateOrNull(e);
        return translated != null ? translated : new DataAccessException("the database refused the transaction: " + e.getMessage(), e);
    }

    private static RuntimeException translateOrNull(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        // 40001 serialization failure, 40P01 deadlock (PostgreSQL); 23505 unique key taken first;
        // H2: 50200 lock timeout, 90131 concurrent update, 40001 deadlock
        if (state.equals("40001") || state.equals("40P01") || state.equals("23505") || code == 50200 || code == 90131) {
            return new ConcurrentChangeException("the same record");
        }
        if (state.startsWith("08") || e instanceof SQLTransientConnectionException) {
            return new RegistryUnavailableException("the database connection failed: " + e.getMessage(), e);
        }
        return null;
    }
}

package io.cloudmq.gateway.storage;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Classifies what Hibernate and the PostgreSQL driver throw. Hibernate wraps differently depending on where the failure
 * happens (persist, flush, commit), so every check walks the whole cause chain rather than testing the top exception.
 */
final class PersistenceErrors {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private PersistenceErrors() {
    }

    static boolean isUniqueViolation(Throwable t) {
        return sqlState(t).filter(UNIQUE_VIOLATION::equals).isPresent() || find(t, EntityExistsException.class) != null;
    }

    static boolean isForeignKeyViolation(Throwable t) {
        return sqlState(t).filter(FOREIGN_KEY_VIOLATION::equals).isPresent();
    }

    /** The violated constraint's name as PostgreSQL reports it, or "" when unknown. */
    static String constraintName(Throwable t) {
        ConstraintViolationException cve = find(t, ConstraintViolationException.class);
        return cve == null || cve.getConstraintName() == null ? "" : cve.getConstraintName();
    }

    static boolean isStale(Throwable t) {
        return find(t, OptimisticLockException.class) != null || find(t, StaleStateException.class) != null;
    }

    /**
     * Whether the database could not be reached or dropped the connection: class 08 (connection exception) and 57P
     * (operator intervention, e.g. the server shutting down or restarting).
     */
    static boolean isConnectionFailure(Throwable t) {
        if (find(t, JDBCConnectionException.class) != null || find(t, ConnectException.class) != null) {
            return true;
        }
        return sqlState(t).filter(s -> s.startsWith("08") || s.startsWith("57P")).isPresent();
    }

    private static Optional<String> sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static <E extends Throwable> E find(Throwable t, Class<E> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}

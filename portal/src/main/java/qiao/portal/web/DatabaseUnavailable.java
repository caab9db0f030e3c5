package qiao.portal.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure to reach the database (refused, dropped, pool exhausted) from every other failure. */
final class DatabaseUnavailable {

    /** What a client is told to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        return connectionProblem(failure) != null;
    }

    /** A short description for the log. */
    static String reason(Throwable failure) {
        Throwable cause = connectionProblem(failure);
        return cause == null ? "" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Throwable connectionProblem(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return t;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return t;
            }
            // Liberty's pool: no connection could be had or made (J2CA0045E and the like)
            if (t.getClass().getName().equals("jakarta.resource.ResourceException")
                    || t.getClass().getName().endsWith("ResourceAllocationException")
                    || t.getClass().getName().equals("com.ibm.websphere.ce.cm.StaleConnectionException")) {
                return t;
            }
        }
        return null;
    }
}

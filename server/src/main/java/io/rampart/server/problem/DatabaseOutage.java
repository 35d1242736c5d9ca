package io.rampart.server.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means the database cannot be reached right now (stopped, restarting,
 * unreachable, out of connections), as opposed to a fault in Rampart: no connection within the
 * pool's timeout, a connection the server closed, or the server shutting down. Such a request is
 * answered {@code 503 SYS_UNAVAILABLE} with {@link #RETRY_AFTER}: retrying later may well work, and
 * there is nothing for the correlation id of an internal error to lead to.
 */
final class DatabaseOutage {
  /** What a client is asked to wait: long enough for a restart or fail-over to get somewhere. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  /** SQLSTATE class 08: connection exception. */
  private static final String CONNECTION_EXCEPTION = "08";

  /** SQLSTATE 57P01 to 57P03: admin shutdown, crash shutdown, cannot connect now. */
  private static final String SERVER_GOING_AWAY = "57P0";

  private DatabaseOutage() {}

  /** Whether {@code failure}, or anything that caused it, says the database is unreachable. */
  static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof CannotCreateTransactionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith(CONNECTION_EXCEPTION) || state.startsWith(SERVER_GOING_AWAY)) {
          return true;
        }
      }
    }
    return false;
  }
}

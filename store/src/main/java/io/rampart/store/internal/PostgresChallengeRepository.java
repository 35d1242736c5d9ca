package io.rampart.store.internal;

import io.rampart.identity.Challenge;
import io.rampart.identity.ChallengeId;
import io.rampart.identity.ChallengeRepository;
import io.rampart.identity.FactorMethod;
import io.rampart.identity.SensitiveAction;
import io.rampart.identity.SignInVerdict;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.SessionId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ChallengeRepository} on the {@code mfa_challenges} table. */
final class PostgresChallengeRepository implements ChallengeRepository {
  private static final String COLUMNS =
      "id, purpose, account_id, session_id, action, methods, webauthn_challenge, email_code_hash,"
          + " email_code_expires_at, created_at, expires_at, attempts, state, settled_at,"
          + " known_device_hash, ip_address, user_agent, risk_decision, risk_assessment,"
          + " risk_reasons";

  private final JdbcClient jdbc;

  PostgresChallengeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(Challenge c) {
    Challenge.PendingSignIn signIn = c.signIn();
    jdbc.sql(
            "INSERT INTO mfa_challenges ("
                + COLUMNS
                + ") VALUES (:id, :purpose, :account, :session, :action, :methods, :webAuthn,"
                + " :emailHash, :emailExpiresAt, :createdAt, :expiresAt, :attempts, :state,"
                + " :settledAt, :device, :ip, :userAgent, :decision, :assessment, :reasons)")
        .param("id", c.id().value())
        .param("purpose", c.purpose().name())
        .param("account", c.account() == null ? null : c.account().value(), Types.OTHER)
        .param("session", c.session() == null ? null : c.session().value(), Types.OTHER)
        .param("action", c.action() == null ? null : c.action().name(), Types.VARCHAR)
        .param("methods", c.methods().stream().map(Enum::name).sorted().toArray(String[]::new))
        .param("webAuthn", c.webAuthnChallenge(), Types.BINARY)
        .param("emailHash", c.emailCodeHash(), Types.VARCHAR)
        .param(
            "emailExpiresAt", Timestamps.of(c.emailCodeExpiresAt()), Types.TIMESTAMP_WITH_TIMEZONE)
        .param("createdAt", Timestamps.of(c.createdAt()))
        .param("expiresAt", Timestamps.of(c.expiresAt()))
        .param("attempts", c.attempts())
        .param("state", c.state().name())
        .param("settledAt", Timestamps.of(c.settledAt()), Types.TIMESTAMP_WITH_TIMEZONE)
        .param("device", signIn == null ? null : signIn.knownDeviceHash(), Types.VARCHAR)
        .param("ip", signIn == null ? null : signIn.ipAddress(), Types.VARCHAR)
        .param("userAgent", signIn == null ? null : signIn.userAgent(), Types.VARCHAR)
        .param("decision", signIn == null ? null : signIn.riskDecision().name(), Types.VARCHAR)
        .param("assessment", signIn == null ? null : signIn.assessmentId(), Types.VARCHAR)
        .param(
            "reasons",
            signIn == null ? null : signIn.riskReasons().toArray(String[]::new),
            Types.ARRAY)
        .update();
  }

  @Override
  public Optional<Challenge> find(ChallengeId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM mfa_challenges WHERE id = :id")
        .param("id", id.value())
        .query(PostgresChallengeRepository::challenge)
        .optional();
  }

  /** One conditional UPDATE: the row lock makes concurrent claims count one after another. */
  @Override
  public boolean claimAttempt(ChallengeId id, int maxAttempts, Instant now) {
    return jdbc.sql(
                "UPDATE mfa_challenges SET attempts = attempts + 1"
                    + " WHERE id = :id AND state = 'OPEN' AND expires_at > :now"
                    + " AND attempts < :max")
            .param("id", id.value())
            .param("now", Timestamps.of(Objects.requireNonNull(now, "now")))
            .param("max", maxAttempts)
            .update()
        == 1;
  }

  @Override
  public boolean complete(ChallengeId id, Instant at) {
    return settle(id, Challenge.State.COMPLETED, at);
  }

  @Override
  public int deleteExpired(Instant before, int limit) {
    return jdbc.sql(
            "DELETE FROM mfa_challenges WHERE id IN (SELECT id FROM mfa_challenges"
                + " WHERE expires_at < :before ORDER BY expires_at LIMIT :limit"
                + " FOR UPDATE SKIP LOCKED)")
        .param("before", Timestamps.of(Objects.requireNonNull(before, "before")))
        .param("limit", limit)
        .update();
  }

  @Override
  public boolean voidChallenge(ChallengeId id, Instant at) {
    return settle(id, Challenge.State.VOID, at);
  }

  private boolean settle(ChallengeId id, Challenge.State state, Instant at) {
    return jdbc.sql(
                "UPDATE mfa_challenges SET state = :state, settled_at = :at"
                    + " WHERE id = :id AND state = 'OPEN'")
            .param("state", state.name())
            .param("at", Timestamps.of(Objects.requireNonNull(at, "at")))
            .param("id", id.value())
            .update()
        == 1;
  }

  private static Challenge challenge(ResultSet row, int rowNumber) throws SQLException {
    UUID account = row.getObject("account_id", UUID.class);
    UUID session = row.getObject("session_id", UUID.class);
    String action = row.getString("action");
    Set<FactorMethod> methods = EnumSet.noneOf(FactorMethod.class);
    for (String method : strings(row.getArray("methods"))) {
      methods.add(FactorMethod.valueOf(method));
    }
    String decision = row.getString("risk_decision");
    Challenge.PendingSignIn signIn =
        decision == null
            ? null
            : new Challenge.PendingSignIn(
                row.getString("known_device_hash"),
                row.getString("ip_address"),
                row.getString("user_agent"),
                SignInVerdict.Decision.valueOf(decision),
                row.getString("risk_assessment"),
                strings(row.getArray("risk_reasons")));
    return new Challenge(
        new ChallengeId(row.getObject("id", UUID.class)),
        Challenge.Purpose.valueOf(row.getString("purpose")),
        account == null ? null : new AccountId(account),
        session == null ? null : new SessionId(session),
        action == null ? null : SensitiveAction.valueOf(action),
        methods,
        row.getBytes("webauthn_challenge"),
        row.getString("email_code_hash"),
        Timestamps.read(row, "email_code_expires_at"),
        Timestamps.read(row, "created_at"),
        Timestamps.read(row, "expires_at"),
        row.getInt("attempts"),
        Challenge.State.valueOf(row.getString("state")),
        Timestamps.read(row, "settled_at"),
        signIn);
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    try {
      return Arrays.asList((String[]) array.getArray());
    } finally {
      array.free();
    }
  }
}

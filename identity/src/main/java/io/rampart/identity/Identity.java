package io.rampart.identity;

import io.rampart.identity.internal.UseCases;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity use cases. Thread-safe. Each method that changes state does so in one transaction
 * together with its audit records and notices.
 */
public final class Identity {
  private final UseCases useCases;

  public Identity(
      IdentityPorts ports,
      IdentitySettings settings,
      PasswordHasher hasher,
      Clock clock,
      SecureRandom random,
      IdGenerator ids) {
    Objects.requireNonNull(ports, "ports");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(hasher, "hasher");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(ids, "ids");
    this.useCases = new UseCases(ports, settings, hasher, clock, random, ids);
  }

  /**
   * Registers an account, or tells the address's owner that someone tried to. Same answer and same
   * work either way, so the response does not reveal whether the address has an account. An account
   * whose address was never verified and has no live verification link left is registered again:
   * the new password replaces the old one and a new link goes out.
   */
  public RegistrationOutcome register(String email, char[] password, RequestOrigin origin) {
    return useCases.registration().register(email, password, known(origin));
  }

  public VerificationOutcome verifyEmail(String token, RequestOrigin origin) {
    return useCases.emailConfirmation().verifyEmail(token, known(origin));
  }

  public SignInOutcome signIn(SignInAttempt attempt) {
    return useCases.signIn().signIn(attempt);
  }

  /** Checks a bearer token and, if the session is active, records its use. */
  public AuthenticationOutcome authenticate(String token, RequestOrigin origin) {
    return useCases.authentication().authenticate(token, known(origin));
  }

  /** The account's active sessions, newest first, with {@code current} flagged. */
  public List<SessionView> sessions(AccountId account, SessionId current) {
    return useCases.sessions().sessions(account, current);
  }

  /**
   * Ends one of the account's own sessions.
   *
   * @return whether it existed, belonged to the account and was active
   */
  public boolean endSession(AccountId account, SessionId target, RequestOrigin origin) {
    return useCases.sessions().endSession(account, target, known(origin));
  }

  /** Ends every session of the account but {@code current}; returns how many. */
  public int endOtherSessions(AccountId account, SessionId current, RequestOrigin origin) {
    return useCases.sessions().endOtherSessions(account, current, known(origin));
  }

  public PasswordChangeOutcome changePassword(
      AccountId account,
      SessionId current,
      char[] currentPassword,
      char[] newPassword,
      RequestOrigin origin) {
    return useCases
        .passwordChange()
        .changePassword(account, current, currentPassword, newPassword, known(origin));
  }

  public Optional<AccountOverview> overview(AccountId account) {
    return useCases.overviews().overview(account);
  }

  private static RequestOrigin known(RequestOrigin origin) {
    return origin == null ? RequestOrigin.INTERNAL : origin;
  }
}

package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.IdGenerator;
import io.rampart.kernel.RequestOrigin;
import io.rampart.kernel.SessionId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The identity use cases. Thread-safe. Each method that changes state does so in one transaction
 * together with its audit records and notices.
 */
public final class Identity {

  public Identity(
      IdentityPorts ports,
      IdentitySettings settings,
      PasswordHasher hasher,
      Clock clock,
      SecureRandom random,
      IdGenerator ids) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  /**
   * Registers an account, or tells the address's owner that someone tried to. Same answer and same
   * work either way, so the response does not reveal whether the address has an account.
   */
  public RegistrationOutcome register(String email, char[] password, RequestOrigin origin) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  public VerificationOutcome verifyEmail(String token, RequestOrigin origin) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  public SignInOutcome signIn(SignInAttempt attempt) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  /** Checks a bearer token and, if the session is active, records its use. */
  public AuthenticationOutcome authenticate(String token, RequestOrigin origin) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  /** The account's active sessions, newest first, with {@code current} flagged. */
  public List<SessionView> sessions(AccountId account, SessionId current) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  /**
   * Ends one of the account's own sessions.
   *
   * @return whether it existed, belonged to the account and was active
   */
  public boolean endSession(AccountId account, SessionId target, RequestOrigin origin) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  /** Ends every session of the account but {@code current}; returns how many. */
  public int endOtherSessions(AccountId account, SessionId current, RequestOrigin origin) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  public PasswordChangeOutcome changePassword(
      AccountId account,
      SessionId current,
      char[] currentPassword,
      char[] newPassword,
      RequestOrigin origin) {
    throw new UnsupportedOperationException("being implemented for #2");
  }

  public Optional<AccountOverview> overview(AccountId account) {
    throw new UnsupportedOperationException("being implemented for #2");
  }
}

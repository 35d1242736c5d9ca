package io.rampart.identity;

import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores e-mail verification tokens (hashed). Contract: every method joins the caller's
 * transaction. Thread-safe.
 */
public interface EmailVerificationRepository {
  void insert(EmailVerification verification);

  Optional<EmailVerification> findByTokenHash(String tokenHash);

  /**
   * Until when the account has a live verification link: the latest expiry among its tokens that
   * are unused and expire after {@code now}, or empty if it has none (all used or expired).
   */
  Optional<Instant> liveUntil(AccountId account, Instant now);

  /**
   * Marks the token used if it is not used yet. Of concurrent calls for one token, exactly one
   * returns {@code true}.
   */
  boolean markUsed(String tokenHash, Instant at);
}

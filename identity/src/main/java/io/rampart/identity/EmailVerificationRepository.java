package io.rampart.identity;

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
   * Marks the token used if it is not used yet. Of concurrent calls for one token, exactly one
   * returns {@code true}.
   */
  boolean markUsed(String tokenHash, Instant at);
}

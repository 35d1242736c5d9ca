package io.rampart.identity;

import io.rampart.kernel.AccountId;
import io.rampart.kernel.TransactionRunner;
import java.time.Instant;

/** What the MFA port contracts need from the implementation under test. */
public abstract class MfaContractBase {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  /** Creates an account that rows may belong to and returns its id. */
  protected abstract AccountId existingAccount();

  protected TransactionRunner transactions() {
    return TransactionRunner.DIRECT;
  }
}

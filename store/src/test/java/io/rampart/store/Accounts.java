package io.rampart.store;

import io.rampart.identity.Account;
import io.rampart.identity.EmailAddress;
import io.rampart.kernel.AccountId;
import java.time.Instant;
import java.util.UUID;

/** Test accounts for rows that must belong to an existing account. */
public final class Accounts {
  private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

  private Accounts() {}

  /** Inserts a new account with a unique address into the shared test database. */
  public static AccountId existing() {
    AccountId id = new AccountId(UUID.randomUUID());
    Account account =
        new Account(
            id,
            new EmailAddress("owner-" + id + "@example.com"),
            "$argon2id$test",
            CREATED,
            null,
            CREATED);
    if (!TestDatabase.store().accounts().insertIfEmailFree(account)) {
      throw new IllegalStateException("a fresh address was taken");
    }
    return id;
  }
}

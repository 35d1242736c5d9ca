package io.rampart.identity.internal;

import io.rampart.identity.Account;
import io.rampart.identity.AccountOverview;
import io.rampart.kernel.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** An account's profile with a summary of its security. */
public final class AccountOverviews {
  private final Context context;
  private final SecondFactors factors;
  private final SecurityChanges securityChanges;

  AccountOverviews(Context context, SecondFactors factors, SecurityChanges securityChanges) {
    this.context = context;
    this.factors = factors;
    this.securityChanges = securityChanges;
  }

  public Optional<AccountOverview> overview(AccountId id) {
    Instant now = context.now();
    return context.ports().accounts().findById(id).map(account -> overview(account, now));
  }

  private AccountOverview overview(Account account, Instant now) {
    long passwordAgeDays = Math.max(0, Duration.between(account.passwordChangedAt(), now).toDays());
    return new AccountOverview(
        account.id(),
        account.email().value(),
        account.createdAt(),
        account.emailVerified(),
        account.emailVerifiedAt(),
        account.passwordChangedAt(),
        passwordAgeDays,
        context.ports().sessions().countActive(account.id(), now),
        factors.hasAuthenticator(account.id()),
        securityChanges.activeLock(account.id()).orElse(null));
  }
}

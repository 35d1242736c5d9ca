package io.rampart.identity.internal;

import io.rampart.audit.Actor;
import io.rampart.audit.AuditEvent;
import io.rampart.identity.Account;
import io.rampart.identity.EmailAddress;
import io.rampart.identity.SignInAttempt;
import io.rampart.identity.SignInFacts;
import io.rampart.identity.SignInOutcome;
import io.rampart.identity.SignInRisk;
import io.rampart.identity.SignInVerdict;
import io.rampart.kernel.AccountId;
import io.rampart.kernel.ReasonCode;
import io.rampart.kernel.RequestOrigin;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The password sign-in ceremony, in order:
 *
 * <ol>
 *   <li>read the e-mail address and find its account (an invalid address is an unknown one);
 *   <li>count the attempt on every key and refuse it, giving the count back, if a key was throttled
 *       before this attempt: concurrent attempts are counted one after another, so no more of them
 *       reach the hasher than the keys allow. The keys are the account, the source IP and its
 *       network; from a device the account signed in with before, only that device's own key;
 *   <li>verify the password on the bounded hasher; an unknown account is verified against a dummy
 *       hash, so it costs the same as a wrong password;
 *   <li>on a wrong password, keep the counted failure and answer exactly as for an unknown address;
 *   <li>with a correct password, give the count back and refuse an unverified address;
 *   <li>ask the risk engine ({@link SignInRisk}) and refuse the sign-in if it denies it;
 *   <li>if the account has a second factor and this sign-in needs it ({@link SecondFactorSignIn}:
 *       policy, risk verdict, trusted device), open a challenge instead of a session;
 *   <li>open a session ({@link SessionOpening}), clearing the account's and device's failures; a
 *       sign-in the risk engine challenged or sent for review is told to the owner as unusual.
 * </ol>
 *
 * <p>Failed attempts are reported to the risk engine too, known address or not, so that bursts and
 * credential stuffing are seen.
 *
 * <p>A throttled refusal is audited once per blocked period of a key ({@link ThrottledAudits}).
 *
 * <p>Why a known device answers to its own key alone: the owner must be able to sign in from a
 * device they used before whatever an attacker does, and failures against the account, from the
 * owner's IP, or from anywhere in the owner's network (a shared office, a carrier's NAT, or one
 * address for every client when a proxy's forwarded addresses are not trusted) are all things an
 * attacker can cause. The device token is 256 random bits the server handed to that device at a
 * successful sign-in, and it counts only for that account. So someone who stole it (from the
 * owner's browser, say) gets what an attacker without it already has, guesses against that one
 * account under the same free failures and growing delays, in a budget of its own; failures there
 * lock out that device only, and the token exempts no attempt on any other account from the IP and
 * network keys, so it cannot be used to spray passwords. The risk engine still sees every failure.
 */
public final class SignIn {
  private final Context context;
  private final Throttle throttle;
  private final SessionOpening opening;
  private final SecondFactorSignIn secondFactor;
  private final ThrottledAudits throttledAudits = new ThrottledAudits();
  private final String dummyHash;

  SignIn(
      Context context, SessionOpening opening, SecondFactorSignIn secondFactor, String dummyHash) {
    this.context = context;
    this.throttle = new Throttle(context.ports().throttles(), context.settings().throttling());
    this.opening = opening;
    this.secondFactor = secondFactor;
    this.dummyHash = dummyHash;
  }

  public SignInOutcome signIn(SignInAttempt attempt) {
    RequestOrigin origin = attempt.origin() == null ? RequestOrigin.INTERNAL : attempt.origin();
    Optional<EmailAddress> email = EmailAddress.parse(attempt.email());
    Optional<Account> account = email.flatMap(context.ports().accounts()::findByEmail);
    String knownDevice = knownDeviceHash(account, attempt.deviceToken());
    List<Throttle.Key> keys = throttle.keysFor(email, knownDevice, origin.ipAddress());

    Instant now = context.now();
    CountedAttempt counted =
        context.ports().transactions().inTransaction(() -> throttle.count(keys, now));
    Map<String, Instant> blockedUntil = counted.blockedUntil(now);
    if (!blockedUntil.isEmpty()) {
      context.ports().transactions().run(counted::giveBack);
      return throttled(account, origin, blockedUntil, now);
    }
    char[] password = PasswordText.normalized(attempt.password());
    try {
      BoundedHasher.Verdict verdict =
          context.hasher().verify(account.map(Account::passwordHash).orElse(dummyHash), password);
      if (verdict == BoundedHasher.Verdict.REFUSED) {
        context.ports().transactions().run(counted::giveBack);
        return new SignInOutcome.Overloaded(BoundedHasher.RETRY_AFTER);
      }
      if (verdict == BoundedHasher.Verdict.MISMATCH || account.isEmpty()) {
        context
            .ports()
            .signInRisk()
            .failed(
                new SignInFacts(
                    context.ids().newId().toString(),
                    account.map(Account::id).orElse(null),
                    email.map(EmailAddress::value).orElse(attempt.email()),
                    now,
                    origin,
                    knownDevice,
                    knownDevice != null));
        return refuseCredentials(email, account, origin);
      }
      if (!account.get().emailVerified()) {
        return refuseUnverified(account.get(), counted, origin);
      }
      String deviceToken =
          knownDevice != null ? attempt.deviceToken() : context.tokens().newToken();
      SignInVerdict risk =
          context
              .ports()
              .signInRisk()
              .assess(
                  new SignInFacts(
                      context.ids().newId().toString(),
                      account.get().id(),
                      account.get().email().value(),
                      context.now(),
                      origin,
                      Tokens.hash(deviceToken),
                      knownDevice != null));
      if (risk.decision() == SignInVerdict.Decision.DENY) {
        return refuseRisky(account.get(), counted, origin, risk);
      }
      if (secondFactor.required(account.get(), knownDevice, risk)) {
        return secondFactor.challenge(account.get(), password, knownDevice, counted, origin, risk);
      }
      return opening.open(account.get(), password, deviceToken, knownDevice, counted, origin, risk);
    } finally {
      PasswordText.wipe(password);
    }
  }

  /** Step 1: the hash of the presented device token, if the account has signed in with it. */
  private String knownDeviceHash(Optional<Account> account, String deviceToken) {
    if (account.isEmpty() || !Tokens.plausible(deviceToken)) {
      return null;
    }
    String hash = Tokens.hash(deviceToken);
    return context.ports().history().knowsDevice(account.get().id(), hash) ? hash : null;
  }

  /** Step 2: the count is given back; only the first refusal of a blocked period is audited. */
  private SignInOutcome throttled(
      Optional<Account> account,
      RequestOrigin origin,
      Map<String, Instant> blockedUntil,
      Instant now) {
    return new SignInOutcome.Throttled(
        throttledAudits.refuseAnonymous(
            context,
            "signin.throttled",
            account.map(Account::id).orElse(null),
            origin,
            blockedUntil,
            now,
            Map.of()));
  }

  /**
   * Step 4: the same answer, writes and audit shape whether the account exists or not. The failure
   * was counted in step 2 and stays.
   */
  private SignInOutcome refuseCredentials(
      Optional<EmailAddress> email, Optional<Account> account, RequestOrigin origin) {
    AccountId id = account.map(Account::id).orElse(null);
    Map<String, String> data = new HashMap<>();
    data.put("reason", account.isPresent() ? "wrong-password" : "unknown-account");
    email.ifPresent(e -> data.put("email", e.value()));
    context
        .ports()
        .transactions()
        .run(
            () ->
                context.audit(new AuditEvent("signin.failed", Actor.ANONYMOUS, id, origin, data)));
    return new SignInOutcome.Refused(ReasonCode.AUTH_INVALID_CREDENTIALS);
  }

  /** Step 5: a correct password is no failure, so the count is given back. */
  private SignInOutcome refuseUnverified(
      Account account, CountedAttempt counted, RequestOrigin origin) {
    return refuseCorrectPassword(
        account,
        counted,
        origin,
        Map.of("reason", "email-not-verified"),
        ReasonCode.AUTH_EMAIL_NOT_VERIFIED);
  }

  /** Step 6: a denial is no failed password either. */
  private SignInOutcome refuseRisky(
      Account account, CountedAttempt counted, RequestOrigin origin, SignInVerdict risk) {
    Map<String, String> data = new HashMap<>();
    data.put("reason", "risk-denied");
    data.put("riskReasons", String.join(",", risk.reasons()));
    if (risk.assessed()) {
      data.put("assessment", risk.assessmentId());
    }
    return refuseCorrectPassword(account, counted, origin, data, ReasonCode.RISK_DENIED);
  }

  private SignInOutcome refuseCorrectPassword(
      Account account,
      CountedAttempt counted,
      RequestOrigin origin,
      Map<String, String> auditData,
      ReasonCode reason) {
    context
        .ports()
        .transactions()
        .run(
            () -> {
              counted.giveBack();
              context.audit(
                  new AuditEvent(
                      "signin.refused",
                      Actor.account(account.id()),
                      account.id(),
                      origin,
                      auditData));
            });
    return new SignInOutcome.Refused(reason);
  }
}

package io.rampart.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Test data: a valid baseline for each event, places with IP facts, and a way to build a profile by
 * replaying events. Times are given as ISO instants.
 */
public final class RiskFixture {
  public static final SubjectId ALICE = new SubjectId("alice-42");
  public static final String CHROME_WINDOWS =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Safari/537.36";
  public static final String FIREFOX_LINUX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
  public static final IpFacts BERLIN = place("DE", 3320, 52.52, 13.405);
  public static final IpFacts MUNICH = place("DE", 3320, 48.137, 11.575);
  public static final IpFacts SINGAPORE = place("SG", 9506, 1.352, 103.82);
  public static final IpFacts UNLOCATED = IpFacts.UNKNOWN;

  private RiskFixture() {}

  public static IpFacts place(String country, int asn, double lat, double lon) {
    return new IpFacts(
        Optional.of(country),
        OptionalInt.of(asn),
        Optional.of(new Coordinates(lat, lon)),
        false,
        false,
        false);
  }

  public static IpFacts flagged(boolean anonymiser, boolean hosting, boolean knownBad) {
    return new IpFacts(
        BERLIN.country(), BERLIN.asn(), BERLIN.coordinates(), anonymiser, hosting, knownBad);
  }

  /** The place with its anonymiser and hosting flags set as given. */
  public static IpFacts located(IpFacts place, boolean anonymiser, boolean hosting) {
    return new IpFacts(
        place.country(), place.asn(), place.coordinates(), anonymiser, hosting, place.knownBad());
  }

  /** The profile after one more event, seen from {@code facts}. */
  public static Profile observed(Profile profile, RiskEvent event, IpFacts facts) {
    return new RiskEngine().observe(profile, event, context(facts));
  }

  public static RiskEvent.ApiKeyUse apiKeyUse(String at) {
    return new RiskEvent.ApiKeyUse(
        "ak-" + at, ALICE, Instant.parse(at), "k-1", "trade", "192.0.2.44");
  }

  public static RiskEvent.WithdrawalRequest withDevice(
      RiskEvent.WithdrawalRequest w, String device) {
    return withSource(w, w.ip(), device);
  }

  public static RiskEvent.WithdrawalRequest withIp(RiskEvent.WithdrawalRequest w, String ip) {
    return withSource(w, ip, w.deviceId());
  }

  private static RiskEvent.WithdrawalRequest withSource(
      RiskEvent.WithdrawalRequest w, String ip, String device) {
    return new RiskEvent.WithdrawalRequest(
        w.eventId(),
        w.accountId(),
        w.occurredAt(),
        w.asset(),
        w.network(),
        w.amountMinor(),
        w.scale(),
        w.usdCents(),
        w.destinationAddress(),
        w.whitelisted(),
        w.whitelistedSince(),
        w.balanceUsdCents(),
        ip,
        device);
  }

  public static EventContext context(IpFacts facts) {
    return new EventContext(facts, new GlobalFeatureCounts());
  }

  /** A context for the event seen from {@code facts}, with these source counts. */
  public static EventContext context(RiskEvent event, IpFacts facts, SourceStats sources) {
    return EventContext.of(event, facts, new GlobalFeatureCounts(), sources);
  }

  /** A sign-in attempt by {@code account} from {@code ip}. */
  public static RiskEvent.SignInAttempt attempt(
      String account, String at, String ip, boolean success) {
    return new RiskEvent.SignInAttempt(
        "at-" + account + at + ip + success,
        new SubjectId(account),
        Instant.parse(at),
        success,
        ip,
        FIREFOX_LINUX,
        null,
        false);
  }

  /**
   * Source counts after {@code failures} failed and {@code successes} successful sign-ins from
   * {@code ip} (with {@code facts}) at {@code at}, the failures on {@code accounts} distinct
   * accounts (round robin), the successes on other accounts.
   */
  public static SourceCounts sourceCounts(
      String ip, IpFacts facts, String at, int failures, int accounts, int successes) {
    var counts = new SourceCounts();
    for (int i = 0; i < failures; i++) {
      var e = attempt("victim-" + (i % accounts), at, ip, false);
      counts.observe(e, EventContext.of(e, facts, new GlobalFeatureCounts()));
    }
    for (int i = 0; i < successes; i++) {
      var e = attempt("customer-" + i, at, ip, true);
      counts.observe(e, EventContext.of(e, facts, new GlobalFeatureCounts()));
    }
    return counts;
  }

  public static RiskEvent.SignInAttempt signIn(String at) {
    return new RiskEvent.SignInAttempt(
        "si-" + at,
        ALICE,
        Instant.parse(at),
        true,
        "198.51.100.10",
        CHROME_WINDOWS,
        "dev-1",
        false);
  }

  public static RiskEvent.SignInAttempt signIn(String at, String ip, String device) {
    return new RiskEvent.SignInAttempt(
        "si-" + at + ip + device,
        ALICE,
        Instant.parse(at),
        true,
        ip,
        CHROME_WINDOWS,
        device,
        false);
  }

  public static RiskEvent.SignInAttempt failedSignIn(String at) {
    return new RiskEvent.SignInAttempt(
        "fs-" + at, ALICE, Instant.parse(at), false, "203.0.113.9", FIREFOX_LINUX, null, false);
  }

  public static RiskEvent.WithdrawalRequest withdrawal(String at, long usdCents, String address) {
    return new RiskEvent.WithdrawalRequest(
        "wd-" + at + address,
        ALICE,
        Instant.parse(at),
        "BTC",
        "bitcoin",
        usdCents,
        8,
        usdCents,
        address,
        false,
        null,
        null,
        "198.51.100.10",
        "dev-1");
  }

  public static RiskEvent.WithdrawalRequest whitelisted(
      RiskEvent.WithdrawalRequest w, Instant since) {
    return new RiskEvent.WithdrawalRequest(
        w.eventId(),
        w.accountId(),
        w.occurredAt(),
        w.asset(),
        w.network(),
        w.amountMinor(),
        w.scale(),
        w.usdCents(),
        w.destinationAddress(),
        true,
        since,
        w.balanceUsdCents(),
        w.ip(),
        w.deviceId());
  }

  public static RiskEvent.WithdrawalRequest withBalance(
      RiskEvent.WithdrawalRequest w, Long balanceUsdCents) {
    return new RiskEvent.WithdrawalRequest(
        w.eventId(),
        w.accountId(),
        w.occurredAt(),
        w.asset(),
        w.network(),
        w.amountMinor(),
        w.scale(),
        w.usdCents(),
        w.destinationAddress(),
        w.whitelisted(),
        w.whitelistedSince(),
        balanceUsdCents,
        w.ip(),
        w.deviceId());
  }

  public static RiskEvent.SecuritySettingChange securityChange(String at, SecuritySetting s) {
    return new RiskEvent.SecuritySettingChange(
        "sc-" + at, ALICE, Instant.parse(at), s, "198.51.100.10", "dev-1");
  }

  public static RiskEvent.AddressBookChange addressAdded(String at, String address) {
    return new RiskEvent.AddressBookChange(
        "ab-" + at,
        ALICE,
        Instant.parse(at),
        AddressChangeKind.ADDED,
        "BTC",
        "bitcoin",
        address,
        "198.51.100.10",
        "dev-1");
  }

  public static RiskEvent.Deposit deposit(String at, long usdCents) {
    return new RiskEvent.Deposit(
        "dp-" + at, ALICE, Instant.parse(at), "BTC", "bitcoin", usdCents, 8, usdCents, null);
  }

  /** The profile after the events, each seen from Berlin. */
  public static Profile profileAfter(RiskEvent... events) {
    return profileAfter(BERLIN, events);
  }

  public static Profile profileAfter(IpFacts facts, RiskEvent... events) {
    var engine = new RiskEngine();
    Profile p = Profile.EMPTY;
    for (RiskEvent e : events) {
      p = engine.observe(p, e, context(facts));
    }
    return p;
  }

  public static RuleParameters params(RiskRule rule) {
    return RuleParameters.defaults(rule, 10);
  }

  /**
   * Two months of a typical account: sign-ins most days from home (one IP, sometimes a second) on a
   * laptop and a phone, a trip abroad, weekly withdrawals to two addresses, one address added, one
   * password change, a few failed sign-ins.
   */
  public static Profile typicalProfile() {
    var events = new ArrayList<RiskEvent>();
    Instant start = Instant.parse("2026-03-01T08:00:00Z");
    for (int day = 0; day < 60; day++) {
      Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(day * 7 % 180));
      boolean phone = day % 3 == 0;
      String ip = day % 5 == 0 ? "198.51.100.11" : "198.51.100.10";
      events.add(
          new RiskEvent.SignInAttempt(
              "s" + day,
              ALICE,
              at,
              true,
              ip,
              phone ? FIREFOX_LINUX : CHROME_WINDOWS,
              phone ? "phone" : "laptop",
              false));
      if (day % 7 == 3) {
        events.add(
            withdrawal(
                at.plusSeconds(300).toString(), 40_000 + day * 100, day % 2 == 0 ? "a" : "b"));
      }
    }
    events.add(addressAdded("2026-03-10T09:00:00Z", "b"));
    events.add(securityChange("2026-04-02T09:00:00Z", SecuritySetting.PASSWORD));
    events.add(failedSignIn("2026-04-20T09:00:00Z"));
    events.add(failedSignIn("2026-04-20T09:01:00Z"));
    var engine = new RiskEngine();
    Profile p = Profile.EMPTY;
    for (RiskEvent e : events) {
      p = engine.observe(p, e, context(e.eventId().equals("s30") ? SINGAPORE : BERLIN));
    }
    return p;
  }

  /** Sign-ins by 200 other accounts: three in four from Berlin, two in three with Chrome. */
  public static GlobalFeatureCounts population() {
    var global = new GlobalFeatureCounts();
    for (int i = 0; i < 200; i++) {
      IpFacts where = i % 4 == 0 ? SINGAPORE : BERLIN;
      String ua = i % 3 == 0 ? FIREFOX_LINUX : CHROME_WINDOWS;
      var other =
          new RiskEvent.SignInAttempt(
              "o" + i,
              new SubjectId("u" + i),
              Instant.parse("2026-01-01T00:00:00Z"),
              true,
              "192.0.2." + (i % 50),
              ua,
              "d" + i,
              false);
      global.observe(other, where);
    }
    return global;
  }
}

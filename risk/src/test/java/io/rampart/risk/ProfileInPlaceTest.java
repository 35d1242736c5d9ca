package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The version-3 profile is changed in place ({@link RiskEngine#observeInPlace}) and gives the same
 * bytes as deriving a copy ({@link RiskEngine#observe}); where its fixed layout did not change what
 * a rule reads, it answers what the version-2 profile answered.
 */
class ProfileInPlaceTest {
  private final RiskEngine engine = new RiskEngine();

  @Test
  void changesTheBytesInPlaceAsObserveDerivesThem() {
    var policy = Policy.defaults();
    var global = new GlobalFeatureCounts();
    var sources = new SourceCounts();
    Map<SubjectId, Profile> copies = new HashMap<>();
    Map<SubjectId, byte[]> slots = new HashMap<>();
    for (RiskEvent e : DeterminismTest.events(7)) {
      IpFacts f =
          e instanceof RiskEvent.Deposit
              ? IpFacts.UNKNOWN
              : DeterminismTest.facts(io.rampart.risk.internal.EventFields.ip(e));
      var context = EventContext.of(e, f, global, sources);
      Profile copy = copies.getOrDefault(e.accountId(), Profile.EMPTY);
      byte[] slot = slots.computeIfAbsent(e.accountId(), a -> Profile.newSlot());
      assertThat(engine.assess(Profile.view(slot), e, context, policy))
          .isEqualTo(engine.assess(copy, e, context, policy));
      Profile next = engine.observe(copy, e, context);
      engine.observeInPlace(slot, e, context);
      assertThat(slot).isEqualTo(ProfileCodec.encode(next));
      copies.put(e.accountId(), next);
      global.observe(e, context);
      sources.observe(e, context);
    }
    assertThat(slots).hasSize(50);
  }

  @Test
  void leavesTheProfileItDerivesFromUnchanged() {
    Profile before = RiskFixture.typicalProfile();
    byte[] bytes = ProfileCodec.encode(before);
    engine.observe(before, signIn("2026-06-01T10:00:00Z"), context(BERLIN));
    assertThat(ProfileCodec.encode(before)).isEqualTo(bytes);
  }

  @Test
  void refusesBytesThatAreNotACurrentProfile() {
    var e = signIn("2026-06-01T10:00:00Z");
    assertThatThrownBy(() -> engine.observeInPlace(new byte[100], e, context(BERLIN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Profile.view(new byte[Profile.BYTES]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesSlotsTheCallerOwns() {
    byte[] stored = ProfileCodec.encode(RiskFixture.typicalProfile());
    byte[] slot = ProfileCodec.slot(stored);
    engine.observeInPlace(slot, signIn("2026-06-01T10:00:00Z"), context(BERLIN));
    assertThat(slot).isNotEqualTo(stored);
    assertThat(ProfileCodec.decode(stored)).isEqualTo(RiskFixture.typicalProfile());
    assertThat(ProfileCodec.slot(null)).isEqualTo(ProfileCodec.encode(Profile.EMPTY));
  }

  record Case(String name, List<RiskEvent> events, Consumer<Profile> expect) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> unchanged() {
    return Stream.of(
        new Case(
            "withdrawals in the last hour, 5-minute buckets",
            List.of(
                withdrawal("2026-03-01T10:00:00Z", 100, "a"),
                withdrawal("2026-03-01T10:10:00Z", 100, "a"),
                withdrawal("2026-03-01T10:50:00Z", 100, "a")),
            p -> {
              assertThat(p.withdrawalsHour().count(minute("2026-03-01T10:50:00Z"))).isEqualTo(3);
              assertThat(p.withdrawalsHour().count(minute("2026-03-01T11:05:00Z"))).isEqualTo(2);
            }),
        new Case(
            "the day's withdrawals summed to the cent",
            List.of(
                withdrawal("2026-03-01T10:00:00Z", 12_345, "a"),
                withdrawal("2026-03-01T15:00:00Z", 1, "b")),
            p -> {
              int at = minute("2026-03-01T16:00:00Z");
              assertThat(p.withdrawalsDay().sum(at)).isEqualTo(12_346);
              assertThat(p.withdrawalsDay().count(at)).isEqualTo(2);
            }),
        new Case(
            "the week's withdrawals, daily buckets",
            List.of(
                withdrawal("2026-03-01T10:00:00Z", 500, "a"),
                withdrawal("2026-03-07T10:00:00Z", 700, "a")),
            p -> {
              assertThat(p.withdrawalsWeek().sum(minute("2026-03-07T11:00:00Z"))).isEqualTo(1200);
              assertThat(p.withdrawalsWeek().sum(minute("2026-03-08T11:00:00Z"))).isEqualTo(700);
            }),
        new Case(
            "failed sign-ins within the hour",
            List.of(
                failedSignIn("2026-03-01T10:00:00Z"),
                failedSignIn("2026-03-01T10:01:00Z"),
                failedSignIn("2026-03-01T10:02:00Z")),
            p -> {
              assertThat(p.failedSignIns().count(minute("2026-03-01T10:02:00Z"))).isEqualTo(3);
              assertThat(p.failedSignIns().count(minute("2026-03-01T11:02:00Z"))).isZero();
            }),
        new Case(
            "a known device is not new, another one is",
            List.of(
                signIn("2026-03-01T10:00:00Z", "198.51.100.10", "a"),
                signIn("2026-03-02T10:00:00Z", "198.51.100.10", "a"),
                signIn("2026-03-03T10:00:00Z", "198.51.100.10", "b")),
            p -> {
              assertThat(p.lastNewDeviceMinute()).isEqualTo(minute("2026-03-03T10:00:00Z"));
              assertThat(p.devices().countOf(FeatureKey.of("a"))).isEqualTo(2);
              assertThat(p.devices().countOf(FeatureKey.of("b"))).isEqualTo(1);
            }),
        new Case(
            "the least recently seen device gives way",
            signIns("d0", "d1", "d2", "d3", "d0", "d4", "d5"),
            p -> {
              assertThat(p.devices().size()).isEqualTo(Profile.DEVICES);
              assertThat(p.devices().contains(FeatureKey.of("d1"))).isFalse();
              assertThat(p.devices().countOf(FeatureKey.of("d0"))).isEqualTo(2);
              assertThat(p.devices().contains(FeatureKey.of("d5"))).isTrue();
            }),
        new Case(
            "sign-ins counted per country and hour of the day",
            signIns("a", "a", "a"),
            p -> {
              assertThat(p.countries().countOf(FeatureKey.of("DE"))).isEqualTo(3);
              assertThat(p.countries().totalCount()).isEqualTo(3);
              assertThat(p.hours().count(10)).isEqualTo(3);
              assertThat(p.firstSeenMinute()).isEqualTo(minute("2026-03-01T10:00:00Z"));
            }),
        new Case(
            "when a security setting changed and an address was added",
            List.of(
                securityChange("2026-03-01T10:00:00Z", SecuritySetting.MFA),
                addressAdded("2026-03-01T11:00:00Z", "bc1q-new")),
            p -> {
              int mfa = p.securityChanges().indexOf(SecuritySetting.MFA.ordinal());
              assertThat(p.securityChanges().lastSeenMinute(mfa))
                  .isEqualTo(minute("2026-03-01T10:00:00Z"));
              int added = p.addedAddresses().indexOf(FeatureKey.of("bc1q-new"));
              assertThat(p.addedAddresses().lastSeenMinute(added))
                  .isEqualTo(minute("2026-03-01T11:00:00Z"));
              assertThat(p.lastActivityMinute()).isEqualTo(minute("2026-03-01T11:00:00Z"));
            }),
        new Case(
            "amount statistics per asset",
            List.of(
                withdrawal("2026-03-01T10:00:00Z", 10_000, "a"),
                withdrawal("2026-03-02T10:00:00Z", 20_000, "a"),
                withdrawal("2026-03-03T10:00:00Z", 30_000, "a")),
            p -> {
              var stats = p.amounts();
              assertThat(stats.size()).isEqualTo(1);
              assertThat(stats.samples(0)).isEqualTo(3);
              assertThat(stats.mean(0)).isEqualTo(200f);
              assertThat((double) stats.variance(0)).isCloseTo(20_000 / 3.0, within(0.01));
              assertThat(p.usedAddresses().contains(FeatureKey.of("a"))).isTrue();
              assertThat(p.usedAddresses().contains(FeatureKey.of("b"))).isFalse();
            }));
  }

  @ParameterizedTest
  @MethodSource("unchanged")
  void answersAsTheVersionTwoProfileDid(Case c) {
    Profile copy = Profile.EMPTY;
    byte[] slot = Profile.newSlot();
    for (RiskEvent e : c.events()) {
      copy = engine.observe(copy, e, context(BERLIN));
      engine.observeInPlace(slot, e, context(BERLIN));
    }
    c.expect().accept(copy);
    c.expect().accept(Profile.view(slot));
  }

  @Test
  void keepsTheLocationOfAPersonsNetworkOnly() {
    Profile p = profileAfter(BERLIN, signIn("2026-03-01T10:00:00Z"));
    p = engine.observe(p, signIn("2026-03-01T11:00:00Z"), context(located(SINGAPORE, true, false)));
    assertThat(p.lastLocation().latitude()).isEqualTo(52.52f);
  }

  /**
   * The windows against a plain list of additions: the window ending at minute m holds the
   * additions whose bucket lies within it and after the newest bucket's window at their arrival.
   */
  @Test
  void windowsCountWhatAPlainListOfAdditionsCounts() {
    var random = new SplittableRandom(11);
    for (int round = 0; round < 200; round++) {
      byte[] slot = Profile.newSlot();
      List<long[]> kept = new ArrayList<>();
      int minute = 29_000_000 + random.nextInt(1440);
      int newest = 0;
      for (int i = 0; i < 40; i++) {
        minute += random.nextInt(0, 400);
        int at = minute - (random.nextInt(8) == 0 ? random.nextInt(3000) : 0);
        long cents = random.nextLong(1, 1_000_000);
        var w =
            withdrawal(Instant.ofEpochSecond(at * 60L).toString(), cents, "a" + random.nextInt(4));
        engine.observeInPlace(slot, w, context(BERLIN));
        kept.add(new long[] {at, cents, newest});
        newest = Math.max(newest, at);
        Profile p = Profile.view(slot);
        for (int q : new int[] {minute, minute + random.nextInt(3000), minute - 30}) {
          assertThat(p.withdrawalsHour().count(q)).isEqualTo(reference(kept, 5, 12, q, false));
          assertThat(p.withdrawalsDay().count(q)).isEqualTo(reference(kept, 120, 12, q, false));
          assertThat(p.withdrawalsDay().sum(q)).isEqualTo(reference(kept, 120, 12, q, true));
          assertThat(p.withdrawalsWeek().sum(q)).isEqualTo(reference(kept, 1440, 7, q, true));
        }
      }
    }
  }

  private static long reference(
      List<long[]> additions, int width, int buckets, int q, boolean sum) {
    long head = 0;
    for (long[] a : additions) {
      head = Math.max(head, Math.floorDiv(a[0], width));
    }
    long index = Math.floorDiv(q, width);
    long from = Math.max(index, head) - buckets + 1;
    long to = Math.min(index, head);
    long total = 0;
    for (long[] a : additions) {
      long bucket = Math.floorDiv(a[0], width);
      boolean tooLate = bucket <= Math.floorDiv(a[2], width) - buckets;
      if (!tooLate && bucket >= from && bucket <= to) {
        total += sum ? a[1] : 1;
      }
    }
    return total;
  }

  private static List<RiskEvent> signIns(String... devices) {
    var events = new ArrayList<RiskEvent>();
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    for (String d : devices) {
      events.add(signIn(t.toString(), "198.51.100.10", d));
      t = t.plusSeconds(86_400);
    }
    return events;
  }

  private static int minute(String at) {
    return Profile.minuteOf(Instant.parse(at));
  }
}

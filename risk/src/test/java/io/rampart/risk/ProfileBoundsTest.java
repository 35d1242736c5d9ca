package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class ProfileBoundsTest {
  private final RiskEngine engine = new RiskEngine();

  /** Every set filled by distinct values: the largest a profile can get. */
  private Profile saturated(int events) {
    Profile p = Profile.EMPTY;
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    SecuritySetting[] settings = SecuritySetting.values();
    for (int i = 0; i < events; i++) {
      Instant at = t.plusSeconds(i * 97L);
      var facts =
          new IpFacts(
              Optional.of("C" + (i % 26)),
              OptionalInt.of(i),
              Optional.of(new Coordinates(1, 1)),
              false,
              false,
              false);
      var ctx = context(facts);
      p =
          engine.observe(
              p,
              new RiskEvent.SignInAttempt(
                  "s" + i,
                  ALICE,
                  at,
                  true,
                  "10.0." + i,
                  "agent " + i + (i % 2 == 0 ? " Chrome/1" : " Firefox/1") + " Windows",
                  "d" + i,
                  false),
              ctx);
      p =
          engine.observe(
              p, withdrawal(at.plusSeconds(1).toString(), 1_000_000L * i, "addr" + i), ctx);
      p = engine.observe(p, addressAdded(at.plusSeconds(2).toString(), "new" + i), ctx);
      p =
          engine.observe(
              p, securityChange(at.plusSeconds(3).toString(), settings[i % settings.length]), ctx);
      p = engine.observe(p, failedSignIn(at.plusSeconds(4).toString()), ctx);
      var other =
          new RiskEvent.WithdrawalRequest(
              "w" + i,
              ALICE,
              at.plusSeconds(5),
              "A" + i,
              "n",
              1,
              0,
              100,
              "x",
              false,
              null,
              null,
              null,
              null);
      p = engine.observe(p, other, ctx);
    }
    return p;
  }

  @Test
  void keepsEverySetWithinItsCapacity() {
    Profile p = saturated(500);
    assertThat(p.devices().size()).isEqualTo(Profile.DEVICES);
    assertThat(p.ips().size()).isEqualTo(Profile.IPS);
    assertThat(p.asns().size()).isEqualTo(Profile.ASNS);
    assertThat(p.countries().size()).isEqualTo(Profile.COUNTRIES);
    assertThat(p.userAgents().size()).isEqualTo(Profile.USER_AGENTS);
    assertThat(p.usedAddresses().size()).isEqualTo(Profile.USED_ADDRESSES);
    assertThat(p.addedAddresses().size()).isEqualTo(Profile.ADDED_ADDRESSES);
    assertThat(p.securityChanges().size()).isEqualTo(SecuritySetting.values().length);
    assertThat(p.amounts().size()).isEqualTo(Profile.ASSETS);
  }

  @Test
  void boundsTheEncodedSizeWhateverTheHistory(TestReporter reporter) {
    int at100 = ProfileCodec.encode(saturated(100)).length;
    int at1000 = ProfileCodec.encode(saturated(1000)).length;
    reporter.publishEntry(
        "saturatedProfileBytes", at100 + " after 100 rounds, " + at1000 + " after 1000");
    // Every part has a fixed place and capacity: a full profile takes what an empty one does.
    assertThat(at100).isEqualTo(Profile.BYTES);
    assertThat(at1000).isEqualTo(Profile.BYTES);
    assertThat(ProfileCodec.encode(Profile.EMPTY)).hasSize(Profile.BYTES);
    assertThat(Profile.BYTES).isLessThanOrEqualTo(512);
  }

  @Test
  void evictsTheLeastRecentlySeenValue() {
    FeatureSet s = FeatureSet.empty(3).touch(1, 100).touch(2, 101).touch(3, 102).touch(1, 103);
    FeatureSet next = s.touch(4, 104);
    assertThat(next.contains(2)).isFalse();
    assertThat(next.contains(1)).isTrue();
    assertThat(next.contains(3)).isTrue();
    assertThat(next.contains(4)).isTrue();
    assertThat(next.countOf(1)).isEqualTo(2);
  }

  @Test
  void halvesTheHourHistogramBeforeACountOverflows() {
    HourHistogram h = HourHistogram.EMPTY.add(3);
    for (int i = 0; i < 600; i++) {
      h = h.add(9);
    }
    assertThat(h.count(9)).isLessThan(HourHistogram.MAX);
    assertThat(h.count(9)).isGreaterThan(HourHistogram.MAX / 2 - 2);
    assertThat(h.count(3)).isZero();
  }
}

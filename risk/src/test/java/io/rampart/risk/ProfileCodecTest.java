package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class ProfileCodecTest {

  @Test
  void decodesWhatItEncoded() {
    Profile p = RiskFixture.typicalProfile();
    assertThat(ProfileCodec.decode(ProfileCodec.encode(p))).isEqualTo(p);
  }

  @Test
  void decodesTheEmptyProfile() {
    assertThat(ProfileCodec.decode(ProfileCodec.encode(Profile.EMPTY))).isEqualTo(Profile.EMPTY);
  }

  @Test
  void encodesATypicalAccountInAtMost512Bytes(TestReporter reporter) {
    Profile p = RiskFixture.typicalProfile();
    int size = ProfileCodec.encode(p).length;
    reporter.publishEntry("typicalProfileBytes", String.valueOf(size));
    assertThat(p.devices().size()).isEqualTo(2);
    assertThat(p.countries().size()).isEqualTo(2);
    assertThat(p.usedAddresses().size()).isEqualTo(2);
    assertThat(size).isLessThanOrEqualTo(512);
  }

  @Test
  void encodesAndDecodesAsCopiesOfTheProfilesOwnBytes() {
    Profile p = RiskFixture.typicalProfile();
    byte[] bytes = ProfileCodec.encode(p);
    assertThat(bytes).hasSize(p.byteSize());
    bytes[20] ^= 1;
    assertThat(ProfileCodec.encode(p)).isNotEqualTo(bytes);
    byte[] again = ProfileCodec.encode(p);
    Profile decoded = ProfileCodec.decode(again);
    again[20] ^= 1;
    assertThat(decoded).isEqualTo(p);
  }

  @Test
  void refusesATimeOrWindowBucketOutOfRange() {
    byte[] bytes = ProfileCodec.encode(RiskFixture.typicalProfile());
    byte[] negative = bytes.clone();
    negative[23] = (byte) 0x80; // the last new device minute's sign bit
    byte[] shortened = java.util.Arrays.copyOf(bytes, 80);
    for (byte[] b : List.of(negative, shortened)) {
      assertThatThrownBy(() -> ProfileCodec.decode(b)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void refusesAnUnknownVersion() {
    byte[] bytes = ProfileCodec.encode(RiskFixture.typicalProfile());
    bytes[0] = 9;
    assertThatThrownBy(() -> ProfileCodec.decode(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 9");
  }

  @Test
  void refusesTruncatedAndTrailingBytes() {
    byte[] bytes = ProfileCodec.encode(RiskFixture.typicalProfile());
    List<byte[]> broken =
        List.of(
            java.util.Arrays.copyOf(bytes, bytes.length - 1),
            java.util.Arrays.copyOf(bytes, bytes.length + 1));
    for (byte[] b : broken) {
      assertThatThrownBy(() -> ProfileCodec.decode(b)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void refusesASetLargerThanItsBound() {
    byte[] bytes = ProfileCodec.encode(Profile.EMPTY);
    // Layout: the version, then one byte per section with its size, the device set's first.
    bytes[1] = (byte) (Profile.DEVICES + 1);
    assertThatThrownBy(() -> ProfileCodec.decode(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bound");
  }

  @Test
  void eitherRefusesACorruptedProfileOrDecodesOneTheEngineCanUse() {
    byte[] valid = ProfileCodec.encode(RiskFixture.typicalProfile());
    var random = new java.util.SplittableRandom(3);
    var engine = new RiskEngine();
    var policy = Policy.defaults();
    var events = DeterminismTest.events(5).subList(0, 20);
    for (int round = 0; round < 3000; round++) {
      byte[] bytes = valid.clone();
      for (int flips = random.nextInt(1, 4); flips > 0; flips--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      Profile p;
      try {
        p = ProfileCodec.decode(bytes);
      } catch (IllegalArgumentException refused) {
        continue;
      }
      for (RiskEvent e : events) {
        engine.assess(p, e, context(BERLIN), policy);
        p = engine.observe(p, e, context(BERLIN));
      }
    }
  }

  @Test
  void convertsAVersionTwoProfileKeepingTheMostRecentValuesAndPairingHourlyBuckets() {
    // Eight IPs (version 3 keeps four) and a day window of hourly buckets (now two-hourly).
    int ips = 8;
    int buckets = 3;
    byte[] b = new byte[ProfileLayoutV2.BODY + ips * ProfileLayoutV2.SET_ENTRY + buckets * 16];
    b[0] = 2;
    b[ProfileLayoutV2.SIZES + ProfileLayout.IP_SET] = (byte) ips;
    b[ProfileLayoutV2.SIZES + ProfileLayoutV2.WITHDRAWALS_DAY] = (byte) buckets;
    ProfileLayout.i32(b, ProfileLayoutV2.FIRST_SEEN, 29_000_000);
    ProfileLayout.i64(b, ProfileLayoutV2.LOCATION_SECOND, Long.MIN_VALUE);
    for (int i = 0; i < ips; i++) {
      ProfileLayoutV2.writeSetEntry(
          b, ProfileLayoutV2.BODY + i * 16, 1000 + i, 29_000_000 + i, 20_000, i + 1);
    }
    int newest = 29_001_000; // a minute at an even hour: 483,350 hours
    int hour = newest / 60;
    ProfileLayout.i32(b, ProfileLayoutV2.HEADS + 4, newest / 5);
    ProfileLayout.i32(b, ProfileLayoutV2.HEADS + 8, hour);
    ProfileLayout.i32(b, ProfileLayoutV2.HEADS + 12, newest / 1440);
    int at = ProfileLayoutV2.BODY + ips * 16;
    int[][] windows = {{hour - 2, 1, 100}, {hour - 1, 2, 200}, {hour, 1, 400}};
    for (int[] w : windows) {
      ProfileLayout.i32(b, at, w[0]);
      ProfileLayout.i32(b, at + 4, w[1]);
      ProfileLayout.i64(b, at + 8, w[2]);
      at += 16;
    }
    Profile p = ProfileCodec.decode(b);
    assertThat(p.ips().size()).isEqualTo(Profile.IPS);
    for (int i = 0; i < ips; i++) {
      assertThat(p.ips().countOf(1000 + i)).isEqualTo(i >= ips - Profile.IPS ? i + 1 : 0);
    }
    assertThat(p.ips().key(0)).isEqualTo(1007);
    assertThat(p.withdrawalsDay().count(newest)).isEqualTo(4);
    assertThat(p.withdrawalsDay().sum(newest)).isEqualTo(700);
    // Eleven two-hour buckets later, only the newest one is still in the window.
    assertThat(p.withdrawalsDay().sum(newest + 22 * 60)).isEqualTo(400);
    assertThat(p.firstSeenMinute()).isEqualTo(29_000_000);
    assertThat(ProfileCodec.encode(p)).hasSize(Profile.BYTES);
  }
}

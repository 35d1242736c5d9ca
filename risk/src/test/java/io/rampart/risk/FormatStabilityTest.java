package io.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Stored profiles outlive releases: the feature hash and the version-1 byte layout must not change
 * silently. If one of these fails, the change needs a new codec version, not new expected values.
 */
class FormatStabilityTest {
  @Test
  void keepsFeatureKeysStable() {
    assertThat(FeatureKey.of(null)).isEqualTo(FeatureKey.ABSENT);
    assertThat(FeatureKey.of("")).isEqualTo(FeatureKey.ABSENT);
    assertThat(Long.toHexString(FeatureKey.of("198.51.100.10"))).isEqualTo(HASH_IP);
    assertThat(Long.toHexString(FeatureKey.of("DE"))).isEqualTo(HASH_DE);
  }

  @Test
  void keepsTheVersionOneLayoutOfASmallProfile() {
    Profile p =
        RiskFixture.profileAfter(
            RiskFixture.signIn("2026-01-01T10:00:00Z"),
            RiskFixture.withdrawal("2026-01-01T10:05:00Z", 12_345, "bc1qa"));
    assertThat(HexFormat.of().formatHex(ProfileCodec.encode(p))).isEqualTo(SMALL_PROFILE);
  }

  private static final String HASH_IP = "2710c100eb7e83d0";
  private static final String HASH_DE = "b3de39422c10190c";
  private static final String SMALL_PROFILE =
      "0198e0850e0b00017d9daa04d333e38b010001012710c100eb7e83d001000101fa4f001a56d3006d01000101b3de39422c10190c010001010b808a1f317068f2010001011a80c49b44eef54701000101088e070d590d2b970100010183cc6ca3807f4a5d0b00010000014252147b41567ae1d8048008010000b9c6e7020201f2c0019afb1d800801f2c001e69f010101f2c0010151fa277bf0647b810142f6e66600000000";
}

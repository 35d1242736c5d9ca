package io.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Stored profiles outlive releases: the feature hash and the version-2 byte layout must not change
 * silently, and profiles written in version 1 must still be read. If one of these fails, the change
 * needs a new codec version, not new expected values.
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
  void keepsTheVersionTwoLayoutOfASmallProfile() {
    assertThat(HexFormat.of().formatHex(ProfileCodec.encode(small()))).isEqualTo(SMALL_PROFILE_V2);
  }

  @Test
  void readsAVersionOneProfileAsTheSameProfile() {
    Profile fromVersionOne = ProfileCodec.decode(HexFormat.of().parseHex(SMALL_PROFILE_V1));
    assertThat(fromVersionOne).isEqualTo(small());
  }

  private static Profile small() {
    return RiskFixture.profileAfter(
        RiskFixture.signIn("2026-01-01T10:00:00Z"),
        RiskFixture.withdrawal("2026-01-01T10:05:00Z", 12_345, "bc1qa"));
  }

  private static final String HASH_IP = "2710c100eb7e83d0";
  private static final String HASH_DE = "b3de39422c10190c";

  /** Written by the version-1 codec (commit 14a166d). */
  private static final String SMALL_PROFILE_V1 =
      "0198e0850e0b00017d9daa04d333e38b010001012710c100eb7e83d001000101fa4f001a56d3006d01000101b3de39422c10190c010001010b808a1f317068f2010001011a80c49b44eef54701000101088e070d590d2b970100010183cc6ca3807f4a5d0b00010000014252147b41567ae1d8048008010000b9c6e7020201f2c0019afb1d800801f2c001e69f010101f2c0010151fa277bf0647b810142f6e66600000000";

  private static final String SMALL_PROFILE_V2 =
      "020101010101010101000001000101011870c1011d70c101000000007b145242e17a5641cc465669000000000000000000000000000001000000000000000000000000000000000039e359009a7d0700e64f00008be333d304aa9d7d1870c101e64f0100d0837eeb00c110271870c101e64f01006d00d3561a004ffa1870c101e64f01000c19102c4239deb31870c101e64f0100f26870311f8a800b1870c101e64f010047f5ee449bc4801a1870c101e64f0100972b0d590d078e081870c101e64f01005d4a7f80a36ccc831d70c101e64f0100817b64f07b27fa510100000066e6f6420000000039e359000100000039300000000000009a7d0700010000003930000000000000e64f0000010000003930000000000000";
}

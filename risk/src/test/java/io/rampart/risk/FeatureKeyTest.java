package io.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rampart.risk.internal.UserAgentFamilies;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureKeyTest {
  @Test
  void anAsnKeyIsTheKeyOfItsText() {
    int[] edges = {
      0,
      1,
      9,
      10,
      99,
      100,
      3320,
      65535,
      4_294_967,
      999_999_999,
      1_000_000_000,
      Integer.MAX_VALUE,
      -1,
      -9,
      -10,
      -3320,
      -1_000_000_000,
      Integer.MIN_VALUE
    };
    for (int asn : edges) {
      assertThat(FeatureKey.ofAsn(asn)).as("AS%d", asn).isEqualTo(FeatureKey.of("AS" + asn));
    }
    var random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      int asn = random.nextInt();
      assertThat(FeatureKey.ofAsn(asn)).as("AS%d", asn).isEqualTo(FeatureKey.of("AS" + asn));
    }
  }

  @Test
  void aSignInsAgentKeysAreTheKeysOfItsTextWhetherCachedOrNot() {
    String[] agents = {
      RiskFixture.CHROME_WINDOWS, RiskFixture.FIREFOX_LINUX, "curl/8.5.0", "", null, "x"
    };
    for (int round = 0; round < 2; round++) {
      for (String ua : agents) {
        // A distinct instance each time, as a deserialised event brings.
        String text = ua == null ? null : new String(ua.toCharArray());
        var f = SignInFeatures.of("203.0.113.9", text, RiskFixture.BERLIN);
        assertThat(f.os()).isEqualTo(FeatureKey.of(UserAgentFamilies.operatingSystem(ua)));
        assertThat(f.browser()).isEqualTo(FeatureKey.of(UserAgentFamilies.browser(ua)));
        assertThat(f.agent()).isEqualTo(FeatureKey.of(ua));
      }
    }
  }
}

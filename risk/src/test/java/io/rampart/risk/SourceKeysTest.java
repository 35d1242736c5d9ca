package io.rampart.risk;

import static io.rampart.risk.RiskFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceKeysTest {
  @Test
  void addressesOfOneSlash24ShareTheirNetworkButNotTheirIp() {
    var a = SourceKeys.of("203.0.113.9", BERLIN);
    var b = SourceKeys.of("203.0.113.200", BERLIN);
    var c = SourceKeys.of("203.0.114.9", BERLIN);
    assertThat(a.network()).isEqualTo(b.network()).isNotEqualTo(c.network());
    assertThat(a.ip()).isNotEqualTo(b.ip());
    assertThat(a.networkPrefix()).isEqualTo(24);
  }

  @Test
  void addressesOfOneSlash64ShareTheirNetworkWhateverTheSpelling() {
    var a = SourceKeys.of("2001:db8:1:2::a", BERLIN);
    var b = SourceKeys.of("2001:DB8:1:2:0:0:0:A", BERLIN);
    var c = SourceKeys.of("2001:db8:1:2:ffff::1", BERLIN);
    var d = SourceKeys.of("2001:db8:1:3::a", BERLIN);
    assertThat(a).isEqualTo(b);
    assertThat(a.network()).isEqualTo(c.network()).isNotEqualTo(d.network());
    assertThat(a.networkPrefix()).isEqualTo(64);
  }

  @Test
  void anIpv4MappedAddressIsItsIpv4Address() {
    assertThat(SourceKeys.of("::ffff:203.0.113.9", BERLIN))
        .isEqualTo(SourceKeys.of("203.0.113.9", BERLIN));
  }

  @Test
  void theAsnComesFromTheFactsAndTheKindsNeverShareAKey() {
    var berlin = SourceKeys.of("203.0.113.9", BERLIN);
    assertThat(berlin.asn())
        .isEqualTo(SourceKeys.of("198.51.100.1", MUNICH).asn())
        .isNotEqualTo(SourceKeys.of("198.51.100.1", SINGAPORE).asn());
    assertThat(berlin.ip()).isNotIn(berlin.network(), berlin.asn());
    assertThat(berlin.network()).isNotEqualTo(berlin.asn());
  }

  @Test
  void anUnknownSourceHasTheAbsentKey() {
    assertThat(SourceKeys.of(null, IpFacts.UNKNOWN)).isEqualTo(SourceKeys.NONE);
    var notALiteral = SourceKeys.of("12:::", BERLIN);
    assertThat(notALiteral.ip()).isEqualTo(FeatureKey.ABSENT);
    assertThat(notALiteral.network()).isEqualTo(FeatureKey.ABSENT);
    assertThat(notALiteral.asn()).isNotEqualTo(FeatureKey.ABSENT);
    assertThat(SourceKeys.of("203.0.113.9", IpFacts.UNKNOWN).asn()).isEqualTo(FeatureKey.ABSENT);
  }
}

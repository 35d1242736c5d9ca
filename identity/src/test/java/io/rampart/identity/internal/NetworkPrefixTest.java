package io.rampart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkPrefixTest {

  @Test
  void groupsIpv4AddressesBySlash24() {
    assertThat(NetworkPrefix.of("203.0.113.77")).contains("203.0.113.0/24");
    assertThat(NetworkPrefix.of("203.0.113.1")).isEqualTo(NetworkPrefix.of("203.0.113.254"));
  }

  @Test
  void groupsIpv6AddressesBySlash64() {
    assertThat(NetworkPrefix.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .contains("2001:db8:1:2:0:0:0:0/64");
    assertThat(NetworkPrefix.of("2001:db8:1:2::1"))
        .isEqualTo(NetworkPrefix.of("2001:db8:1:2::ffff"));
    assertThat(NetworkPrefix.of("2001:db8:1:3::1"))
        .isNotEqualTo(NetworkPrefix.of("2001:db8:1:2::1"));
  }

  @Test
  void treatsIpv4MappedIpv6AsIpv4() {
    assertThat(NetworkPrefix.of("::ffff:203.0.113.77")).contains("203.0.113.0/24");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"localhost", "example.com", "cafe.bad.dead.beef", "1.2.3", "2001:db8::zz"})
  void ignoresWhatIsNotAnAddressLiteral(String text) {
    assertThat(NetworkPrefix.of(text)).isEmpty();
  }
}

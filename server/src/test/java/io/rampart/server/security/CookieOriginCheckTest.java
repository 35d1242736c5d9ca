package io.rampart.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CookieOriginCheckTest {
  private final CookieOriginCheck check = new CookieOriginCheck("https://rampart.example");

  private static MockHttpServletRequest delete(String header, String value) {
    var request = new MockHttpServletRequest("DELETE", "/api/v1/sessions/current");
    if (header != null) request.addHeader(header, value);
    return request;
  }

  @Test
  void acceptsItsOwnOriginWithOrWithoutTheDefaultPort() {
    assertThat(check.sameOrigin(delete("Origin", "https://rampart.example"))).isTrue();
    assertThat(check.sameOrigin(delete("Origin", "https://RAMPART.example:443"))).isTrue();
  }

  @Test
  void acceptsAReferrerOnItsOwnOriginWhenThereIsNoOrigin() {
    assertThat(check.sameOrigin(delete("Referer", "https://rampart.example/account"))).isTrue();
  }

  @Test
  void refusesOtherOriginsLookalikesAndNothing() {
    assertThat(check.sameOrigin(delete("Origin", "https://evil.example"))).isFalse();
    assertThat(check.sameOrigin(delete("Origin", "http://rampart.example"))).isFalse();
    assertThat(check.sameOrigin(delete("Origin", "https://rampart.example.evil.example")))
        .isFalse();
    assertThat(check.sameOrigin(delete("Origin", "null"))).isFalse();
    assertThat(check.sameOrigin(delete("Referer", "https://rampart.example@evil.example/")))
        .isFalse();
    assertThat(check.sameOrigin(delete(null, null))).isFalse();
  }

  @Test
  void treatsOnlyReadsAsSafe() {
    assertThat(CookieOriginCheck.unsafe(new MockHttpServletRequest("GET", "/"))).isFalse();
    assertThat(CookieOriginCheck.unsafe(new MockHttpServletRequest("PUT", "/"))).isTrue();
    assertThat(CookieOriginCheck.unsafe(new MockHttpServletRequest("DELETE", "/"))).isTrue();
  }
}

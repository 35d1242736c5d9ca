package io.rampart.server.api;

import io.rampart.server.config.RampartProperties;
import io.rampart.server.security.Credentials;
import java.time.Duration;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/** The session and device cookies: {@code Secure; HttpOnly; SameSite=Strict; Path=/}. */
@Component
public final class Cookies {
  /** Browsers cap cookie lifetimes at 400 days. */
  private static final Duration DEVICE_LIFETIME = Duration.ofDays(400);

  private final boolean secure;
  private final Duration sessionLifetime;

  Cookies(RampartProperties properties) {
    this.secure = properties.cookie().secure();
    this.sessionLifetime = properties.session().lifetime();
  }

  public String session(String token) {
    return cookie(Credentials.SESSION_COOKIE, token, sessionLifetime);
  }

  public String clearedSession() {
    return cookie(Credentials.SESSION_COOKIE, "", Duration.ZERO);
  }

  public String device(String token) {
    return cookie(Credentials.DEVICE_COOKIE, token, DEVICE_LIFETIME);
  }

  private String cookie(String name, String value, Duration maxAge) {
    return ResponseCookie.from(name, value)
        .path("/")
        .secure(secure)
        .httpOnly(true)
        .sameSite("Strict")
        .maxAge(maxAge)
        .build()
        .toString();
  }
}

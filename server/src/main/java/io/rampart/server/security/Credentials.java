package io.rampart.server.security;

import io.rampart.server.web.RequestFields;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Reads bearer tokens and cookies off a request, ignoring anything implausible. */
public final class Credentials {
  public static final String SESSION_COOKIE = "rampart_session";
  public static final String DEVICE_COOKIE = "rampart_device";
  public static final String DEVICE_HEADER = "X-Rampart-Device";

  private static final String BEARER = "Bearer ";

  private Credentials() {}

  /** The token after {@code Authorization: Bearer}, if any. */
  public static Optional<String> bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || header.length() <= BEARER.length()) return Optional.empty();
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) return Optional.empty();
    String token = header.substring(BEARER.length()).strip();
    return RequestFields.plausibleToken(token) ? Optional.of(token) : Optional.empty();
  }

  public static Optional<String> cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) return Optional.empty();
    for (Cookie cookie : cookies) {
      if (name.equals(cookie.getName()) && RequestFields.plausibleToken(cookie.getValue())) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  /** The device token from the device cookie, or else the {@code X-Rampart-Device} header. */
  public static Optional<String> deviceToken(HttpServletRequest request) {
    Optional<String> fromCookie = cookie(request, DEVICE_COOKIE);
    if (fromCookie.isPresent()) return fromCookie;
    String header = request.getHeader(DEVICE_HEADER);
    return RequestFields.plausibleToken(header) ? Optional.of(header) : Optional.empty();
  }
}

package io.rampart.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request defence for cookie-authenticated requests: an unsafe method must come with an
 * {@code Origin} (or, failing that, a {@code Referer}) on Rampart's public base URL. Bearer-token
 * requests need no such check, since a browser never adds the header by itself.
 */
public final class CookieOriginCheck {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final String expectedOrigin;

  public CookieOriginCheck(String publicBaseUrl) {
    this.expectedOrigin = originOf(publicBaseUrl);
  }

  public static boolean unsafe(HttpServletRequest request) {
    return !SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT));
  }

  /** Whether the request names Rampart's own origin. */
  public boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin != null && !"null".equals(origin)) {
      return expectedOrigin.equals(originOf(origin));
    }
    String referer = request.getHeader("Referer");
    return referer != null && expectedOrigin.equals(originOf(referer));
  }

  /** {@code scheme://host[:port]} in lower case with the default port left out; "" if unusable. */
  static String originOf(String url) {
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) return "";
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || ("http".equals(scheme) && port == 80)
              || ("https".equals(scheme) && port == 443);
      return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}

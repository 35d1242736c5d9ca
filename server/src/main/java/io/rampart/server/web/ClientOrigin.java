package io.rampart.server.web;

import io.rampart.kernel.RequestOrigin;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came from. The IP is the socket's remote address; behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} (or {@code framework}) so that it is the client's.
 */
public final class ClientOrigin {
  public static final int MAX_USER_AGENT = 512;

  private ClientOrigin() {}

  public static RequestOrigin of(HttpServletRequest request) {
    String userAgent = request.getHeader("User-Agent");
    if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
      userAgent = userAgent.substring(0, MAX_USER_AGENT);
    }
    return new RequestOrigin(request.getRemoteAddr(), userAgent);
  }
}
